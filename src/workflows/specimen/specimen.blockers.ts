/**
 * Why a lab-station step cannot be taken now, in the trainee's words, or null when it can: said
 * beside the greyed button (as the ECG bed's `*Blocker` functions are). Each follows the guard
 * that takes the step, so the reason and the greying never disagree.
 */
import type { AnyMachineSnapshot } from 'xstate';
import type { OrderableTest } from '../../reference/tests';
import { specimenReady } from './point-of-care';
import { orderedTests, type SpecimenContext } from './specimen.context';

/** Where the venipuncture stands: the `collecting` state's child. */
export type VenousStage = 'idle' | 'tourniquetOn' | 'needleIn' | 'needleOut';

/** Whether this patient's orders take a puncture (a needle or a lancet): only then are sharps and a bandage part of the work. */
export function punctureOrdered(context: Pick<SpecimenContext, 'patient'>): boolean {
  return orderedTests(context).some((test) => test.kind === 'venous-lab' || test.kind === 'capillary-lab' || test.kind === 'capillary-poc');
}

/** Why the kit cannot test the patient now (`canRunTest`): the specimen it runs on is not in hand. */
export function testRunBlocker(context: SpecimenContext, test: OrderableTest): string | null {
  if (context.tests.some((run) => run.testId === test.id)) return `The ${test.displayName} is already running.`;
  if (specimenReady(context, test)) return null;
  if (test.kind === 'swab') return `Collect the swab first: the ${test.displayName} runs on the swab taken from the patient.`;
  if (test.kind === 'urine') return `Collect the urine first: the ${test.displayName} runs on the specimen in the cup.`;
  if (test.kind === 'capillary-poc') {
    return context.capillaryPunctured
      ? `The fingerstick site is closed: the ${test.displayName} runs on a drop from an open puncture.`
      : `Puncture the fingertip first: the ${test.displayName} runs on a drop from the fingerstick.`;
  }
  return `The ${test.displayName} is not a test run from a kit here.`;
}

/** Why no sharp can go in the container now (`hasSharps`): none is on the tray. */
export function sharpsBlocker(context: Pick<SpecimenContext, 'sharpsOpen' | 'venipunctures' | 'capillaryPunctured'>): string | null {
  if (context.sharpsOpen.length > 0) return null;
  return context.venipunctures > 0 || context.capillaryPunctured
    ? 'The used sharps are in the container: nothing sharp is left on the tray.'
    : 'Nothing sharp has been used yet: the needle or lancet goes in the container as soon as it is out of the patient.';
}

/** Why the site cannot be bandaged now (the needle out, or an open fingerstick). */
export function bandageBlocker(context: Pick<SpecimenContext, 'capillaryOpen' | 'capillaryPunctured' | 'venipunctures'>, venous: VenousStage): string | null {
  if (venous === 'needleOut' || context.capillaryOpen) return null;
  if (venous === 'needleIn') return 'The needle is still in the arm: withdraw it first, then press and bandage the site.';
  if (venous === 'tourniquetOn') return 'No puncture yet: the site is bandaged once the needle is out.';
  return context.venipunctures > 0 || context.capillaryPunctured
    ? 'The site is bandaged.'
    : 'No puncture yet: the site is bandaged once the needle or lancet is out.';
}

/** Where the venipuncture stands in `snapshot` (a specimen machine's), for `bandageBlocker`. */
export function venousStage(snapshot: AnyMachineSnapshot): VenousStage {
  const value = snapshot.value as { collecting?: VenousStage } | string;
  return typeof value === 'object' && value.collecting !== undefined ? value.collecting : 'idle';
}
