/**
 * Recording an ordered 12-lead ECG at the ECG bed: from the patient's preparation to the
 * tracing in the provider's hands.
 *
 * working (hands, identification, the explanation, privacy, the position, the skin; the ten
 * electrodes, the machine's settings and the patient's data; the tracing recorded, checked
 * for artefacts, remedied and recorded again; handed to the provider at once or into the
 * review queue; the electrodes taken off) → ecg.finished → done.
 *
 * Every guard refuses an action that would change nothing (the same electrode on the same
 * site, the same settings, a second explanation), so an event received twice is harmless.
 */
import { type AnyMachineSnapshot, assign, setup } from 'xstate';
import type { EcgRecord } from '../../domain/chart';
import { displayName, fullName } from '../../domain/patient';
import { arrivalMinute } from '../../scenario/arrival';
import { CHEST_PAIN_ECG_MINUTES } from '../../reference/red-flag-symptoms';
import { ECG_ELECTRODES, misplacedElectrodes, sameSite, skinPrepMissing } from '../../reference/ecg';
import { cleanHands as cleanHandsStep, identifyPatient as identifyPatientStep, unneededAlertCheck } from '../shared/patient-contact';
import type { WorkflowInput } from '../workflow';
import { inOrder, NO_CHANGE } from '../workflow-steps';
import type { EcgAction } from './ecg.actions';
import { type EcgContext, ecgOrderOf, type EcgEvent, type EcgGuard, type EcgStep, electrodesOn, ECG_TEST_ID, lastTracing, record, subject } from './ecg.context';
import {
  artefactNamedCheck,
  electrodePlacementCheck,
  handedOverCleanCheck,
  handHygieneCheck,
  identificationCheck,
  limbLeadsCheck,
  preparationCheck,
  remedyCheck,
  scopeCheck,
  settingsCheck,
  urgentTracingCheck,
} from './ecg.rules';
import { electrodesCorrectedBy, siteOf, tracingNow } from './ecg.tracing';
import type { Check } from '../../scoring/finding';

/** The context and events, for the station and the tests that read the machine's snapshot. */
export { type EcgContext, type EcgEvent, type RecordedTracing } from './ecg.context';

const cleanHands: EcgStep = cleanHandsStep;
const identifyPatient: EcgStep = identifyPatientStep;

const explain: EcgStep = () => ({ explained: true });
const providePrivacy: EcgStep = () => ({ privacy: true });
const position: EcgStep = (_, event) => (event.type === 'patient.positioned' ? { position: event.position } : NO_CHANGE);
const prepareSkin: EcgStep = (context, event) => (event.type === 'skin.prepared' ? { skinPrep: [...new Set([...context.skinPrep, ...event.steps])] } : NO_CHANGE);

/** The first touch of the patient (the first electrode): hands, identification and preparation are judged. */
const judgeContact: EcgStep = (context, event) => {
  if (event.type !== 'electrode.placed' || context.contactJudged) return NO_CHANGE;
  record(context.env, [
    handHygieneCheck(subject(context, { handsCleaned: context.handsCleaned })),
    identificationCheck(subject(context, { identification: context.identification })),
    preparationCheck(
      subject(context, { explained: context.explained, privacy: context.privacy, position: context.position, skinMissing: skinPrepMissing(context.skinPrep, context.order) }),
    ),
  ]);
  return { contactJudged: true };
};

// Placing an electrode where it already is, or setting what is already set, changes nothing: the tracing stays current.
const placeElectrode: EcgStep = (context, event) => {
  if (event.type !== 'electrode.placed') return NO_CHANGE;
  const current = context.placements[event.electrode];
  if (current !== undefined && sameSite(current, event.site)) return NO_CHANGE;
  return { placements: { ...context.placements, [event.electrode]: event.site }, tracingStale: context.tracingStale || context.tracings.length > 0 };
};

const setMachine: EcgStep = (context, event) => {
  if (event.type !== 'machine.set' || (context.settings?.paperSpeed === event.paperSpeed && context.settings.gain === event.gain)) return NO_CHANGE;
  return { settings: { paperSpeed: event.paperSpeed, gain: event.gain }, tracingStale: context.tracingStale || context.tracings.length > 0 };
};

const enterPatientData: EcgStep = (_, event) =>
  event.type === 'patient-data.entered' ? { patientData: { name: event.name, dateOfBirth: event.dateOfBirth, sex: event.sex } } : NO_CHANGE;

