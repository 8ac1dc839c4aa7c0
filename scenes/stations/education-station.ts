/**
 * Patient education, after the provider's visit: the provider's plan (the note's assessment
 * and the topics it asks the MA to teach), the chart's notes of the patient's preferred
 * language and reading level, the clinic's shelf of leaflets (filtered by topic and
 * language; each with its language and reading grade), and the conversation: the leaflet
 * gone through, the patient asked to say it back (their answer as the scenario has it,
 * right or muddled), the topic taught again, the patient's question passed to the provider
 * or answered, and on to checkout.
 *
 * Every choice a real MA has is offered, the wrong ones too (any leaflet on the shelf,
 * answering the patient's question yourself); the education workflow judges.
 */
import type { TraineeAction, TraineeActionType } from '../../src/clinic/trainee-action';
import { displayName } from '../../src/domain/patient';
import { EDUCATION_MATERIALS, EDUCATION_TOPIC_INFO, materialById } from '../../src/reference/education/materials';
import { EDUCATION_LANGUAGES, EDUCATION_TOPICS, type EducationLanguage, type EducationTopic, LANGUAGE_NAMES } from '../../src/reference/education/terms';
import type { ActionOutcome, Session } from '../../src/session/session';
import { type EducationContext, lastTeachBack, questionAsked } from '../../src/workflows/education/education.context';
import { topicsGiven } from '../../src/workflows/education/education.machine';
import { element } from '../dom';
import { actionButton, buttonRow, factList, fieldGrid, isListed, liveRegion, openWhen, paragraph, radioGroup, selectField, speech, step, StepProblem } from './kit/controls';
import { redraw } from './kit/redraw';
import { patientCard } from './patient-card';
import type { Station, StationContext, StationHost, StationInstance } from './station';
import './clinical-stations.css';

/** What the trainee has chosen at the shelf and not yet given. */
interface EducationUi {
  topicFilter: EducationTopic | 'all';
  languageFilter: EducationLanguage | 'all';
  chosen: string | null;
  problem: string;
}

/**
 * The shelf as each patient's trainee left it. It outlives the panel, so a trainee who
 * leaves (to the phone) finds the filters and the leaflet in hand as they left them.
 */
const SHELVES = new WeakMap<Session, Map<string, EducationUi>>();

function freshUi(): EducationUi {
  return { topicFilter: 'all', languageFilter: 'all', chosen: null, problem: '' };
}

function uiOf(context: StationContext): EducationUi {
  if (context.target.kind !== 'patient') return freshUi();
  const day = SHELVES.get(context.session) ?? new Map<string, EducationUi>();
  SHELVES.set(context.session, day);
  const ui = day.get(context.target.patientId) ?? freshUi();
  day.set(context.target.patientId, ui);
  ui.problem = '';
  return ui;
}

class EducationPanel implements StationInstance {
  readonly #host: StationHost;
  readonly #content = element('div', 'clinical-content');
  readonly #announcer = liveRegion();
  readonly #ui: EducationUi;
  readonly #problems = new StepProblem(() => this.#ui, () => this.#render());
  #context: StationContext;
  #shownSnapshot: unknown = null;

  constructor(host: StationHost, context: StationContext) {
    this.#host = host;
    this.#context = context;
    this.#ui = uiOf(context);
    const root = element('div', 'clinical-station education-station');
    root.append(this.#content, this.#announcer);
    host.body.replaceChildren(root);
    this.#render();
  }

  update(context: StationContext): void {
    this.#context = context;
    if (context.snapshot !== this.#shownSnapshot) this.#render();
  }

  get #machine(): EducationContext | null {
    const snapshot = this.#context.snapshot;
    return snapshot?.machine.id === 'education' ? ((snapshot.context as EducationContext | undefined) ?? null) : null;
  }

  #send(action: TraineeAction): ActionOutcome {
    return this.#context.send(action);
  }

  #listed(type: TraineeActionType): boolean {
    return isListed(this.#context, type);
  }

