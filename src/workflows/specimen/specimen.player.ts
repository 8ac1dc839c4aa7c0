/**
 * How the scripted trainees work the lab station. The expert identifies, checks the
 * requisition, cleans hands and gloves up, draws the tubes in order of draw (a butterfly
 * with a discard tube for an older patient's fragile veins), releases the tourniquet once
 * blood flows, cleans each puncture site with alcohol and lets it dry before the needle or the lancet,
 * inverts and labels each tube at the chair, runs controls on an in-date lot
 * before each waived test, records each result at its read time, does the procedures and
 * disposes of every sharp at once. The novice, at the scenario's rate, draws the lavender
 * EDTA tube before the light-blue citrate tube, pre-labels the tubes, and skips the
 * controls (taking the expired box at the front of the shelf); at the same rate the novice
 * punctures without cleaning the site, or before the alcohol has dried. From a skin puncture the
 * expert fills the microtubes in the CLSI GP42 capillary order (EDTA before serum) and
 * labels them after bandaging; the novice, at the same rate, fills the serum microtube first
 * and shortens the patient's name to fit the small microtube label. When the lab rejects a
 * tube or a microtube, both collect it again: a new venipuncture or a new skin puncture; the
 * novice, just told why, labels the recollection in full.
 */
import { ageInYears } from '../../reference/iso-date';
import { capillaryStepNumber, type MicrotubeId, tube, type TubeId } from '../../reference/order-of-draw';
import type { OrderableTest } from '../../reference/tests';
import type { MistakeDice, PlayerView, WorkflowPlayer } from '../shared/player';
import type { SpecimenAction, SpecimenLabel, VenipunctureDevice } from './specimen.actions';
import { isInDate } from './specimen.kits';
import { lotControlledToday, orderedTests, shownResult, type SpecimenContext } from './specimen.machine';
import { abbreviatedName, displayName } from '../../domain/patient';

/** Where the novice slips; the expert never does. */
interface Slips {
  skipsAntisepsis(): boolean;
  puncturesWet(): boolean;
  drawsLavenderFirst(): boolean;
  prelabels(): boolean;
  skipsControl(): boolean;
  fillsSerumFirst(): boolean;
  shortensMicrotubeName(): boolean;
}

const NEVER: Slips = { skipsAntisepsis: () => false, puncturesWet: () => false, drawsLavenderFirst: () => false, prelabels: () => false, skipsControl: () => false, fillsSerumFirst: () => false, shortensMicrotubeName: () => false };

function diceSlips(dice: MistakeDice): Slips {
  return {
    skipsAntisepsis: () => dice.slips(),
    puncturesWet: () => dice.slips(),
    drawsLavenderFirst: () => dice.slips(),
    prelabels: () => dice.slips(),
    skipsControl: () => dice.slips(),
    fillsSerumFirst: () => dice.slips(),
    shortensMicrotubeName: () => dice.slips(),
  };
}

/** The next microtube to fill from the open puncture: capillary order, or serum first when the novice slips. */
function nextMicrotube(context: SpecimenContext, tests: readonly OrderableTest[], slips: Slips): MicrotubeId | null {
  const needed = [...new Set(tests.flatMap((t) => (t.kind === 'capillary-lab' && t.microtubeId !== undefined ? [t.microtubeId] : [])))];
  const remaining = needed.filter((id) => !context.microtubes.some((m) => m.tubeId === id) && !context.accepted.includes(id)).toSorted((a, b) => capillaryStepNumber(a) - capillaryStepNumber(b));
  const [first] = remaining;
  if (first === undefined) return null;
  const serum = remaining.find((id) => capillaryStepNumber(id) > capillaryStepNumber(first));
  if (context.microtubes.length === 0 && serum !== undefined && capillaryStepNumber(first) === 2 && slips.fillsSerumFirst()) return serum;
  return first;
}

/** The collector's initials the scripted trainees sign with. */
export const SCRIPTED_INITIALS = 'MA';

/** Patients of this age or older get a butterfly set (fragile veins), a design choice of the expert. */
export const BUTTERFLY_FROM_AGE = 65;

/** A correct label for a container collected at `collectedAtMinute`. */
export function correctLabel(view: PlayerView, collectedAtMinute: number): SpecimenLabel {
  const { patient } = view;
  // The chart as check-in left it: a date of birth corrected to the photo ID goes on the label.
  const corrected = (view.snapshot.context as SpecimenContext).chart.registration?.correctedIdentity;
  return {
    fullName: displayName(patient),
    secondIdentifier: { kind: 'date-of-birth', value: corrected?.dateOfBirth ?? patient.dateOfBirth },
    collectedAtMinute,
    initials: SCRIPTED_INITIALS,
  };
}