/** The first tracing shows how the trainee placed the electrodes: each one off its site is judged. */
const recordTracing: EcgStep = (context) => {
  if (context.tracings.length === 0) {
    const misplaced = misplacedElectrodes(context.placements);
    record(context.env, [electrodePlacementCheck(subject(context, { misplaced })), limbLeadsCheck(subject(context, { misplaced }))]);
  }
  return {
    tracings: [...context.tracings, { tracing: tracingNow(context), atMinute: context.env.now(), patientData: context.patientData, named: null }],
    tracingStale: false,
  };
};

const checkTracing: EcgStep = (context, event) => {
  const last = lastTracing(context);
  if (event.type !== 'tracing.checked' || last === null) return NO_CHANGE;
  const check = artefactNamedCheck(subject(context, { named: event.artefact, shown: last.tracing.artefacts }));
  if (check !== null) record(context.env, check);
  return { tracings: [...context.tracings.slice(0, -1), { ...last, named: event.artefact }] };
};

// Correcting the leads puts each electrode of the group where it belongs; the other remedies change what the tracing reads from.
const remedy: EcgStep = (context, event) => {
  if (event.type !== 'artefact.remedied') return NO_CHANGE;
  const check = remedyCheck(subject(context, { remedy: event.remedy, shown: lastTracing(context)?.tracing.artefacts ?? [] }));
  if (check !== null) record(context.env, check);
  const group = electrodesCorrectedBy(event.remedy);
  const placements = group.length === 0 ? context.placements : { ...context.placements, ...Object.fromEntries(group.map((electrode) => [electrode, siteOf(electrode)])) };
  return { remedies: [...context.remedies, event.remedy], placements, tracingStale: true };
};

/**
 * The patient as the chart now reads, for the machine's patient data: the name and date of
 * birth corrected at check-in, when they were (the first of `names` is the one to show).
 * The data entered is judged against it, and the ECG station shows it beside the form.
 */
export function chartedIdentity(context: Pick<EcgContext, 'chart' | 'patient'>): { readonly names: readonly string[]; readonly dateOfBirth: string; readonly sex: EcgContext['patient']['sex'] } {
  const corrected = context.chart.registration?.correctedIdentity;
  return {
    names: corrected ? [corrected.name] : [fullName(context.patient.name), `${context.patient.name.given} ${context.patient.name.family}`],
    dateOfBirth: corrected?.dateOfBirth ?? context.patient.dateOfBirth,
    sex: context.patient.sex,
  };
}

const handOver: EcgStep = (context, event) => {
  const last = lastTracing(context);
  if (event.type !== 'tracing.handed-over' || last === null) return NO_CHANGE;
  const chart = chartedIdentity(context);
  record(context.env, [
    handedOverCleanCheck(subject(context, { shown: last.tracing.artefacts })),
    settingsCheck(subject(context, { paperSpeed: last.tracing.paperSpeed, gain: last.tracing.gain, entered: last.patientData, chart })),
    ...(context.order.urgent ? [urgentTracingCheck(subject(context, { handedOver: event.urgency }))] : []),
  ]);
  noteMinutesFromArrival(context);
  if (providerComesNow({ handedOver: event.urgency, tracings: context.tracings })) context.env.callProviderNow?.(context.patient.arrival.providerId, context.patient.id);
  return { handedOver: event.urgency, artefactsOnFinal: last.tracing.artefacts };
};

/**
 * Whether the hand-over brings the provider to the patient now: a tracing showing ST elevation
 * put into their hands at once. The provider who reads it comes at once, not when the vital
 * signs are done: a suspected heart attack seen in the office goes on to the emergency
 * department urgently, and no further step may delay the transfer (2021 chest pain guideline,
 * section 2.3.1, as `CHEST_PAIN_ECG_MINUTES` cites it). A tracing in the review queue is read
 * later, and brings nobody.
 */
export function providerComesNow(context: Pick<EcgContext, 'handedOver' | 'tracings'>): boolean {
  return context.handedOver === 'at-once' && lastTracing(context)?.tracing.rhythm === 'st-elevation';
}

