/**
 * The briefing before a new day: what the day is (the clinic, the hours, the patients, the
 * difficulty), what the trainee practises (the scenario's objectives), how it is played
 * (practice or assessment, timed or untimed, the clock's speed) and what is scored, with a
 * "Start the day" button. Nothing runs behind it: the clinic floor, and with it the clock,
 * starts only when the trainee starts the day.
 *
 * Where the scenario allows, the mode and the timer are chosen here, for this day only,
 * starting from the scenario's own; where the instructor locked them they are shown, not
 * offered. The speed is the trainee's stored preference, changed here or in the settings: the
 * day starts at the speed shown here (the HUD's speed buttons change that day only).
 */
import type { Scenario } from '../src/scenario/scenario.schema';
import { passRules } from '../src/scoring/score';
import { button, element } from './dom';
import { DIFFICULTY_LABELS } from './scenario-catalog';
import { canChooseMode, scenarioDayChoice, SPEEDS, type DayChoice, type SettingsStore, type Speed } from './settings';
import { checkbox, radioGroup, speedLabel } from './title-settings';

/** What the title scene passes when it opens a briefing. */
export interface BriefingOptions {
  /** The `#panels` layer the panel is appended to. */
  readonly root: HTMLElement;
  readonly scenario: Scenario;
  /** The trainee's settings, for the speed. */
  readonly settings: SettingsStore;
  /** The assignment the day is played as (opened from its link): its mode and timer are shown, not offered. */
  readonly assignment?: { readonly id: string; readonly choice: DayChoice } | null;
  /** The trainee starts the day with this mode and timer. */
  onStart(choice: DayChoice): void;
  /** The trainee goes back to choose another scenario. */
  onBack(): void;
}

/** An open briefing. */
export interface BriefingPanel {
  /** The mode and timer the day would start with now. */
  choice(): DayChoice;
  /** Shows a short message in the panel's status line. */
  showStatus(message: string): void;
  /** Removes the panel from the page. */
  close(): void;
}

/** Builds the briefing, appends it to `root` and puts keyboard focus on "Start the day". */
export function openBriefingPanel(options: BriefingOptions): BriefingPanel {
  const { scenario, settings } = options;
  const form = element('form', 'panel briefing');
  form.setAttribute('aria-labelledby', 'briefing-heading');
  form.setAttribute('aria-describedby', 'briefing-description');

  const kicker = element('p', 'briefing-kicker', 'Before the day starts');
  const heading = element('h2', 'panel-heading', scenario.title);
  heading.id = 'briefing-heading';
  const facts = element('p', 'briefing-facts', dayFacts(scenario));
  const description = element('p', 'briefing-description', scenario.description);
  description.id = 'briefing-description';
  const top = element('div', 'briefing-top');
  top.append(kicker, heading, facts);
  // The day's details scroll between the heading and the pinned "Start the day".
  const body = element('div', 'briefing-body');
  body.append(description);

  const { objectives } = scenario.instructor;
  if (objectives.length > 0) {
    const list = element('ul', 'briefing-list');
    for (const objective of objectives) list.append(element('li', undefined, objective));
    body.append(section('briefing-objectives', 'What you practise today', list));
  }

  const assigned = options.assignment ?? null;
  let choice = assigned?.choice ?? scenarioDayChoice(scenario);
  const playBox = element('div', 'briefing-play');
  const explain = element('p', 'briefing-explain');
  explain.id = 'briefing-explain';
  explain.setAttribute('aria-live', 'polite');
  let speedRoot: HTMLElement | null = null;
  let untimedInput: HTMLInputElement | null = null;

  if (assigned) {
    playBox.append(element('p', 'briefing-locked', `Your instructor assigned this day (assignment ${assigned.id}): ${modeText(choice)}. It cannot be changed.`));
  } else if (canChooseMode(scenario)) {
    const mode = radioGroup(
      'Mode',
      'briefing-mode',
      [
        { value: 'practice', label: 'Practice' },
        { value: 'assessment', label: 'Assessment' },
      ],
      choice.mode,
      (value) => {
        choice = value === 'assessment' ? { mode: 'assessment', timed: true } : { mode: 'practice', timed: !(untimedInput?.checked ?? false) };
        sync();
      },
    );
    const untimed = checkbox('Untimed (the clock waits for you)', !choice.timed, (checked) => {
      choice = { mode: choice.mode, timed: !checked };
      sync();
    });
    untimedInput = untimed.input;
    playBox.append(mode.root, untimed.root);
  } else {
    playBox.append(element('p', 'briefing-locked', `Your instructor set this day: ${modeText(choice)}. It cannot be changed.`));
  }
  const speed = radioGroup('Clock speed', 'briefing-speed', SPEEDS.map((value) => ({ value: String(value), label: speedLabel(value) })), String(settings.value.speed), (value) => {
    settings.update({ speed: Number(value) as Speed });
    sync();
  });
  speedRoot = speed.root;
  playBox.append(speed.root);
  const rules = element('ul', 'briefing-list briefing-pass-rules');
  for (const rule of passRules(scenario)) rules.append(element('li', undefined, rule));
  body.append(section('briefing-how', 'How you play', playBox, explain), section('briefing-pass', 'How the day passes', rules), section('briefing-scored', 'What is scored', scoringList(scenario)));

  const footer = element('div', 'panel-footer');
  const start = element('button', 'button-primary', 'Start the day');
  start.type = 'submit';
  const back = button('Back to the scenarios', 'button-quiet', options.onBack);
  const status = element('p', 'panel-status');
  status.setAttribute('role', 'status');
  footer.append(start, back, status);
  form.append(top, body, footer);

  function sync(): void {
    if (untimedInput) {
      untimedInput.disabled = choice.mode === 'assessment';
      untimedInput.checked = !choice.timed;
    }
    if (speedRoot) speedRoot.hidden = !choice.timed;
    explain.textContent = playText(scenario, choice, settings.value.speed);
  }
  sync();

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    options.onStart(choice);
  });
  options.root.append(form);
  start.focus();

  return {
    choice: () => choice,
    showStatus(message) {
      status.textContent = message;
    },
    close() {
      form.remove();
    },
  };
}