function deviceFor(view: PlayerView): VenipunctureDevice {
  return ageInYears(view.patient.dateOfBirth, view.scenario.day.date) >= BUTTERFLY_FROM_AGE ? 'butterfly' : 'multi-sample-needle';
}

function nextTube(context: SpecimenContext, slips: Slips): TubeId | null {
  const drawn = context.drawn.map((d) => d.tube);
  const remaining = context.tubesNeeded.filter((id) => !drawn.includes(id));
  const [first] = remaining;
  if (first === undefined) return null;
  if (drawn.length === 0 && context.device === 'butterfly' && first === 'light-blue-citrate') return 'discard';
  if (drawn.filter((id) => id !== 'discard').length === 0 && remaining.includes('lavender-edta') && remaining.includes('light-blue-citrate') && slips.drawsLavenderFirst()) {
    return 'lavender-edta';
  }
  return first;
}

/** The next waived test to run, with its control first when the lot's controls have not been run. */
function nextTestStep(view: PlayerView, context: SpecimenContext, test: OrderableTest, slips: Slips): SpecimenAction {
  const shelf = context.kits.filter((k) => k.testId === test.id);
  const inDate = shelf.find((k) => isInDate(k, view.scenario.day.date)) ?? shelf[0]!;
  if (test.needsQualityControl && !context.controlsRun.includes(inDate.lot)) {
    // The beginner's slip: the box at the front of the shelf, its date and its controls unchecked.
    if (slips.skipsControl()) return { type: 'poct.test-run', testId: test.id, lot: shelf[0]!.lot };
    // A lot controlled earlier today holds for the day: nothing to run again.
    if (!lotControlledToday(context, test.id, inDate.lot)) return { type: 'poct.control-run', testId: test.id, lot: inDate.lot };
  }
  return { type: 'poct.test-run', testId: test.id, lot: inDate.lot };
}

/**
 * The alcohol on the site before a puncture, left to dry; or null to go on to the puncture
 * (done already, or the novice's slip: no alcohol at all). The novice who cleans the site
 * sometimes goes straight on while it is still wet.
 */
function antisepsis(context: SpecimenContext, slips: Slips): SpecimenAction | null {
  if (context.siteDisinfected !== null || slips.skipsAntisepsis()) return null;
  return { type: 'site.disinfected', airDried: !slips.puncturesWet() };
}