/**
 * A chest-pain tracing (the standing order) on the day's timeline with the minutes since the
 * patient walked in, beside the 2021 chest pain guideline's 10 minutes (in any setting). Not
 * scored: the game's check-in and rooming alone take longer than 10 minutes, so no trainee
 * could meet it; what is scored is the tracing recorded before the provider's visit
 * (`rooming.standing-ecg`) and handed over at once (`ecg.urgent-tracing`). The note keeps
 * whether the desk told the provider and whether the tracing came before the vital signs,
 * so the debrief can say which of the steps that shorten the minutes the trainee took.
 */
function noteMinutesFromArrival(context: EcgContext): void {
  if (context.order.standing !== true) return;
  const minutes = Math.round(context.env.now() - arrivalMinute(context.patient));
  context.env.journal.note({
    minute: context.env.now(),
    patientId: context.patient.id,
    kind: 'door-to-ecg',
    text: `${displayName(context.patient)}'s chest-pain tracing reached the provider ${minutes} minute${minutes === 1 ? '' : 's'} after arrival (the 2021 chest pain guideline asks for ${CHEST_PAIN_ECG_MINUTES.minutes}, in any setting)`,
    doorToEcg: { deskAlertAt: context.chart.registration?.providerAlertedAt ?? null, beforeVitals: context.beforeVitals, tracings: context.tracings.length },
  });
}

const explainToPatient: EcgStep = (context) => {
  record(context.env, scopeCheck(subject(context, { explainedToPatient: true })));
  return { explainedToPatient: true };
};

const removeElectrodes: EcgStep = () => ({ electrodesRemoved: true });

/** Whether the provider must see the tracing now: an urgent order, recorded, not yet handed over. */
export function ecgAlertNeeded(context: Pick<EcgContext, 'order' | 'handedOver' | 'tracings'>): boolean {
  return context.order.urgent && context.handedOver === null && context.tracings.length > 0;
}

// Calling the provider to an urgent tracing is not judged (the hand-over is); any other call is needless.
const alertProvider: EcgStep = (context) => {
  if (!ecgAlertNeeded(context)) record(context.env, unneededAlertCheck(subject(context, { where: 'ecg', alreadyReported: context.providerAlerted ? ['the urgent tracing'] : [] })));
  return { providerAlerted: true };
};

/** Leaving the ECG bed: an urgent tracing that never reached the provider, and the scope kept, are judged. */
const finish: EcgStep = (context) => {
  const checks = [
    ...(context.order.urgent && context.handedOver === null ? [urgentTracingCheck(subject(context, { handedOver: null }))] : []),
    ...(context.explainedToPatient || context.tracings.length === 0 ? [] : [scopeCheck(subject(context, { explainedToPatient: false }))]),
  ];
  record(context.env, checks);
  return NO_CHANGE;
};

const GUARDS = {
  notIdentified: ({ context }) => context.identification === null,
  notExplained: ({ context }) => !context.explained,
  noPrivacy: ({ context }) => !context.privacy,
  canPosition: ({ context }) => positionBlocker(context) === null,
  canSetMachine: ({ context }) => settingsBlocker(context) === null,
  canEnterData: ({ context }) => patientDataBlocker(context) === null,
  canPrepareSkin: ({ context }) => skinPrepBlocker(context) === null,
  canPlace: ({ context }) => placeBlocker(context) === null,
  canRecord: ({ context }) => canRecord(context),
  canCheck: ({ context }) => checkBlocker(context) === null,
  canRemedy: ({ context }) => remedyBlocker(context) === null,
  canHandOver: ({ context }) => handOverBlocker(context) === null,
  canExplainToPatient: ({ context }) => explainBlocker(context) === null,
  electrodesOn: ({ context }) => removeBlocker(context) === null,
  canFinish: ({ context }) => finishBlocker(context) === null,
} satisfies Record<string, EcgGuard>;

/**
 * Why the ECG bed's work is over for good, or null while it goes on: the tracing with the
 * provider, or the electrodes off. The first reason of every step's blocker below.
 */
function bedClosed(context: Pick<EcgContext, 'handedOver' | 'electrodesRemoved'>, nothingMore: string): string | null {
  if (context.handedOver !== null) return `The tracing is with the provider: ${nothingMore}.`;
  if (context.electrodesRemoved) return `The electrodes are off: ${nothingMore}.`;
  return null;
}

/**
 * Why the skin cannot be prepared now, or null when it can: it is prepared before the first
 * electrode goes on; once they are on, preparing it again is a remedy after a tracing (off,
 * prepared, fresh electrodes on). Said beside the greyed "Prepare the skin".
 */
