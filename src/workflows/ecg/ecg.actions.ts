/**
 * The trainee's actions while recording an ordered 12-lead ECG: preparing the patient
 * (explaining, privacy, position, skin), placing the ten electrodes, setting the machine and
 * entering the patient's data, recording the tracing, checking it for artefacts and remedying
 * them, handing it to the provider (at once or into the review queue), and taking the
 * electrodes off. Named as facts. `hands.cleaned`, `patient.identified` and
 * `provider.alerted` are the shared patient-contact actions (`../shared/patient-contact.ts`).
 */
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

/** The closed lists are the reference's: the tables that judge a choice speak the same words as the action that makes it. */
export {
  ARTEFACT_REMEDIES,
  type ArtefactRemedy,
  CHEST_LINES,
  type ChestLine,
  ECG_ARTEFACTS,
  ECG_ELECTRODES,
  type EcgArtefact,
  type EcgElectrode,
  type ElectrodeSite,
  GAINS,
  type Gain,
  INTERCOSTAL_SPACES,
  type IntercostalSpace,
  LIMB_SITES,
  type LimbSite,
  PAPER_SPEEDS,
  type PaperSpeed,
  PATIENT_POSITIONS,
  type PatientPosition,
  SKIN_PREP_STEPS,
  type SkinPrepStep,
} from '../../reference/ecg/terms';
import {
  ARTEFACT_REMEDIES,
  type ArtefactRemedy,
  CHEST_LINES,
  ECG_ARTEFACTS,
  ECG_ELECTRODES,
  type EcgArtefact,
  type EcgElectrode,
  type ElectrodeSite,
  GAINS,
  type Gain,
  INTERCOSTAL_SPACES,
  LIMB_SITES,
  PAPER_SPEEDS,
  type PaperSpeed,
  PATIENT_POSITIONS,
  type PatientPosition,
  SKIN_PREP_STEPS,
  type SkinPrepStep,
} from '../../reference/ecg/terms';

/** How urgently the tracing goes to the provider: at once (interrupting them) or into the review queue. */
export const HANDOVER_URGENCIES = ['at-once', 'routine'] as const;
/** One hand-over urgency. */
export type HandoverUrgency = (typeof HANDOVER_URGENCIES)[number];

/** The sexes the ECG machine's patient-data screen offers. */
export const ECG_MACHINE_SEXES = ['female', 'male'] as const;
/** One sex on the machine's screen. */
export type EcgMachineSex = (typeof ECG_MACHINE_SEXES)[number];

/** Every action of the ECG workflow. */
export type EcgAction =
  | HandsCleanedAction
  | PatientIdentifiedAction
  | ProviderAlertedAction
  /** What will happen, to lie still, that it does not hurt. */
  | { readonly type: 'procedure.explained' }
  /** Door closed, gown opening to the front, a drape. */
  | { readonly type: 'privacy.provided' }
  | { readonly type: 'patient.positioned'; readonly position: PatientPosition }
  /** The skin-preparation steps done, in any order. */
  | { readonly type: 'skin.prepared'; readonly steps: readonly SkinPrepStep[] }
  /** One electrode put on; placing it again moves it. */
  | { readonly type: 'electrode.placed'; readonly electrode: EcgElectrode; readonly site: ElectrodeSite }
  | { readonly type: 'machine.set'; readonly paperSpeed: PaperSpeed; readonly gain: Gain }
  /** The patient's data on the machine's screen, as typed. */
  | { readonly type: 'patient-data.entered'; readonly name: string; readonly dateOfBirth: string; readonly sex: EcgMachineSex }
  /** The machine records 10 seconds from what is placed and set. */
  | { readonly type: 'tracing.recorded' }
  /** What the trainee sees on the tracing. */
  | { readonly type: 'tracing.checked'; readonly artefact: EcgArtefact | 'none' }
  /** Something done about an artefact; then the tracing is recorded again. */
  | { readonly type: 'artefact.remedied'; readonly remedy: ArtefactRemedy }
  /** To the provider: at once (interrupting them) or into the review queue. */
  | { readonly type: 'tracing.handed-over'; readonly urgency: HandoverUrgency }
  /** The tracing explained to the patient ("your heart looks fine"): outside an MA's scope. */
  | { readonly type: 'tracing.explained-to-patient' }
  | { readonly type: 'electrodes.removed' }
  /** Back to the visit, on to checkout. */
  | { readonly type: 'ecg.finished' };

