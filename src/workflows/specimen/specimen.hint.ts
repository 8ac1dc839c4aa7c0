/**
 * The practice hint for the step the lab station is on: what the trainee does next there. It reads the
 * workflow's state and what its context already holds, and judges nothing.
 */
import type { AnyMachineSnapshot } from 'xstate';
import { orderableTest } from '../../reference/tests';
import { orderedTests, type SpecimenContext } from './specimen.context';

/** The hint for a specimen snapshot, or null when its work is over. */
export function specimenStepHint(snapshot: AnyMachineSnapshot): string | null {
  return snapshot.status === 'active' ? specimenHint(snapshot) : null;
}

function specimenHint(snapshot: AnyMachineSnapshot): string | null {
  const context = snapshot.context as SpecimenContext;
  if (snapshot.matches('awaitingLab')) return 'The specimens are with the lab; it will say whether it accepts them.';
  if (!snapshot.matches('collecting')) return null;
  if (context.criticalPending.length > 0) return 'A critical result is showing: tell the provider now, before anything else.';
  if (context.sharpPending !== null) return 'Put the used sharp in the sharps container now, before any other step.';
  if (snapshot.matches({ collecting: 'tourniquetOn' })) return 'Insert the needle: the tourniquet should stay on no longer than a minute.';
  if (snapshot.matches({ collecting: 'needleIn' })) return 'Draw the tubes in the order of draw; release the tourniquet before you withdraw the needle.';
  if (snapshot.matches({ collecting: 'needleOut' })) return 'Bandage the site.';
  if (!context.handsCleaned) return 'Clean your hands before you touch the patient.';
  if (!context.glovesDonned) return 'Put on gloves before any contact with blood or body fluids.';
  if (context.identification === null) return 'Have the patient state two identifiers, then check the requisition against them.';
  if (!context.requisitionChecked) return 'Check the requisition: what is ordered, and for whom.';
  return collectionHint(context);
}

/**
 * The next piece of the orders' own work, so the hint names the step the trainee is on (a
 * swab for a swab, the kit for a kit) and never a tube or a label the orders do not need.
 */
function collectionHint(context: SpecimenContext): string {
  const tests = orderedTests(context);
  if (context.tubesNeeded.some((tube) => !context.accepted.includes(tube)) && context.drawn.length === 0) {
    return context.siteDisinfected === null
      ? 'Set out the tubes the orders need on the tray, then clean the site with a 70% alcohol pad and let it air-dry.'
      : 'Apply the tourniquet and draw the tubes in the order of draw.';
  }
  if (!context.capillaryPunctured && tests.some((t) => t.kind === 'capillary-poc' || t.kind === 'capillary-lab')) {
    return context.siteDisinfected === null ? 'Clean the fingertip with a 70% alcohol pad and let it air-dry before the lancet.' : 'Puncture the skin with a lancet and wipe away the first drop.';
  }
  if (context.urineCollectedAt === null && tests.some((t) => t.kind === 'urine')) return 'Hand over the urine cup with the instructions the collection needs.';
  const swab = tests.find((t) => t.kind === 'swab' && !context.swabs.includes(t.id));
  if (swab) return `Collect the ${swab.specimen === 'throat-swab' ? 'throat' : 'nasal'} swab for the ${swab.displayName}.`;
  const unread = context.tests.find((t) => t.ready && t.recorded === null);
  if (unread) return `Read the ${orderableTest(unread.testId).displayName} and chart exactly what it shows.`;
  const kit = tests.find((t) => t.cliaWaivedPointOfCare && !context.tests.some((run) => run.testId === t.id));
  if (kit) return `Test the specimen with the ${kit.displayName} kit: check the lot's expiry and its quality control first.`;
  const running = context.tests.find((t) => !t.ready);
  if (running) return `The ${orderableTest(running.testId).displayName} is running: read it when its read time is up.`;
  const procedure = tests.find((t) => t.kind === 'procedure' && !context.proceduresDone.includes(t.id));
  if (procedure) return `Perform the ${procedure.displayName}.`;
  if (labelDue(context)) return 'Label each container at the chair, in front of the patient.';
  return 'Send the specimens and finish.';
}

/** Whether a collected container still has no label: the urine cup, a filled microtube or a drawn tube. */
function labelDue(context: SpecimenContext): boolean {
  const collected = [
    ...(context.urineCollectedAt !== null ? (['urine-cup'] as const) : []),
    ...context.microtubes.map((m) => m.tubeId),
    ...context.drawn.map((d) => d.tube).filter((tube) => tube !== 'discard'),
  ];
  return collected.some((container) => !context.labels.some((l) => l.container === container));
}