export function skinPrepBlocker(context: Pick<EcgContext, 'placements' | 'handedOver' | 'electrodesRemoved'>): string | null {
  // Off first: once the electrodes are off, "they are on" is no longer true, whatever the placements last were.
  if (context.electrodesRemoved) return 'The electrodes are off: no skin to prepare now.';
  if (Object.keys(context.placements).length === 0) return null;
  return context.handedOver !== null
    ? 'The tracing is with the provider: no skin to prepare now.'
    : 'The electrodes are on: the skin is prepared before they go on (again, only as a remedy after a tracing).';
}

/** Why no electrode can be put on or moved now, or null when one can. Said beside the greyed lead wires. */
export function placeBlocker(context: Pick<EcgContext, 'handedOver' | 'electrodesRemoved'>): string | null {
  if (context.electrodesRemoved) return 'The electrodes are off: nothing more to put on.';
  return context.handedOver !== null ? 'The tracing is with the provider: the electrodes stay as they are.' : null;
}

/** Why the patient cannot be positioned again now, or null when they can: not after the hand-over. Said beside the greyed "Change the position". */
export function positionBlocker(context: Pick<EcgContext, 'handedOver'>): string | null {
  return context.handedOver !== null ? 'The tracing is with the provider: no position to change now.' : null;
}

/** Why the machine's speed and gain cannot be set now, or null when they can: not after the hand-over. Said beside the greyed "Change the settings". */
export function settingsBlocker(context: Pick<EcgContext, 'handedOver'>): string | null {
  return context.handedOver !== null ? 'The tracing is with the provider: the settings it was recorded with stay.' : null;
}

/** Why the patient's data cannot be entered now, or null when it can: not after the hand-over. Said beside the greyed "Enter the data again". */
export function patientDataBlocker(context: Pick<EcgContext, 'handedOver'>): string | null {
  return context.handedOver !== null ? 'The tracing is with the provider, printed with the data it has.' : null;
}

/**
 * Why the machine cannot record now, in the trainee's words, or null when it can: all ten
 * electrodes on, the machine set, nothing recorded since the last change, not yet handed over.
 * Said beside the greyed "Record" button; it never tells whether a tracing is clean (only what
 * the trainee named it).
 */
export function recordBlocker(context: EcgContext): string | null {
  const closed = bedClosed(context, 'nothing more to record');
  if (closed !== null) return closed;
  const off = ECG_ELECTRODES.filter((electrode) => context.placements[electrode] === undefined);
  if (off.length > 0) return `Place ${off.length === 1 ? off[0] : `${off.slice(0, -1).join(', ')} and ${off.at(-1)}`} first: the machine records with all ten lead wires on.`;
  if (context.settings === null) return 'Set the paper speed and the gain first.';
  if (context.tracings.length === 0 || context.tracingStale) return null;
  return lastTracing(context)?.named === 'none'
    ? 'You found no artefact on this tracing: nothing to record again.'
    : 'Nothing has changed since this tracing: record again after a change (a remedy, an electrode moved, the settings).';
}

/** Whether the machine can record now (`recordBlocker` says why not). */
function canRecord(context: EcgContext): boolean {
  return recordBlocker(context) === null;
}

/**
 * Why the last tracing cannot be checked now, or null when it can: it shows what is on the
 * patient and has not been checked. Said beside the greyed "That is what I see".
 */
export function checkBlocker(context: Pick<EcgContext, 'tracings' | 'tracingStale' | 'handedOver'>): string | null {
  const last = lastTracing(context);
  if (last === null) return 'Record a tracing first.';
  if (context.handedOver !== null) return 'The tracing is with the provider: nothing more to check.';
  if (context.tracingStale) return 'Something changed since this tracing: record again, then say what you see on the new one.';
  return last.named === null ? null : 'You have said what you see on this tracing: a new tracing asks again.';
}

/**
 * Why nothing can be done about an artefact now, or null when something can: the tracing
 * checked first, the electrodes still on (a tracing needs all ten), not yet handed over.
 * Said beside the greyed "Do it".
 */
export function remedyBlocker(context: Pick<EcgContext, 'tracings' | 'handedOver' | 'electrodesRemoved'>): string | null {
  const closed = bedClosed(context, 'nothing more to do about the tracing');
  if (closed !== null) return closed;
  const last = lastTracing(context);
  if (last === null) return 'Record a tracing first.';
  return last.named === null ? 'Say what you see on the tracing first (“That is what I see”).' : null;
}

