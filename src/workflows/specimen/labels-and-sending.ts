/**
 * Labels and sending at the lab station: each container labelled against the chart, the
 * specimens sent, the lab's verdict some minutes later (a container without a right label
 * is rejected and collected again), and what the orders still lack.
 */
import type { PerformedService, ProceduresRecord } from '../../domain/chart';
import { isMicrotubeId, type MicrotubeId, type TubeId } from '../../reference/order-of-draw';
import type { OrderableTest, TestId } from '../../reference/tests';
import type { Check } from '../../scoring/finding';
import { NO_CHANGE } from '../workflow-steps';
import type { ContainerId } from './specimen.actions';
import { orderedTests, record, type RejectedContainer, type SpecimenContext, type SpecimenGuard, type SpecimenStep, subject } from './specimen.context';
import { containerName, inversionsCheck, labelCheck, labelProblems, missingLabelCheck, ordersCompleteCheck } from './specimen.rules';
import { displayName } from '../../domain/patient';

/** Containers collected in this round that carry no label. */
function unlabelled(context: SpecimenContext): ContainerId[] {
  const collected: ContainerId[] = [
    ...context.drawn.map((d) => d.tube).filter((id) => id !== 'discard'),
    ...context.microtubes.map((m) => m.tubeId),
    ...(context.urineCollectedAt !== null ? ['urine-cup' as const] : []),
  ];
  return [...new Set(collected)].filter((container) => !context.labels.some((l) => l.container === container));
}

/**
 * Why the lab refuses a container, or null when it takes it: no label, or a wrong or
 * pre-written one. The reference lab's specimen-acceptance policy, the same for a tube and a
 * microtube (CAP GEN.40491 as reference laboratories quote it: two identifiers, labelled at collection).
 */
function rejectionReason(context: SpecimenContext, container: TubeId | MicrotubeId): string | null {
  const label = context.labels.find((l) => l.container === container);
  if (label === undefined) return 'no label';
  return label.problems.length > 0 ? label.problems.join('; ') : null;
}

/** Drawn tubes the lab will reject: no label, or a wrong or pre-written one. */
export function rejectedTubes(context: SpecimenContext): { tube: TubeId; reason: string }[] {
  return [...new Set(context.drawn.map((d) => d.tube))]
    .filter((id) => id !== 'discard' && !context.accepted.includes(id))
    .flatMap((id) => {
      const reason = rejectionReason(context, id);
      return reason === null ? [] : [{ tube: id, reason }];
    });
}

/** Microtubes of the current skin puncture the lab will reject, judged as the tubes are. */
export function rejectedMicrotubes(context: SpecimenContext): { microtube: MicrotubeId; reason: string }[] {
  return context.microtubes.flatMap(({ tubeId }) => {
    const reason = rejectionReason(context, tubeId);
    return reason === null ? [] : [{ microtube: tubeId, reason }];
  });
}

function undoneOrders(context: SpecimenContext, accepted: SpecimenContext['accepted']): TestId[] {
  return orderedTests(context)
    .filter((test) => !isPerformed(context, test, accepted))
    .map((test) => test.id);
}

function isPerformed(context: SpecimenContext, test: OrderableTest, accepted: SpecimenContext['accepted']): boolean {
  if (test.cliaWaivedPointOfCare) return context.tests.some((t) => t.testId === test.id && t.recorded !== null);
  switch (test.kind) {
    case 'venous-lab':
      return test.tubeId !== undefined && accepted.includes(test.tubeId);
    case 'capillary-lab':
      return test.microtubeId !== undefined && (context.microtubes.some((m) => m.tubeId === test.microtubeId) || accepted.includes(test.microtubeId));
    case 'procedure':
      return context.proceduresDone.includes(test.id);
    case 'swab':
      return context.swabs.includes(test.id);
    case 'urine':
      return context.urineCollectedAt !== null;
    default:
      return false;
  }
}

/** The station's section of the chart: each ordered service, whether it was done, and its result. */
export function proceduresRecord(context: SpecimenContext): ProceduresRecord {
  const services: PerformedService[] = orderedTests(context).map((test) => ({
    testId: test.id,
    performed: isPerformed(context, test, context.accepted),
    result: context.tests.find((t) => t.testId === test.id)?.recorded ?? null,
  }));
  return { services, venipuncture: context.venipunctures > 0, capillaryPuncture: context.capillaryPunctures > 0, redraws: context.redraws };
}

/**
 * The ordered tests the lab station has not done yet: what the patient still needs if the
 * day ends now (a tube the lab has not accepted, a test not recorded, a procedure not done).
 */
export function outstandingOrders(context: SpecimenContext): TestId[] {
  return undoneOrders(context, context.accepted);
}

/**
 * The patient as the chart now reads: the date of birth corrected at check-in, when it was.
 * Labels are judged against it, and the lab station shows its identifiers beside the label form.
 */
