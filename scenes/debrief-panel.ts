/**
 * The debrief's text, as an HTML panel, in this order: the verdict and its reason (each
 * critical finding named, a link to it), the scores and the day's numbers, where the
 * throughput points went; then what was scored: the work left undone (what it is made of,
 * then patient by patient the step where each visit stopped, or the patient gone unseen, each
 * inbox item left open; each a finding explained once for its kind), what to practise next
 * (the missed rules of the competency that cost the most points, where that work is done and
 * the scenario that practises it), the competencies as bars (strongest first, each with the
 * rules missed in it), the other findings with what went wrong, what to do instead, why and
 * the source; then what was not scored: what is still open at closing (each kind with what
 * happens next, once, after its items) and the day against the guidelines; then each
 * patient's journey with their waits and the timeline (a patient leaving unseen points to the
 * work left undone); then "Retry this scenario", the way back, "Download result (JSON)" (the
 * file `npm run grade` verifies) and "Print debrief" (the print stylesheet puts the panel
 * alone on paper). No rule id is shown: a trainee reads findings by their words and times.
 */
import { formatMinutesOfDay } from '../src/scenario/clock-time';
import { isUnfinishedWork } from '../src/scoring/day-rules';
import { type PractiseNext, type PractiseScenario, practiseNext, practiseScenario } from '../src/scoring/practise-next';
import type { Finding } from '../src/scoring/finding';
import type { PatientJourney } from '../src/scoring/day-record';
import { type DayResult, type DayStats, type ThroughputPart, visitCompleted } from '../src/scoring/score';
import { closingMinuteOf, meanWaitBasis, waitedCellText } from '../src/scoring/journey-wait';
import { type GuidelineNote, guidelineNotes } from '../src/scoring/guideline-notes';
import { type StillOpenNote, stillOpenAtClosing, stillOpenByKind } from '../src/scoring/still-open';
import type { ResultFile } from '../src/session/result-file';
import { afterEndedLine, type EndedDay } from './closing-account';
import { criticalVerdict, dayNumbersText, dayVerdictText, peopleNamed, undoneCount, undoneMadeOf } from './day-end-words';
import { button, element } from './dom';
import { downloadText, resultFileName, resultFileText } from './history/download';
import './history/debrief-print.css';

/** What the debrief panel needs. */
export interface DebriefPanelOptions {
  readonly root: HTMLElement;
  readonly title: string;
  readonly result: DayResult;
  /** Everyone a finding may concern, by id (`peopleNamed`), for the verdict to name each critical finding's patient; absent: the visits' patients alone. */
  readonly people?: ReadonlyMap<string, string>;
  /** When the trainee ended the day with End day and when the clinic closed, minutes of the day (right after the day; not kept in the history): the debrief says what came after. */
  readonly ended?: EndedDay;
  /** The day's result file, offered as a download; null when there is none. */
  readonly file: ResultFile | null;
  /** When the day was played (ISO 8601), shown in the heading's line and on paper. */
  readonly playedAt: string | null;
  /** Plays the scenario again; null when it cannot be (a history entry whose scenario changed). */
  readonly onRetry: (() => void) | null;
  /** The way out: "Choose another" after a day, "Back to history" from the history. */
  readonly back: { readonly label: string; readonly onClick: () => void };
  /** The way back to the course of the LMS that launched the game (cmi5 `returnURL`), after a day; absent elsewhere. */
  readonly exit?: { readonly label: string; readonly onClick: () => void } | null;
  /**
   * The scenarios this page can play, for "Practise next" to point to the one that practises
   * the day's weakest competency; `play` opens that scenario's briefing. Absent: none is named.
   */
  readonly practise?: { readonly scenarios: readonly PractiseScenario[]; readonly play: (scenarioId: string) => void };
}

/** An open debrief panel. */
export interface DebriefPanel {
  close(): void;
}

const JOURNEY_OUTCOMES: Readonly<Record<string, string>> = {
  completed: 'Completed',
  'no-show': 'No-show',
  'left-unseen': 'Left unseen',
  rebooked: 'Rebooked without being seen (left with a new appointment)',
};

