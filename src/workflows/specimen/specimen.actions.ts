/**
 * The trainee's actions at the lab station: identifying the patient, checking the
 * requisition, venipuncture (tourniquet, needle, tubes, inversions), capillary puncture,
 * clean-catch urine, swabs, labelling, CLIA-waived point-of-care tests with their quality
 * control, procedures, and sending the specimens. Named as facts; every tube by its id, which
 * the screen shows as cap colour and additive ("Lavender (EDTA)").
 */
import { TEST_IDS, type TestId } from '../../reference/tests';
import { MICROTUBE_IDS, type MicrotubeId, TUBE_IDS, type TubeId } from '../../reference/order-of-draw';
import { textEntry } from '../../scenario/entries';
import { schemaOf, z } from '../../scenario/zod';
import {
  type HandsCleanedAction,
  handsCleanedActionSchema,
  type PatientIdentifiedAction,
  patientIdentifiedActionSchema,
  type ProviderAlertedAction,
  providerAlertedActionSchema,
} from '../shared/patient-contact';

/** What the needle is: a multi-sample needle on a tube holder, or a butterfly (winged) set with tubing. */
export const VENIPUNCTURE_DEVICES = ['multi-sample-needle', 'butterfly'] as const;
/** One venipuncture device. */
export type VenipunctureDevice = (typeof VENIPUNCTURE_DEVICES)[number];

/** Containers that carry a patient label: the venous tubes, the capillary microtubes and the urine cup. */
export type ContainerId = TubeId | MicrotubeId | 'urine-cup';

/** What the trainee writes on a container's label. */
export interface SpecimenLabel {
  readonly fullName: string;
  readonly secondIdentifier: { readonly kind: 'date-of-birth' | 'mrn'; readonly value: string };
  /** Clinic minute written as the collection time. */
  readonly collectedAtMinute: number;
  readonly initials: string;
}

/** Every action of the lab station. */
export type SpecimenAction =
  | HandsCleanedAction
  | { readonly type: 'gloves.donned' }
  | PatientIdentifiedAction
  | { readonly type: 'requisition.checked' }
  /**
   * The puncture site cleaned with a 70% isopropyl alcohol pad before the lancet or the needle;
   * `airDried`: the alcohol was left to dry before the skin was punctured (CLSI GP41/GP42, WHO 2010).
   */
  | { readonly type: 'site.disinfected'; readonly airDried: boolean }
  | { readonly type: 'tourniquet.applied' }
  | { readonly type: 'needle.inserted'; readonly device: VenipunctureDevice }
  | { readonly type: 'tube.drawn'; readonly tube: TubeId }
  | { readonly type: 'tube.inverted'; readonly tube: TubeId; readonly times: number }
  | { readonly type: 'tourniquet.released' }
  | { readonly type: 'needle.withdrawn' }
  | { readonly type: 'sharps.disposed' }
  | { readonly type: 'site.bandaged' }
  | { readonly type: 'specimen.labeled'; readonly container: ContainerId; readonly label: SpecimenLabel }
  | { readonly type: 'capillary.punctured' }
  /** A microtube filled from the open skin puncture (CLSI GP42 capillary order). */
  | { readonly type: 'microtube.filled'; readonly tubeId: MicrotubeId }
  | { readonly type: 'urine.instructed'; readonly cleanCatch: boolean }
  | { readonly type: 'swab.collected'; readonly testId: TestId }
  | { readonly type: 'poct.control-run'; readonly testId: TestId; readonly lot: string }
  | { readonly type: 'poct.test-run'; readonly testId: TestId; readonly lot: string }
  | { readonly type: 'poct.result-recorded'; readonly testId: TestId; readonly result: string | number }
  /** An ordered one-step procedure done at the station: a pulse-oximetry reading (the ECG is its own workflow). */
  | { readonly type: 'procedure.performed'; readonly testId: TestId }
  | ProviderAlertedAction
  | { readonly type: 'specimen.sent' };

/** About a hundred years, in minutes: the furthest a written collection date is read from the clinic day. */
const CENTURY_MINUTES = 100 * 366 * 24 * 60;

/** A lot number as printed on a kit or control: non-empty, short. */
const LotSchema = z.string().check(z.minLength(1), z.maxLength(40));