export function chartedPatient(context: Pick<SpecimenContext, 'chart' | 'patient'>): SpecimenContext['patient'] {
  const corrected = context.chart.registration?.correctedIdentity;
  return corrected ? { ...context.patient, dateOfBirth: corrected.dateOfBirth } : context.patient;
}

/** `specimen.labeled`: the label is checked against the chart as check-in left it. */
export const labelContainer: SpecimenStep = (context, event) => {
  if (event.type !== 'specimen.labeled') return NO_CHANGE;
  const { container } = event;
  const collectedAtMinute =
    container === 'urine-cup'
      ? context.urineCollectedAt
      : isMicrotubeId(container)
        ? (context.microtubes.find((m) => m.tubeId === container)?.atMinute ?? null)
        : (context.drawn.find((d) => d.tube === container)?.atMinute ?? null);
  // A label is checked against the chart as check-in left it: corrected to the photo ID where the registration was wrong.
  const problems = labelProblems(event.label, { patient: chartedPatient(context), collectedAtMinute, labelledAtMinute: context.env.now() });
  record(context.env, labelCheck(subject(context, { container: event.container, problems })));
  return { labels: [...context.labels, { container: event.container, label: { ...event.label }, problems }] };
};

/** Sending: every collected container must carry a label, every tube must have been mixed. */
export const judgeSending: SpecimenStep = (context) => {
  const checks: Check[] = unlabelled(context).map((container) => missingLabelCheck(subject(context, { container })));
  for (const drawn of context.drawn) {
    if (drawn.tube !== 'discard' && drawn.inversions === null) checks.push(inversionsCheck(subject(context, { tube: drawn.tube, times: null })));
  }
  record(context.env, checks);
  return NO_CHANGE;
};

/** The lab accepts everything sent: the orders are judged complete or not. */
export const acceptAll: SpecimenStep = (context) => {
  const accepted = [...new Set([...context.accepted, ...context.drawn.map((d) => d.tube).filter((id) => id !== 'discard'), ...context.microtubes.map((m) => m.tubeId)])];
  record(context.env, ordersCompleteCheck(subject(context, { undone: undoneOrders(context, accepted) })));
  return { accepted };
};

/**
 * The lab's verdict: the well-labelled tubes and microtubes are kept; a rejected tube must
 * be drawn again, a rejected microtube collected from a new skin puncture.
 */
export const rejectSpecimens: SpecimenStep = (context) => {
  const tubes = rejectedTubes(context);
  const microtubes = rejectedMicrotubes(context);
  const rejected: RejectedContainer[] = [...tubes.map((r) => ({ container: r.tube, reason: r.reason })), ...microtubes.map((r) => ({ container: r.microtube, reason: r.reason }))];
  const rejectedIds: ContainerId[] = rejected.map((r) => r.container);
  const keep = [...context.drawn.map((d) => d.tube).filter((id) => id !== 'discard'), ...context.microtubes.map((m) => m.tubeId)].filter((id) => !rejectedIds.includes(id));
  const what = [...tubes.map((r) => `the ${containerName(r.tube)} tube (${r.reason})`), ...microtubes.map((r) => `the ${containerName(r.microtube)} (${r.reason})`)].join(' and ');
  const again = [...(tubes.length > 0 ? ['must be redrawn'] : []), ...(microtubes.length > 0 ? ['needs a new skin puncture'] : [])].join(' and ');
  context.env.journal.note({ minute: context.env.now(), patientId: context.patient.id, kind: 'action', text: `${displayName(context.patient)}: the lab rejected ${what}; the patient ${again}.` });
  return {
    accepted: [...new Set([...context.accepted, ...keep])],
    rejected,
    tubesNeeded: tubes.length > 0 ? tubes.map((r) => r.tube) : context.tubesNeeded,
    drawn: [],
    device: null,
    tourniquetSeconds: 0,
    microtubes: [],
    ...(microtubes.length > 0 ? { capillaryPunctured: false } : {}),
    labels: context.labels.filter((l) => !rejectedIds.includes(l.container)),
    redraws: context.redraws + 1,
  };
};

/** When a container may be labelled, and what sending does now. */
export const SENDING_GUARDS: Readonly<Record<'canLabel' | 'nothingRunning' | 'labWillReject', SpecimenGuard>> = {
  canLabel: ({ context, event }) => {
    if (event.type !== 'specimen.labeled') return false;
    if (context.labels.some((l) => l.container === event.container)) return false;
    if (event.container === 'urine-cup') return orderedTests(context).some((t) => t.kind === 'urine');
    if (isMicrotubeId(event.container)) return context.microtubes.some((m) => m.tubeId === event.container);
    return event.container !== 'discard' && (context.tubesNeeded.includes(event.container) || context.drawn.some((d) => d.tube === event.container));
  },
  nothingRunning: ({ context }) => context.tests.every((t) => t.ready) && !context.capillaryOpen && !context.tourniquetOn,
  labWillReject: ({ context }) => context.tests.every((t) => t.ready) && !context.capillaryOpen && (rejectedTubes(context).length > 0 || rejectedMicrotubes(context).length > 0),
};