/** Builds the panel and moves focus to its heading. */
export function openDebriefPanel(options: DebriefPanelOptions): DebriefPanel {
  const { result } = options;
  const root = element('section', 'panel debrief');
  root.setAttribute('aria-labelledby', 'debrief-heading');

  const heading = element('h2', 'panel-heading', `Debrief: ${options.title}`);
  heading.id = 'debrief-heading';
  heading.tabIndex = -1;
  const verdict = verdictLine(result, options.people ?? peopleNamed(result.journeys));

  const scores = element('dl', 'debrief-scores');
  for (const [label, value] of [
    ['Total', result.score.total],
    ['Accuracy', result.score.accuracy],
    ['Throughput', result.score.throughput],
  ] as const) {
    const group = element('div', 'debrief-score');
    group.append(element('dt', undefined, label), element('dd', undefined, String(value)));
    scores.append(group);
  }
  const { stats } = result;
  const numbers = element('p', 'debrief-stats', dayNumbersText(stats));

  const pointsOfThroughput = throughputBreakdown(result);

  const content = element('div', 'debrief-content');
  // A region that scrolls must be reachable by keyboard to be read (WCAG 2.1.1).
  content.tabIndex = 0;
  const undone = result.findings.filter(isUnfinishedWork);
  const next = practiseNext(result);
  // After End day the clinic played on without the trainee: when they stopped, and how much of what was judged came after.
  const ended = options.ended === undefined ? null : element('p', 'debrief-ended', afterEndedLine(result.findings, options.ended.at, options.ended.closes));
  content.append(
    verdict,
    ...(ended ? [ended] : []),
    scores,
    numbers,
    ...pointsOfThroughput,
    ...(undone.length > 0 ? [workLeftUndone(undone, result)] : []),
    ...(next ? [practiseSection(next, result.scenarioId, options.practise)] : []),
    competencies(result),
    findings(result),
    // What is not scored comes after what is (session 22's playtest read "Still open at closing (not scored)" before the scored findings).
    ...stillOpenSection(stillOpenAtClosing(result.timeline, result.findings), result),
    ...guidelineSection(guidelineNotes(result)),
    journeys(result),
    timeline(result),
  );

  const footer = element('div', 'panel-footer debrief-footer');
  if (options.onRetry) footer.append(button('Retry this scenario', 'button-primary', options.onRetry));
  footer.append(button(options.back.label, options.onRetry ? 'button-quiet' : 'button-primary', options.back.onClick));
  if (options.exit) footer.append(button(options.exit.label, 'button-quiet', options.exit.onClick));
  const { file } = options;
  if (file) {
    footer.append(
      button('Download result (JSON)', 'button-quiet', () =>
        downloadText(resultFileName(file.scenarioId, options.playedAt ?? new Date().toISOString(), file.seed), resultFileText(file), 'application/json'),
      ),
    );
  }
  footer.append(button('Print debrief', 'button-quiet', () => window.print()));

  root.append(heading);
  if (options.playedAt || file) root.append(element('p', 'debrief-meta', debriefMeta(options.playedAt, file)));
  root.append(content, footer);
  options.root.append(root);
  heading.focus();
  return {
    close() {
      root.remove();
    },
  };
}

/** What each part of the throughput score is about, in the day's own numbers. */
function throughputPartWords(part: ThroughputPart['part'], stats: DayStats): string {
  switch (part) {
    case 'rate':
      return `Patients per hour: ${stats.patientsPerHour}, against the day's target of ${stats.targetPatientsPerHour}`;
    case 'wait':
      return `Mean wait: ${stats.meanWaitMinutes} min, against the waiting room's patience`;
    case 'door':
      return stats.patientsCompleted === 0 ? 'Door to door: no visit was finished' : `Door to door: ${stats.meanDoorToDoorMinutes} min, against each visit's length plus 45 minutes`;
    case 'utilisation':
      return `The provider kept busy: idle ${stats.providerIdleMinutes} min while patients waited`;
    case 'left-unseen':
      return `Patients who left unseen: ${stats.patientsLeftUnseen}`;
    case 'unfinished':
      return `Visits unfinished at closing: ${stats.patientsUnfinished}`;
    case 'complaints':
      return `Complaints: ${stats.complaints}`;
    case 'inbox':
      return `Inbox items done or handed over by their due time: ${stats.inboxOnTime ?? 0} of ${stats.inboxItems ?? 0}`;
  }
}