function section(id: string, title: string, ...content: HTMLElement[]): HTMLElement {
  const box = element('section', 'briefing-section');
  const heading = element('h3', 'briefing-section-heading', title);
  heading.id = id;
  box.setAttribute('aria-labelledby', id);
  box.append(heading, ...content);
  return box;
}

/** "Introductory · Cedar Hollow Family Clinic · Monday 3 August, 09:00–12:00 · 4 patients". */
function dayFacts(scenario: Scenario): string {
  const { day, clinic, patients, instructor } = scenario;
  const date = new Date(`${day.date}T12:00:00Z`).toLocaleDateString('en-GB', { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' });
  const count = patients.length === 1 ? '1 patient' : `${patients.length} patients`;
  return `${DIFFICULTY_LABELS[instructor.difficulty]} · ${clinic.name} · ${date}, ${day.start}–${day.end} · ${count}`;
}

/** "practice, timed", "assessment (always timed)". */
function modeText(choice: DayChoice): string {
  if (choice.mode === 'assessment') return 'assessment, timed';
  return choice.timed ? 'practice, timed' : 'practice, untimed';
}

/** What the chosen mode, timer and speed mean for this day. */
function playText(scenario: Scenario, choice: DayChoice, speed: number): string {
  const mode =
    choice.mode === 'assessment'
      ? 'Assessment: no hints and no running score; every finding is explained in the debrief, and assessment is always timed.'
      : `Practice: the running score shows as you work${scenario.hints ? ', with a hint for the next step' : ''}.`;
  const seconds = scenario.timer.secondsPerMinute / speed;
  const timer = choice.timed
    ? `Timed: the clinic clock runs by itself, one clinic minute every ${formatSeconds(seconds)} at ${speedLabel(speed)}; Pause (P) stops it and the speeds change it during the day.`
    : 'Untimed: the clock waits for you; each task moves it by its own minutes, and Next event (N) moves it to what happens next.';
  return `${mode} ${timer} The clock starts when you start the day.`;
}

function formatSeconds(seconds: number): string {
  const rounded = Math.round(seconds * 100) / 100;
  return rounded === 1 ? '1 real second' : `${rounded} real seconds`;
}

/** What the day's score is made of, with the scenario's weights and pass mark. */
function scoringList(scenario: Scenario): HTMLElement {
  const { weights, severityWeights } = scenario.scoring;
  const total = weights.accuracy + weights.throughput;
  const share = (weight: number) => `${Math.round((total > 0 ? weight / total : 0) * 100)} %`;
  const list = element('ul', 'briefing-list');
  list.append(
    element(
      'li',
      undefined,
      `Accuracy (${share(weights.accuracy)} of the total): every check of the day, made or missed; a miss weighs by its severity (critical ${severityWeights.critical}, major ${severityWeights.major}, minor ${severityWeights.minor}).`,
    ),
    element(
      'li',
      undefined,
      `Throughput (${share(weights.throughput)} of the total): patients seen per hour against the clinic's target of ${scenario.day.targetPatientsPerHour}, how long they wait, how busy the provider is kept; a patient who leaves unseen costs the most.`,
    ),
  );
  return list;
}