/** Every lab-station action, checked at the edge before any machine sees it. */
export const specimenActionSchema = schemaOf<SpecimenAction>()(
  z.discriminatedUnion('type', [
    handsCleanedActionSchema,
    z.strictObject({ type: z.literal('gloves.donned') }),
    patientIdentifiedActionSchema,
    z.strictObject({ type: z.literal('requisition.checked') }),
    z.strictObject({ type: z.literal('site.disinfected'), airDried: z.boolean() }),
    z.strictObject({ type: z.literal('tourniquet.applied') }),
    z.strictObject({ type: z.literal('needle.inserted'), device: z.enum(VENIPUNCTURE_DEVICES) }),
    z.strictObject({ type: z.literal('tube.drawn'), tube: z.enum(TUBE_IDS) }),
    z.strictObject({ type: z.literal('tube.inverted'), tube: z.enum(TUBE_IDS), times: z.number().check(z.int(), z.gte(0), z.lte(100)) }),
    z.strictObject({ type: z.literal('tourniquet.released') }),
    z.strictObject({ type: z.literal('needle.withdrawn') }),
    z.strictObject({ type: z.literal('sharps.disposed') }),
    z.strictObject({ type: z.literal('site.bandaged') }),
    z.strictObject({
      type: z.literal('specimen.labeled'),
      container: z.enum([...TUBE_IDS, ...MICROTUBE_IDS, 'urine-cup']),
      label: z.strictObject({
        fullName: textEntry(200),
        secondIdentifier: z.strictObject({ kind: z.enum(['date-of-birth', 'mrn']), value: textEntry(64) }),
        // Counted from the clinic day's midnight: a label dated another day is a labelling
        // finding, not a malformed action, so any written date within a century reads.
        collectedAtMinute: z.number().check(z.gte(-CENTURY_MINUTES), z.lte(CENTURY_MINUTES)),
        initials: textEntry(10),
      }),
    }),
    z.strictObject({ type: z.literal('capillary.punctured') }),
    z.strictObject({ type: z.literal('microtube.filled'), tubeId: z.enum(MICROTUBE_IDS) }),
    z.strictObject({ type: z.literal('urine.instructed'), cleanCatch: z.boolean() }),
    z.strictObject({ type: z.literal('swab.collected'), testId: z.enum(TEST_IDS) }),
    z.strictObject({ type: z.literal('poct.control-run'), testId: z.enum(TEST_IDS), lot: LotSchema }),
    z.strictObject({ type: z.literal('poct.test-run'), testId: z.enum(TEST_IDS), lot: LotSchema }),
    z.strictObject({
      type: z.literal('poct.result-recorded'),
      testId: z.enum(TEST_IDS),
      result: z.union([textEntry(120), z.number().check(z.gte(-1_000_000), z.lte(1_000_000))]),
    }),
    z.strictObject({ type: z.literal('procedure.performed'), testId: z.enum(TEST_IDS) }),
    providerAlertedActionSchema,
    z.strictObject({ type: z.literal('specimen.sent') }),
  ]),
);

/** One example of each lab-station action that the vitals samples do not already give. */
export const SPECIMEN_ACTION_SAMPLES: readonly SpecimenAction[] = [
  { type: 'gloves.donned' },
  { type: 'requisition.checked' },
  { type: 'site.disinfected', airDried: true },
  { type: 'tourniquet.applied' },
  { type: 'needle.inserted', device: 'multi-sample-needle' },
  { type: 'tube.drawn', tube: 'lavender-edta' },
  { type: 'tube.inverted', tube: 'lavender-edta', times: 8 },
  { type: 'tourniquet.released' },
  { type: 'needle.withdrawn' },
  { type: 'sharps.disposed' },
  { type: 'site.bandaged' },
  {
    type: 'specimen.labeled',
    container: 'lavender-edta',
    label: { fullName: 'Testp Patient', secondIdentifier: { kind: 'date-of-birth', value: '1970-05-14' }, collectedAtMinute: 540, initials: 'MA' },
  },
  { type: 'capillary.punctured' },
  { type: 'microtube.filled', tubeId: 'lavender-edta-micro' },
  { type: 'urine.instructed', cleanCatch: true },
  { type: 'swab.collected', testId: 'rapid-strep' },
  { type: 'poct.control-run', testId: 'rapid-strep', lot: 'STR-1001' },
  { type: 'poct.test-run', testId: 'rapid-strep', lot: 'STR-1001' },
  { type: 'poct.result-recorded', testId: 'rapid-strep', result: 'negative' },
  { type: 'procedure.performed', testId: 'pulse-oximetry' },
];