/**
 * "Where the throughput points went": each part of the throughput score with the points it gave
 * of the most it gives, or the points it took off (the second playtest saw throughput 91.6 and
 * the day's numbers, but not which of them cost the 8.4 points). Closed at first; none for a
 * result saved before the parts were kept.
 */
function throughputBreakdown(result: DayResult): HTMLElement[] {
  const parts = result.throughputParts ?? [];
  if (parts.length === 0) return [];
  const details = element('details', 'debrief-throughput');
  details.append(element('summary', undefined, `Where the throughput points went (${result.score.throughput} of 100)`));
  const list = element('ul', 'debrief-throughput-parts');
  for (const part of parts) {
    const points = part.outOf === null ? `−${part.points}` : `${part.points} of ${part.outOf}`;
    list.append(element('li', undefined, `${throughputPartWords(part.part, result.stats)}: ${points}`));
  }
  details.append(list);
  const sum = parts.reduce((total, part) => total + (part.outOf === null ? -part.points : part.points), 0);
  if (sum < 0) details.append(element('p', 'debrief-stats', 'The parts add up to less than 0; the throughput score stops at 0.'));
  return [details];
}

/** The id of a finding's entry in the debrief, for the verdict's link to the critical finding. */
function findingAnchor(result: DayResult, finding: Finding): string {
  return `debrief-finding-${result.findings.indexOf(finding)}`;
}

/**
 * The verdict and its reason. A day failed by critical findings says so and names each, the
 * patient and the time, each a link to the finding's entry below, where what went wrong is
 * told once with what to do instead, why and the source (the playtest: the banner and the
 * Findings list showed the same sentence twice; later, the banner named one of the day's two).
 * The closing notice says the same words (`day-end-words.ts`).
 */
function verdictLine(result: DayResult, people: ReadonlyMap<string, string>): HTMLElement {
  const verdict = element('p', `debrief-verdict ${result.passed ? 'verdict-passed' : 'verdict-failed'}`);
  verdict.append(element('strong', undefined, result.passed ? 'Passed' : 'Not passed'));
  const critical = result.passed ? null : criticalVerdict(result.findings, people);
  if (critical === null) {
    // Not passed: the closing notice's words (`dayVerdictText`); passed: the gate's.
    const failed = result.passed ? null : dayVerdictText(result.gate, result.findings);
    verdict.append(document.createTextNode(failed === null ? ` — ${result.gate.reason.replace(/^Passed: /, '')}` : failed.replace(/^Not passed/, '')));
    return verdict;
  }
  verdict.append(document.createTextNode(critical.lead.replace(/^Not passed/, '')));
  critical.named.forEach((part, index) => {
    if (index > 0) verdict.append(document.createTextNode(critical.separator));
    verdict.append(findingLink(result, part.finding, 'debrief-critical-link', part.words));
  });
  verdict.append(document.createTextNode(critical.tail));
  return verdict;
}

/** A link to a finding's entry below: it scrolls there and moves focus to it. */
function findingLink(result: DayResult, finding: Finding, className: string, words: string): HTMLElement {
  const link = element('a', className, words);
  link.setAttribute('href', `#${findingAnchor(result, finding)}`);
  link.addEventListener('click', (event) => {
    event.preventDefault();
    const entry = document.getElementById(findingAnchor(result, finding));
    entry?.scrollIntoView({ block: 'start' });
    entry?.focus();
  });
  return link;
}

function debriefMeta(playedAt: string | null, file: ResultFile | null): string {
  const parts: string[] = [];
  if (playedAt) parts.push(`Played ${new Date(playedAt).toLocaleString()}`);
  if (file) {
    if (file.player) parts.push(file.player);
    parts.push(file.settings.mode === 'assessment' ? 'assessment' : file.settings.timerEnabled ? 'practice' : 'untimed practice', `seed ${file.seed}`);
    if (file.assignmentId !== undefined) parts.push(`assignment ${file.assignmentId}`);
  }
  return parts.join(' · ');
}