/** A site: a limb, or a chest position (space and line). */
const ElectrodeSiteSchema = schemaOf<ElectrodeSite>()(
  z.union([z.strictObject({ limb: z.enum(LIMB_SITES) }), z.strictObject({ space: z.literal(INTERCOSTAL_SPACES), line: z.enum(CHEST_LINES) })]),
);

/** Every ECG action, checked at the edge before any machine sees it. */
export const ecgActionSchema = schemaOf<EcgAction>()(
  z.discriminatedUnion('type', [
    handsCleanedActionSchema,
    patientIdentifiedActionSchema,
    providerAlertedActionSchema,
    z.strictObject({ type: z.literal('procedure.explained') }),
    z.strictObject({ type: z.literal('privacy.provided') }),
    z.strictObject({ type: z.literal('patient.positioned'), position: z.enum(PATIENT_POSITIONS) }),
    z.strictObject({ type: z.literal('skin.prepared'), steps: z.array(z.enum(SKIN_PREP_STEPS)).check(z.maxLength(SKIN_PREP_STEPS.length * 2)) }),
    z.strictObject({ type: z.literal('electrode.placed'), electrode: z.enum(ECG_ELECTRODES), site: ElectrodeSiteSchema }),
    z.strictObject({ type: z.literal('machine.set'), paperSpeed: z.literal(PAPER_SPEEDS), gain: z.literal(GAINS) }),
    z.strictObject({ type: z.literal('patient-data.entered'), name: textEntry(200), dateOfBirth: textEntry(20), sex: z.enum(ECG_MACHINE_SEXES) }),
    z.strictObject({ type: z.literal('tracing.recorded') }),
    z.strictObject({ type: z.literal('tracing.checked'), artefact: z.enum([...ECG_ARTEFACTS, 'none']) }),
    z.strictObject({ type: z.literal('artefact.remedied'), remedy: z.enum(ARTEFACT_REMEDIES) }),
    z.strictObject({ type: z.literal('tracing.handed-over'), urgency: z.enum(HANDOVER_URGENCIES) }),
    z.strictObject({ type: z.literal('tracing.explained-to-patient') }),
    z.strictObject({ type: z.literal('electrodes.removed') }),
    z.strictObject({ type: z.literal('ecg.finished') }),
  ]),
);

/** One example of each ECG action, for the action samples that probe the machines. */
export const ECG_ACTION_SAMPLES: readonly EcgAction[] = [
  { type: 'hands.cleaned' },
  { type: 'patient.identified', question: 'open', identifiers: ['full-name', 'date-of-birth'] },
  { type: 'provider.alerted' },
  { type: 'procedure.explained' },
  { type: 'privacy.provided' },
  { type: 'patient.positioned', position: 'supine' },
  { type: 'skin.prepared', steps: ['cleaned', 'dried'] },
  { type: 'electrode.placed', electrode: 'V1', site: { space: 4, line: 'right-sternal-border' } },
  { type: 'electrode.placed', electrode: 'RA', site: { limb: 'right-arm' } },
  { type: 'machine.set', paperSpeed: 25, gain: 10 },
  { type: 'patient-data.entered', name: 'Walter Brooks', dateOfBirth: '1958-03-02', sex: 'male' },
  { type: 'tracing.recorded' },
  { type: 'tracing.checked', artefact: 'none' },
  { type: 'artefact.remedied', remedy: 'warm-and-reassure-patient' },
  { type: 'tracing.handed-over', urgency: 'routine' },
  { type: 'tracing.explained-to-patient' },
  { type: 'electrodes.removed' },
  { type: 'ecg.finished' },
];