  #render(): void {
    const context = this.#context;
    const machine = this.#machine;
    const patient = context.patient;
    this.#shownSnapshot = context.snapshot;
    if (!patient || !machine) {
      redraw(this.#content, () => [paragraph('Nobody is waiting for education here now.', 'station-note')]);
      return;
    }
    this.#host.setSubtitle(`${displayName(patient)} · patient education`);
    const hadFocus = this.#content.contains(document.activeElement);
    redraw(this.#content, () => [patientCard(context.session.scenario, patient, context.patientView), this.#planStep(machine), this.#shelfStep(machine), this.#conversationStep(machine), this.#finishStep()]);
    // The control just used is gone (its step is done): the keyboard goes on to the next main step, not back to the top.
    if (hadFocus && !this.#content.contains(document.activeElement)) {
      this.#content.querySelector<HTMLElement>('.button-primary:not(.button-danger):not([disabled])')?.focus();
    }
  }

  #planStep(machine: EducationContext): HTMLElement {
    const patient = machine.patient;
    const provider = machine.scenario.providers.find((p) => p.id === patient.arrival.providerId)?.name ?? 'the provider';
    const given = new Set(topicsGiven(machine));
    const topics = element('ul', 'education-topics');
    topics.setAttribute('aria-label', 'What the plan asks you to teach');
    for (const topic of machine.plan.topics) topics.append(element('li', undefined, `${given.has(topic) ? '✓ ' : ''}${EDUCATION_TOPIC_INFO[topic].name}`));
    return step('The plan and the chart', [
      paragraph(`${provider}’s assessment and plan: ${patient.note.assessment}`, 'clinical-reading'),
      element('h4', 'clinical-subheading', 'Education the plan calls for'),
      topics,
      factList([
        ['Preferred language', LANGUAGE_NAMES[machine.language]],
        ['Reading', patient.readingNeeds?.note ?? 'Nothing noted on the chart'],
      ]),
    ]);
  }