function section(title: string, id: string): { root: HTMLElement; body: HTMLElement } {
  const root = element('section', 'debrief-section');
  root.setAttribute('aria-labelledby', id);
  const heading = element('h3', 'debrief-heading', title);
  heading.id = id;
  root.append(heading);
  return { root, body: root };
}

/**
 * "Practise next", from the findings: the competency that cost the most points today, what the rules missed in it
 * ask, where that work is done, and the scenario that practises it most, with a way to play it.
 */
function practiseSection(next: PractiseNext, playedId: string, practise: DebriefPanelOptions['practise']): HTMLElement {
  const { root } = section('Practise next', 'debrief-practise');
  root.append(element('p', 'practise-competency', `${next.competencyName} cost you the most points today (it scored ${next.score} of 100).`));
  const rules = element('ul', 'practise-rules');
  for (const rule of next.rules) rules.append(element('li', undefined, rule));
  root.append(rules, element('p', 'practise-places', `Where: ${next.places.join('; ')}.`));
  const scenario = practise ? practiseScenario(next.competencyId, practise.scenarios, playedId, next.places) : null;
  if (practise && scenario) {
    const again = scenario.id === playedId;
    root.append(element('p', 'practise-scenario', again ? `Practise it again in this scenario, ${scenario.title}: it is the day built most for it.` : `Practise it in ${scenario.title} (${scenario.difficulty}), a day built to practise it.`));
    if (!again) root.append(button(`Practise in ${scenario.title}`, 'button-quiet', () => practise.play(scenario.id)));
  }
  return root;
}

function competencies(result: DayResult): HTMLElement {
  const { root } = section('Competencies', 'debrief-competencies');
  const list = element('ul', 'competency-list');
  for (const competency of result.competencies) {
    const item = element('li', 'competency');
    const label = element('div', 'competency-label');
    // How many checks the score rests on: a 100 on one step at the desk reads as a day's practice otherwise (the playtest took such a score for untouched work).
    const checks = `on ${competency.checked} ${competency.checked === 1 ? 'check' : 'checks'}`;
    const score = element('span', 'competency-score', `${competency.score}`);
    score.append(element('span', 'competency-checks', ` · ${checks}`));
    label.append(element('span', 'competency-name', competency.name), score);
    const bar = element('div', 'competency-bar');
    bar.setAttribute('role', 'meter');
    bar.setAttribute('aria-valuemin', '0');
    bar.setAttribute('aria-valuemax', '100');
    bar.setAttribute('aria-valuenow', String(competency.score));
    bar.setAttribute('aria-label', `${competency.name}: ${competency.score} of 100, ${checks}`);
    const fill = element('span', 'competency-fill');
    fill.style.width = `${Math.max(0, Math.min(100, competency.score))}%`;
    fill.dataset.level = competency.score >= 85 ? 'strong' : competency.score >= 60 ? 'fair' : 'weak';
    bar.append(fill);
    item.append(label, bar);
    if (competency.practiseNext) item.append(element('p', 'competency-next', `Practise: ${competency.practiseNext}`));
    list.append(item);
  }
  if (result.competencies.length === 0) list.append(element('li', 'debrief-empty', 'No competency was checked today.'));
  root.append(list);
  return root;
}

function findingHead(finding: Finding): HTMLElement {
  const head = element('p', 'finding-head');
  head.append(element('span', `severity severity-${finding.severity}`, finding.severity), element('span', 'finding-time', formatMinutesOfDay(finding.atMinute)), element('span', 'finding-message', finding.message));
  return head;
}

/** A finding's or a note's terms and their texts, the source last with its publisher and edition. */
function detailList(rows: readonly (readonly [term: string, text: string])[], source: Finding['source']): HTMLElement {
  const details = element('dl', 'finding-details');
  for (const [term, text] of [...rows, ['Source', `${source.title} — ${source.publisher}${source.edition ? `, ${source.edition}` : ''}`] as const]) {
    details.append(element('dt', undefined, term), element('dd', undefined, text));
  }
  return details;
}

function findingDetails(finding: Finding): HTMLElement {
  return detailList(
    [
      ['Instead', finding.remedy],
      ['Why', finding.explanation],
    ],
    finding.source,
  );
}