/** Why the tracing cannot go to the provider now, or null when it can. Said beside the greyed hand-over choices. */
export function handOverBlocker(context: Pick<EcgContext, 'tracings' | 'handedOver'>): string | null {
  if (context.handedOver !== null) return 'The tracing is with the provider already.';
  return context.tracings.length === 0 ? 'Record a tracing first: there is nothing to hand over yet.' : null;
}

/** Why the tracing cannot be explained to the patient now, or null when it can (the workflow judges it: outside an MA's scope). */
export function explainBlocker(context: Pick<EcgContext, 'tracings' | 'explainedToPatient'>): string | null {
  if (context.tracings.length === 0) return 'Record a tracing first.';
  return context.explainedToPatient ? 'You have told the patient already.' : null;
}

/** Why the electrodes cannot be taken off now, or null when they can. Said beside the greyed "Take the electrodes off". */
export function removeBlocker(context: Pick<EcgContext, 'placements' | 'electrodesRemoved'>): string | null {
  if (electrodesOn(context)) return null;
  return context.electrodesRemoved ? 'The electrodes are off already.' : 'No electrode is on yet.';
}

/** Why the trainee cannot leave the bed now, or null when they can: no electrode left on the patient. Said beside the greyed "Finish". */
export function finishBlocker(context: Pick<EcgContext, 'placements' | 'electrodesRemoved'>): string | null {
  return electrodesOn(context) ? 'Take the electrodes off first.' : null;
}

/** The ECG workflow's machine: started with the encounter's input, it ends with the chart's `ecg` section. */
export const ecgMachine = setup({
  types: {} as { input: WorkflowInput; context: EcgContext; events: EcgEvent; output: { ecg: EcgRecord } },
  guards: GUARDS,
  // One assign per trainee action: its steps, in order.
  actions: {
    cleanHands: assign(({ context, event }) => inOrder(context, event, [cleanHands])),
    identifyPatient: assign(({ context, event }) => inOrder(context, event, [identifyPatient])),
    explain: assign(({ context, event }) => inOrder(context, event, [explain])),
    providePrivacy: assign(({ context, event }) => inOrder(context, event, [providePrivacy])),
    position: assign(({ context, event }) => inOrder(context, event, [position])),
    prepareSkin: assign(({ context, event }) => inOrder(context, event, [prepareSkin])),
    placeElectrode: assign(({ context, event }) => inOrder(context, event, [judgeContact, placeElectrode])),
    setMachine: assign(({ context, event }) => inOrder(context, event, [setMachine])),
    enterPatientData: assign(({ context, event }) => inOrder(context, event, [enterPatientData])),
    recordTracing: assign(({ context, event }) => inOrder(context, event, [recordTracing])),
    checkTracing: assign(({ context, event }) => inOrder(context, event, [checkTracing])),
    remedy: assign(({ context, event }) => inOrder(context, event, [remedy])),
    handOver: assign(({ context, event }) => inOrder(context, event, [handOver])),
    explainToPatient: assign(({ context, event }) => inOrder(context, event, [explainToPatient])),
    removeElectrodes: assign(({ context, event }) => inOrder(context, event, [removeElectrodes])),
    alertProvider: assign(({ context, event }) => inOrder(context, event, [alertProvider])),
    finish: assign(({ context, event }) => inOrder(context, event, [finish])),
  },
}).createMachine({
  id: 'ecg',
  context: ({ input }) => ({
    // The input field by field, as the other workflows build theirs.
    scenario: input.scenario,
    patient: input.patient,
    env: input.env,
    chart: input.chart,
    order: ecgOrderOf(input.patient),
    beforeVitals: input.resumeFrom !== undefined,
    handsCleaned: false,
    identification: null,
    explained: false,
    privacy: false,
    position: null,
    skinPrep: [],
    placements: {},
    settings: null,
    patientData: null,
    contactJudged: false,
    tracings: [],
    tracingStale: false,
    remedies: [],
    handedOver: null,
    artefactsOnFinal: [],
    explainedToPatient: false,
    electrodesRemoved: false,
    providerAlerted: false,
  }),
  initial: 'working',
  states: {
    working: {
      on: {
        'hands.cleaned': { actions: 'cleanHands' },
        'patient.identified': { guard: 'notIdentified', actions: 'identifyPatient' },
        'provider.alerted': { actions: 'alertProvider' },
        'procedure.explained': { guard: 'notExplained', actions: 'explain' },
        'privacy.provided': { guard: 'noPrivacy', actions: 'providePrivacy' },
        'patient.positioned': { guard: 'canPosition', actions: 'position' },
        'skin.prepared': { guard: 'canPrepareSkin', actions: 'prepareSkin' },
        'electrode.placed': { guard: 'canPlace', actions: 'placeElectrode' },
        'machine.set': { guard: 'canSetMachine', actions: 'setMachine' },
        'patient-data.entered': { guard: 'canEnterData', actions: 'enterPatientData' },
        'tracing.recorded': { guard: 'canRecord', actions: 'recordTracing' },
        'tracing.checked': { guard: 'canCheck', actions: 'checkTracing' },
        'artefact.remedied': { guard: 'canRemedy', actions: 'remedy' },
        'tracing.handed-over': { guard: 'canHandOver', actions: 'handOver' },
        'tracing.explained-to-patient': { guard: 'canExplainToPatient', actions: 'explainToPatient' },
        'electrodes.removed': { guard: 'electrodesOn', actions: 'removeElectrodes' },
        'ecg.finished': { guard: 'canFinish', target: 'done', actions: 'finish' },
      },
    },
    done: { type: 'final' },
  },
  output: ({ context }) => ({ ecg: ecgRecord(context) }),
});