  #shelfStep(machine: EducationContext): HTMLElement {
    const ui = this.#ui;
    const shown = EDUCATION_MATERIALS.filter((m) => (ui.topicFilter === 'all' || m.topic === ui.topicFilter) && (ui.languageFilter === 'all' || m.language === ui.languageFilter));
    const given = new Set(machine.given.map((g) => g.materialId));
    return step('The leaflet shelf', [
      fieldGrid(
        selectField({
          label: 'Topic',
          key: 'shelf-topic',
          choices: [{ value: 'all' as const, label: 'Every topic' }, ...EDUCATION_TOPICS.map((topic) => ({ value: topic, label: EDUCATION_TOPIC_INFO[topic].name }))],
          value: ui.topicFilter,
          onChange: (value) => this.#problems.afterChange(() => (ui.topicFilter = value)),
        }),
        selectField({
          label: 'Language',
          key: 'shelf-language',
          choices: [{ value: 'all' as const, label: 'Every language' }, ...EDUCATION_LANGUAGES.map((language) => ({ value: language, label: LANGUAGE_NAMES[language] }))],
          value: ui.languageFilter,
          onChange: (value) => this.#problems.afterChange(() => (ui.languageFilter = value)),
        }),
      ),
      shown.length === 0
        ? paragraph('No leaflet on the shelf fits both filters.', 'station-note')
        : radioGroup({
            legend: 'Leaflets',
            key: 'material',
            choices: shown.map((m) => ({ value: m.id, label: `${m.title} · ${LANGUAGE_NAMES[m.language]} · reading grade ${m.readingGrade}${given.has(m.id) ? ' · given' : ''}` })),
            value: ui.chosen,
            onChange: (value) => (ui.chosen = value),
            column: true,
          }),
      buttonRow(openWhen(actionButton('Give it and go through it with the patient', 'give', () => this.#give()), this.#listed('material.given'))),
      this.#problems.line('give'),
    ]);
  }

  #give(): ActionOutcome | null {
    const chosen = this.#ui.chosen;
    if (chosen === null) return this.#problems.show('give', 'Choose a leaflet from the shelf first.');
    if (this.#machine?.given.some((g) => g.materialId === chosen)) return this.#problems.show('give', 'That leaflet is already given: choose another, or go on.');
    const outcome = this.#send({ type: 'material.given', materialId: chosen });
    if (outcome.accepted) {
      this.#ui.chosen = null;
      this.#announce(`${materialById(chosen)?.title ?? 'The leaflet'} given and gone through.`);
    }
    return outcome;
  }

  #conversationStep(machine: EducationContext): HTMLElement {
    const patient = machine.patient;
    const said = machine.language === 'en' ? '' : ` (in ${LANGUAGE_NAMES[machine.language]})`;
    const children: (Node | null)[] = [];
    if (machine.given.length === 0) children.push(paragraph('Give a leaflet from the shelf to start.', 'station-note'));
    for (const topic of topicsGiven(machine)) {
      const info = EDUCATION_TOPIC_INFO[topic];
      children.push(element('h4', 'clinical-subheading', info.name), speech('you', 'You', `${info.keyPoint}${said}`));
      for (const attempt of machine.teachBacks.filter((t) => t.topic === topic)) {
        children.push(speech('you', 'You', 'I want to be sure I explained it clearly. Can you tell me in your own words what you will do?'), speech('them', patient.name.given, `${attempt.understood ? info.saysBack : info.muddled}${said}`));
      }
      if (machine.retaught.includes(topic)) children.push(paragraph('You explained it again, in other words, with the leaflet.', 'clinical-reading'));
      const last = lastTeachBack(machine, topic);
      if (last?.understood !== true) {
        children.push(
          buttonRow(
            openWhen(actionButton(last === null ? 'Ask the patient to say it back' : 'Ask again', `teach-back:${topic}`, () => this.#send({ type: 'teach-back.asked', topic })), this.#listed('teach-back.asked') && (last === null || machine.retaught.includes(topic))),
            last !== null && !machine.retaught.includes(topic) ? openWhen(actionButton('Teach it again in other words', `reteach:${topic}`, () => this.#send({ type: 'topic.retaught', topic })), this.#listed('topic.retaught')) : null,
          ),
        );
      }
    }
    const asks = machine.plan.asksAbout;
    if (asks !== undefined && questionAsked(machine)) {
      const info = EDUCATION_TOPIC_INFO[asks];
      children.push(speech('them', patient.name.given, `${info.question}${said}`));
      if (machine.questionHandled === null) {
        children.push(
          buttonRow(
            openWhen(actionButton('“That’s a good question for the provider: I’ll ask and we’ll let you know.”', 'route-question', () => this.#send({ type: 'patient-question.routed' })), this.#listed('patient-question.routed')),
            openWhen(actionButton(`Answer it yourself: “${info.answerNotInPlan}”`, 'answer-question', () => this.#send({ type: 'patient-question.answered' }), 'quiet'), this.#listed('patient-question.answered')),
          ),
        );
      } else {
        children.push(paragraph(machine.questionHandled === 'routed' ? 'You wrote the question down for the provider and told the patient who will answer.' : `You answered: “${info.answerNotInPlan}”`, 'clinical-reading'));
      }
    }
    return step('The conversation', children);
  }

  #finishStep(): HTMLElement {
    return step('Finish', [buttonRow(openWhen(actionButton('Finish: on to checkout', 'finish', () => this.#send({ type: 'education.finished' }), 'quiet'), this.#listed('education.finished')))]);
  }

  #announce(message: string): void {
    this.#announcer.textContent = message;
  }
}

/** Patient education, after the visit, for patients whose provider's plan calls for it. */
export const educationStation: Station = {
  machineId: 'education',
  title: 'Patient education',
  open(host, context): StationInstance {
    return new EducationPanel(host, context);
  },
};