function nextAction(view: PlayerView, slips: Slips): SpecimenAction | null {
  const { snapshot } = view;
  if (!snapshot.matches('collecting')) return null;
  const context = snapshot.context as SpecimenContext;
  const venous = (snapshot.value as { collecting: string }).collecting;
  const tests = orderedTests(context);
  if (context.criticalPending.length > 0) return { type: 'provider.alerted' };
  if (context.sharpPending !== null) return { type: 'sharps.disposed' };
  if (!context.contactJudged) {
    if (!context.handsCleaned) return { type: 'hands.cleaned' };
    if (context.identification === null) return { type: 'patient.identified', question: 'open', identifiers: ['full-name', 'date-of-birth'] };
    if (!context.requisitionChecked) return { type: 'requisition.checked' };
  }
  if (!context.glovesDonned) return { type: 'gloves.donned' };

  if (venous === 'tourniquetOn') return { type: 'needle.inserted', device: deviceFor(view) };
  if (venous === 'needleIn') {
    const uninverted = context.drawn.find((d) => d.inversions === null && d.tube !== 'discard');
    // Blood flows into the first real tube: the tourniquet comes off before anything else.
    if (context.tourniquetOn && context.drawn.some((d) => d.tube !== 'discard')) return { type: 'tourniquet.released' };
    if (uninverted !== undefined) return { type: 'tube.inverted', tube: uninverted.tube, times: tube(uninverted.tube).inversions.min };
    const next = nextTube(context, slips);
    return next === null ? { type: 'needle.withdrawn' } : { type: 'tube.drawn', tube: next };
  }
  if (venous === 'needleOut') return { type: 'site.bandaged' };

  const unlabelled = context.drawn.find((d) => d.tube !== 'discard' && !context.labels.some((l) => l.container === d.tube));
  if (unlabelled !== undefined) return { type: 'specimen.labeled', container: unlabelled.tube, label: correctLabel(view, unlabelled.atMinute) };
  const venipunctureDue = context.tubesNeeded.some((id) => !context.accepted.includes(id)) && context.drawn.length === 0;
  if (venipunctureDue) {
    const prelabelling = context.labels.some((l) => context.tubesNeeded.includes(l.container as TubeId));
    const unlabelledNeeded = context.tubesNeeded.find((id) => !context.labels.some((l) => l.container === id));
    if (unlabelledNeeded !== undefined && (prelabelling || slips.prelabels())) {
      return { type: 'specimen.labeled', container: unlabelledNeeded, label: correctLabel(view, view.minute) };
    }
    return antisepsis(context, slips) ?? { type: 'tourniquet.applied' };
  }

  const capillaryTests = tests.filter((t) => t.kind === 'capillary-poc' && !context.tests.some((b) => b.testId === t.id));
  // Before the puncture only whether a microtube is needed matters, so no slip is rolled yet.
  const microtube = context.capillaryOpen ? nextMicrotube(context, tests, slips) : !context.capillaryPunctured ? nextMicrotube(context, tests, NEVER) : null;
  if ((capillaryTests.length > 0 || microtube !== null) && !context.capillaryPunctured) return antisepsis(context, slips) ?? { type: 'capillary.punctured' };
  // The EDTA microtube first, while the drops flow freely; the meter or kit takes its drop after.
  if (microtube !== null && context.capillaryOpen) return { type: 'microtube.filled', tubeId: microtube };
  const [capillaryTest] = capillaryTests;
  if (capillaryTest !== undefined && context.capillaryOpen) return nextTestStep(view, context, capillaryTest, slips);
  if (context.capillaryOpen) return { type: 'site.bandaged' };
  const unlabelledMicrotube = context.microtubes.find((m) => !context.labels.some((l) => l.container === m.tubeId));
  if (unlabelledMicrotube !== undefined) {
    const label = correctLabel(view, unlabelledMicrotube.atMinute);
    // The microtube's label is a narrow strip: the novice writes the first name as an initial to fit it,
    // but not on the recollection of a specimen the lab has just rejected.
    const shortens = slips.shortensMicrotubeName() && context.rejected.length === 0;
    const shortened = shortens ? { ...label, fullName: abbreviatedName(view.patient.name) } : label;
    return { type: 'specimen.labeled', container: unlabelledMicrotube.tubeId, label: shortened };
  }

  const urineTests = tests.filter((t) => t.kind === 'urine');
  if (urineTests.length > 0 && context.urineCollectedAt === null) {
    return { type: 'urine.instructed', cleanCatch: urineTests.some((t) => t.specimen === 'urine-clean-catch') };
  }
  if (urineTests.length > 0 && !context.labels.some((l) => l.container === 'urine-cup')) {
    return { type: 'specimen.labeled', container: 'urine-cup', label: correctLabel(view, context.urineCollectedAt ?? view.minute) };
  }
  const urineTest = urineTests.find((t) => t.cliaWaivedPointOfCare && !context.tests.some((b) => b.testId === t.id));
  if (urineTest !== undefined) return nextTestStep(view, context, urineTest, slips);

  const swabTest = tests.find((t) => t.kind === 'swab' && !context.swabs.includes(t.id));
  if (swabTest !== undefined) return { type: 'swab.collected', testId: swabTest.id };
  const swabbed = tests.find((t) => t.kind === 'swab' && t.cliaWaivedPointOfCare && !context.tests.some((b) => b.testId === t.id));
  if (swabbed !== undefined) return nextTestStep(view, context, swabbed, slips);

  const ready = context.tests.find((t) => t.ready && t.recorded === null);
  if (ready !== undefined) return { type: 'poct.result-recorded', testId: ready.testId, result: shownResult(context, ready.testId) };

  const procedure = tests.find((t) => t.kind === 'procedure' && !context.proceduresDone.includes(t.id));
  if (procedure !== undefined) return { type: 'procedure.performed', testId: procedure.id };

  if (context.tests.some((t) => !t.ready)) return null;
  return { type: 'specimen.sent' };
}

/** The scripted trainees' play of the lab station. */
export const SPECIMEN_PLAYER: WorkflowPlayer<SpecimenAction> = {
  expert: (view) => nextAction(view, NEVER),
  novice: (view, dice) => nextAction(view, diceSlips(dice)),
};