/** The workflow's section of the chart: whether a tracing went to the provider, how, and what it still showed. */
export function ecgRecord(context: EcgContext): EcgRecord {
  return {
    recorded: context.handedOver !== null,
    handedOver: context.handedOver,
    artefactsOnFinal: [...context.artefactsOnFinal],
    interpretation: context.order.interpretation,
  };
}

/** An urgent tracing that has not reached the provider when the day ends: judged as never handed over. */
export function ecgAtDayEnd(snapshot: AnyMachineSnapshot): Check[] {
  if (!snapshot.matches('working')) return [];
  const context = snapshot.context as EcgContext;
  return context.order.urgent && context.handedOver === null ? [urgentTracingCheck(subject(context, { handedOver: null }))] : [];
}

/** The ECG order while no tracing has gone to the provider: what the patient still needs if the day ends now. */
export function outstandingEcg(context: EcgContext): string[] {
  return context.handedOver === null ? [ECG_TEST_ID] : [];
}

/** The ECG actions that fit the workflow's current state, for the task list and the scripted trainees (as the guards have it). */
export function ecgAvailableActions(snapshot: AnyMachineSnapshot): EcgAction['type'][] {
  if (!snapshot.matches('working')) return [];
  const context = snapshot.context as EcgContext;
  const actions: EcgAction['type'][] = ['hands.cleaned'];
  if (context.identification === null) actions.push('patient.identified');
  // Always taken: a needless alert is the trainee's to make (`urgent` says when the provider must see the tracing).
  actions.push('provider.alerted');
  if (!context.explained) actions.push('procedure.explained');
  if (!context.privacy) actions.push('privacy.provided');
  if (positionBlocker(context) === null) actions.push('patient.positioned');
  if (skinPrepBlocker(context) === null) actions.push('skin.prepared');
  if (placeBlocker(context) === null) actions.push('electrode.placed');
  if (settingsBlocker(context) === null) actions.push('machine.set');
  if (patientDataBlocker(context) === null) actions.push('patient-data.entered');
  if (canRecord(context)) actions.push('tracing.recorded');
  if (checkBlocker(context) === null) actions.push('tracing.checked');
  if (remedyBlocker(context) === null) actions.push('artefact.remedied');
  if (handOverBlocker(context) === null) actions.push('tracing.handed-over');
  if (explainBlocker(context) === null) actions.push('tracing.explained-to-patient');
  if (removeBlocker(context) === null) actions.push('electrodes.removed');
  if (finishBlocker(context) === null) actions.push('ecg.finished');
  return actions;
}

/** What must come before anything else now: an urgent tracing, recorded, into the provider's hands. */
export function ecgUrgent(snapshot: AnyMachineSnapshot): EcgAction['type'][] {
  if (!snapshot.matches('working')) return [];
  const context = snapshot.context as EcgContext;
  return ecgAlertNeeded(context) ? ['tracing.handed-over'] : [];
}