/**
 * What was left undone, patient by patient from where each stopped (one line a patient gone
 * unseen): the one place the debrief says it. Each step is a finding, with what to do
 * instead, why and the source given once for its kind (the later steps of a kind point back
 * to the first); the findings and the timeline below only refer to it.
 */
function workLeftUndone(undone: readonly Finding[], result: DayResult): HTMLElement {
  const { root } = section(`Work left undone (${undoneCount(undone)})`, 'debrief-undone');
  root.append(
    element('p', 'debrief-undone-made-of', `${undoneMadeOf(undone)}.`),
    element(
      'p',
      'debrief-note',
      'Unfinished work is missed work: each inbox item left open, each patient who left unseen, and for each patient seen the step where their visit stopped (the steps after it could not start) is one finding. Each counts against accuracy like any other finding; what to do instead, why and the source are given once for each kind.',
    ),
  );
  root.append(findingList(undone, 'undone-steps', result));
  return root;
}

/** Findings as a list, each with what went wrong, then what to do instead, why and the source once per rule (the later ones of a rule point back to the first). */
function findingList(list: readonly Finding[], className: string, result: DayResult): HTMLElement {
  const items = element('ol', `finding-list ${className}`);
  const explained = new Set<string>();
  for (const finding of list) {
    const item = element('li', `finding finding-${finding.severity}`);
    // The verdict's link (a critical finding) and a still-open note's (the finding that scored its item) land here: reachable by focus, so a screen reader reads on from the finding.
    item.id = findingAnchor(result, finding);
    item.tabIndex = -1;
    item.append(findingHead(finding));
    if (isUnfinishedWork(finding) && explained.has(finding.ruleId)) item.append(element('p', 'debrief-note', 'What to do instead, why and the source: as for the first step of this kind above.'));
    else item.append(findingDetails(finding));
    explained.add(finding.ruleId);
    items.append(item);
  }
  return items;
}

/** The findings besides the work left undone, which is said once, in its own section, and only counted here. */
function findings(result: DayResult): HTMLElement {
  const undone = result.findings.filter(isUnfinishedWork).length;
  const others = result.findings.filter((finding) => !isUnfinishedWork(finding));
  const title = others.length === 0 ? (undone === 0 ? 'Findings: none' : 'Findings: none besides the work left undone') : `Findings (${others.length}${undone === 0 ? '' : ` besides the work left undone`})`;
  const { root } = section(title, 'debrief-findings');
  if (undone > 0) root.append(element('p', 'debrief-note', `The work left undone is ${undone === 1 ? 'a finding' : `${undone} findings`} too, explained under Work left undone above.`));
  if (others.length === 0) {
    if (undone === 0) root.append(element('p', 'debrief-empty', 'No mistakes were found. Well done.'));
    return root;
  }
  root.append(findingList(others, 'finding-others', result));
  return root;
}

/**
 * The day against a guideline it is not scored on (a chest-pain patient's minutes from the
 * door to the ECG in the provider's hands): each note with why it is not scored, what
 * shortens it, and the source with its edition. Absent when there is none.
 */
function guidelineSection(notes: readonly GuidelineNote[]): HTMLElement[] {
  if (notes.length === 0) return [];
  const { root } = section('Against the guidelines (not scored)', 'debrief-guidelines');
  // Its own classes, not a finding's: a note is not scored, and nothing that counts findings may count it.
  const list = element('ul', 'guideline-notes');
  for (const note of notes) {
    const item = element('li', 'guideline-note');
    const head = element('p', 'finding-head');
    head.append(element('span', 'finding-time', formatMinutesOfDay(note.minute)), element('span', 'guideline-note-text', note.text));
    const details = detailList([['Not scored', note.why]], note.source);
    item.append(head, details);
    list.append(item);
  }
  root.append(list);
  return [root];
}

/**
 * What is still open at closing, kind by kind (results waiting for the patient's call back or
 * not given at all, questions waiting for the provider's answer): for each kind, its items (how
 * each was left and why it has not reached the patient, for one the day already scored a link to
 * its finding), then once what happens next, why it is not scored here, and the source (the
 * playtest read the same three paragraphs nine times, once per result). Absent when there is none.
 */
