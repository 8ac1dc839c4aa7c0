/**
 * CLIA-waived point-of-care tests at the lab station: the quality control a kit lot needs,
 * the test run on a ready specimen (its result shows only after the read time), the result
 * recorded as shown, and a critical result put on the timeline for the provider.
 */
import { orderableTest, type OrderableTest } from '../../reference/tests';
import { NO_CHANGE } from '../workflow-steps';
import { record, shownResult, type SpecimenContext, type SpecimenGuard, type SpecimenStep, subject, testOrdered } from './specimen.context';
import { isCriticalResult, resultRecordingCheck } from './specimen.rules';
import { displayName } from '../../domain/patient';

export function specimenReady(context: SpecimenContext, test: OrderableTest): boolean {
  if (test.kind === 'capillary-poc') return context.capillaryOpen;
  if (test.kind === 'urine') return context.urineCollectedAt !== null;
  if (test.kind === 'swab') return context.swabs.includes(test.id);
  return false;
}

/**
 * Whether the controls of a kit lot were run today: for this patient, or for anyone earlier
 * in the day (the day's record of controls). A lot controlled once holds for the day
 * (`QUALITY_CONTROL_HOLDS`, with its source).
 */
export function lotControlledToday(context: Pick<SpecimenContext, 'controlsRun' | 'env'>, testId: string, lot: string): boolean {
  return context.controlsRun.includes(lot) || (context.env.qualityControls?.some((run) => run.testId === testId && run.lot === lot) ?? false);
}

/** `poct.control-run`: the kit lot's controls are run, and go on the day's record for the patients after. */
export const runControl: SpecimenStep = (context, event) => {
  if (event.type !== 'poct.control-run') return NO_CHANGE;
  context.env.qualityControls?.push({ testId: event.testId, lot: event.lot, minute: context.env.now() });
  return { controlsRun: [...context.controlsRun, event.lot] };
};

/** `poct.result-recorded`: judged against what the test showed; a critical result must go to the provider next. */
export const recordResult: SpecimenStep = (context, event) => {
  if (event.type !== 'poct.result-recorded') return NO_CHANGE;
  const shown = shownResult(context, event.testId);
  record(context.env, resultRecordingCheck(subject(context, { testId: event.testId, shown, recorded: event.result })));
  const critical = isCriticalResult(orderableTest(event.testId).criticalResult, shown);
  if (critical) {
    // The floor raises its critical-value alert from the day's timeline.
    context.env.journal.note({
      minute: context.env.now(),
      patientId: context.patient.id,
      kind: 'critical-value',
      text: `${displayName(context.patient)}: critical ${orderableTest(event.testId).displayName} result ${String(shown)} — tell the provider now`,
    });
  }
  return {
    tests: context.tests.map((t) => (t.testId === event.testId ? { ...t, recorded: event.result } : t)),
    ...(critical ? { criticalShown: [...context.criticalShown, event.testId], criticalPending: [...context.criticalPending, event.testId] } : {}),
  };
};

/** A test's read time has run out: its result shows, and the timeline says so. */
export const showResult: SpecimenStep = (context, event) => {
  if (event.type !== 'poct.read-time-elapsed') return NO_CHANGE;
  // On the timeline, so the trainee hears of it wherever they are working.
  context.env.journal.note({
    minute: context.env.now(),
    patientId: context.patient.id,
    kind: 'result-ready',
    text: `${displayName(context.patient)}: the ${orderableTest(event.testId).displayName} is ready to read`,
  });
  return { tests: context.tests.map((t) => (t.testId === event.testId ? { ...t, ready: true } : t)) };
};

/** When a point-of-care step fits. */
export const POINT_OF_CARE_GUARDS: Readonly<Record<'canRunControl' | 'canRunTest' | 'canRecordResult', SpecimenGuard>> = {
  canRunControl: ({ context, event }) =>
    event.type === 'poct.control-run' &&
    testOrdered(context, event.testId, (t) => t.needsQualityControl) !== null &&
    context.kits.some((k) => k.testId === event.testId && k.lot === event.lot) &&
    !lotControlledToday(context, event.testId, event.lot),
  canRunTest: ({ context, event }) => {
    if (event.type !== 'poct.test-run') return false;
    const test = testOrdered(context, event.testId, (t) => t.cliaWaivedPointOfCare);
    return (
      test !== null &&
      !context.tests.some((t) => t.testId === event.testId) &&
      context.kits.some((k) => k.testId === event.testId && k.lot === event.lot) &&
      specimenReady(context, test)
    );
  },
  canRecordResult: ({ context, event }) =>
    event.type === 'poct.result-recorded' && context.tests.some((t) => t.testId === event.testId && t.ready && t.recorded === null),
};