function stillOpenSection(notes: readonly StillOpenNote[], result: DayResult): HTMLElement[] {
  if (notes.length === 0) return [];
  const { root } = section('Still open at closing (not scored)', 'debrief-still-open');
  // Its own classes, not a finding's: nothing that counts findings may count it.
  const list = element('ul', 'still-open-groups');
  for (const group of stillOpenByKind(notes)) {
    const kind = element('li', 'still-open-group');
    const items = element('ul', 'still-open-notes');
    for (const note of group.notes) {
      const item = element('li', 'still-open-note');
      item.append(element('p', 'still-open-text', note.text));
      if (note.scoredIn) {
        // The item the day already scored (never opened, nobody called, no voicemail left): marked as such, with the way to its finding; its points are there only.
        const scored = element('p', 'still-open-scored');
        scored.append(
          element('strong', undefined, 'Also cost points: '),
          findingLink(result, note.scoredIn, 'still-open-finding-link', `read its finding (${formatMinutesOfDay(note.scoredIn.atMinute)}, under ${isUnfinishedWork(note.scoredIn) ? 'Work left undone' : 'Findings'})`),
          document.createTextNode('. Nothing more is counted here.'),
        );
        item.append(scored);
      }
      items.append(item);
    }
    kind.append(
      items,
      element('p', 'debrief-note still-open-for', group.notes.length === 1 ? 'For this item:' : `For these ${group.notes.length} items:`),
      detailList(
        [
          ['Next', group.next],
          ['Not scored', group.why],
        ],
        group.source,
      ),
    );
    list.append(kind);
  }
  root.append(list);
  return [root];
}

/** A patient's outcome in words: a visit finished with its claim sent is completed, the claim's billing (the payer's answer, a remittance to post) still open. */
function journeyOutcome(journey: PatientJourney): string {
  if (journey.outcome === null && visitCompleted(journey)) return 'Completed (claim sent; its billing still open)';
  return JOURNEY_OUTCOMES[journey.outcome ?? ''] ?? `Unfinished (${journey.stage.replaceAll('-', ' ')})`;
}

function journeys(result: DayResult): HTMLElement {
  const { root } = section('Patients', 'debrief-journeys');
  const table = element('table', 'journey-table');
  const head = element('thead');
  const headRow = element('tr');
  for (const title of ['Patient', 'Outcome', 'In – out', 'Waited']) headRow.append(element('th', undefined, title));
  head.append(headRow);
  const body = element('tbody');
  const closing = closingMinuteOf(result);
  for (const journey of result.journeys) {
    const row = element('tr');
    const span = journey.arrivedAt === null ? 'did not arrive' : `${formatMinutesOfDay(journey.arrivedAt)} – ${journey.departedAt === null ? '…' : formatMinutesOfDay(journey.departedAt)}`;
    const name = element('th', undefined, journey.name);
    name.scope = 'row';
    row.append(
      name,
      element('td', undefined, journeyOutcome(journey)),
      element('td', undefined, span),
      element('td', undefined, waitedCellText(journey, closing, visitCompleted(journey))),
    );
    body.append(row);
  }
  table.append(head, body);
  root.append(table, element('p', 'debrief-note journey-mean-wait', `${meanWaitBasis(result.journeys, result.stats.meanWaitMinutes)}.`));
  return root;
}

/**
 * The day in order. A patient leaving unseen stays in its place there, with a pointer to the
 * work left undone, where it is explained; a finding of work left undone is not repeated.
 */
function timeline(result: DayResult): HTMLElement {
  const { root } = section('Timeline', 'debrief-timeline');
  const list = element('ol', 'timeline-list');
  const undone = new Set(result.findings.filter(isUnfinishedWork).map((finding) => `${finding.patientId ?? ''}|${finding.message}`));
  for (const entry of result.timeline) {
    if (entry.kind === 'finding' && undone.has(`${entry.patientId ?? ''}|${entry.text}`)) continue;
    const item = element('li', `timeline-entry timeline-${entry.kind}`);
    const text = element('span', 'timeline-text', entry.text);
    if (entry.kind === 'left-unseen') text.append(element('span', 'timeline-see', ' (see Work left undone)'));
    item.append(element('span', 'timeline-time', formatMinutesOfDay(entry.minute)), text);
    list.append(item);
  }
  root.append(list);
  return root;
}
