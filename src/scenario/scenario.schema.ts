/**
 * The scenario format: one clinic day, as an instructor writes it (YAML or JSON).
 *
 * This file is the structural schema only. Checks that need more than one field, or the
 * reference data (a code unknown on the scenario's date, a provider that does not exist,
 * an appointment outside clinic hours), live in `scenario-checks.ts` and run in the same
 * pass, so an instructor sees every problem at once.
 *
 * Zod is used here, at the edge; inside the game the inferred `Scenario` type is trusted. It is
 * `zod/mini` (see `./zod`): a field's checks are listed in `.check(...)`, and `z.optional`,
 * `z._default` and `z.nullable` wrap a field rather than being chained onto it.
 */
import { z } from './zod';
import { isIsoDate } from '../reference/iso-date';
import { STORAGE_UNIT_KINDS } from '../reference/immunization/terms';
import { ECG_PATIENT_STATES, ECG_RHYTHMS } from '../reference/ecg/terms';
import { RED_FLAG_SYMPTOMS } from '../reference/red-flag-symptoms';
import { EDUCATION_LANGUAGES, EDUCATION_TOPICS } from '../reference/education/terms';
import { CLOCK_TIME_PATTERN } from './clock-time';
import { WEEKDAY_NAMES } from './appointment-template';

export { formatMinutesOfDay, minutesOfDay } from './clock-time';

/** The version of the scenario format this build reads. */
export const SCENARIO_SCHEMA_VERSION = 1;

const isoDatePattern = /^\d{4}-\d{2}-\d{2}$/;

/** A calendar date, `YYYY-MM-DD`, that exists. */
export const IsoDate = z.string().check((ctx) => {
  if (!isoDatePattern.test(ctx.value)) {
    ctx.issues.push({ code: 'custom', input: ctx.value, message: `expected a date as YYYY-MM-DD, got "${ctx.value}"` });
  } else if (!isIsoDate(ctx.value)) {
    ctx.issues.push({ code: 'custom', input: ctx.value, message: `not a real date (${ctx.value})` });
  }
});

/** A time of day on the 24-hour clock, `HH:MM`. */
export const ClockTime = z.string().check(z.regex(CLOCK_TIME_PATTERN, { message: 'expected a time of day as HH:MM (24-hour clock)' }));

/** Ids are short, lower-case, kebab-case: they appear in links, logs and result files. */
export const Id = z.string().check(z.regex(/^[a-z0-9][a-z0-9-]{0,63}$/, { message: 'expected an id of lower-case letters, digits and hyphens (at most 64)' }));

/** Free text an instructor writes; shown as text, never as HTML. Bounded so a file cannot smuggle megabytes in. */
const Text = (max = 2000) => z.string().check(z.trim(), z.minLength(1, { message: 'must not be empty' }), z.maxLength(max, { message: `must be at most ${max} characters` }));

const Money = z.number().check(z.gte(0, { message: 'must not be negative' }), z.lte(1_000_000, { message: 'must be at most 1000000' }));

export const SEXES = ['female', 'male', 'unknown'] as const;
export const PLAN_TYPES = ['hmo', 'ppo', 'epo', 'pos', 'hdhp', 'medicare', 'medicaid'] as const;
export const COVERAGE_STATUSES = ['active', 'inactive', 'terminated'] as const;
export const SCHEDULING_METHODS = ['stream', 'wave', 'modified-wave', 'cluster', 'open-hours'] as const;
export const MODES = ['practice', 'assessment'] as const;
/**
 * The scenario's `workflows:` switches, one per switchable workflow (its descriptor's `switch`,
 * `src/workflows/workflows.ts`; a test holds the two equal, in the same order).
 */
export const WORKFLOW_SWITCHES = ['intake', 'vitals', 'specimen', 'medication', 'ecg', 'education', 'scheduling', 'billing'] as const;
export const TEMPERATURE_ROUTES = ['oral', 'tympanic', 'temporal', 'axillary', 'rectal'] as const;
export const INTERVAL_UNITS = ['days', 'weeks', 'months'] as const;
/** What a patient told that their coverage is not active chooses: pay for today's visit themselves, or come back once it is sorted out. */
export const INACTIVE_COVERAGE_CHOICES = ['self-pay', 'reschedule'] as const;

/** A person's name as it stands on the chart. */
export const PersonName = z.strictObject({
  given: Text(80),
  middle: z.optional(Text(80)),
  family: Text(80),
});

export const Address = z.strictObject({
  line1: Text(120),
  line2: z.optional(Text(120)),
  city: Text(80),
  state: z.string().check(z.regex(/^[A-Z]{2}$/, { message: 'expected a two-letter state code such as OR' })),
  postalCode: z.string().check(z.regex(/^\d{5}(-\d{4})?$/, { message: 'expected a ZIP code such as 97201' })),
});

const Phone = z.string().check(z.regex(/^\d{3}-\d{3}-\d{4}$/, { message: 'expected a phone number as 555-555-0101' }));

export const EmergencyContact = z.strictObject({
  name: Text(120),
  relationship: Text(40),
  phone: Phone,
});

/** Insurance as it is on file and on the card, and what eligibility will answer. */
export const Coverage = z.strictObject({
  payerId: Id,
  memberId: z.string().check(z.regex(/^[A-Z0-9-]{3,20}$/, { message: 'expected a member id of 3–20 capital letters, digits or hyphens' })),
  groupNumber: z.optional(z.string().check(z.regex(/^[A-Z0-9-]{1,20}$/, { message: 'expected a group number of capital letters, digits or hyphens' }))),
  planType: z.enum(PLAN_TYPES),
  status: z._default(z.enum(COVERAGE_STATUSES), 'active'),
  copay: z._default(Money, 0),
  deductibleRemaining: z._default(Money, 0),
  coinsurancePercent: z._default(z.number().check(z.int(), z.gte(0), z.lte(100)), 0),
  /** What the card in the patient's hand says, where it differs from the chart (a new card, a typo at registration). */
  cardMemberId: z.optional(z.string().check(z.regex(/^[A-Z0-9-]{3,20}$/, { message: 'expected a member id of 3–20 capital letters, digits or hyphens' }))),
  subscriber: z.optional(z.strictObject({ name: PersonName, dateOfBirth: IsoDate, relationship: z.enum(['self', 'spouse', 'child', 'other']) })),
  /**
   * What the patient chooses when told at the desk that this coverage is not active: pay
   * for today's visit themselves (`self-pay`, when absent) or `reschedule` and come back
   * once the coverage is sorted out. Optional rather than defaulted, so a scenario that
   * leaves it out keeps its content hash.
   */
  inactiveChoice: z.optional(z.enum(INACTIVE_COVERAGE_CHOICES)),
});

/** Blood pressure and pulse in one position of an orthostatic set: what a careful measurement would show. */
export const PositionalReading = z.strictObject({
  systolicMmHg: z.number().check(z.int(), z.gte(50), z.lte(260)),
  diastolicMmHg: z.number().check(z.int(), z.gte(20), z.lte(160)),
  pulsePerMinute: z.number().check(z.int(), z.gte(20), z.lte(250)),
});

/**
 * What orthostatic vital signs show for the patient (`VitalsTruth.orthostatic`): lying
 * after rest, then standing at 1 and 3 minutes, and whether the patient is dizzy once
 * standing. Only read where the provider orders orthostatics (`Patient.orthostaticVitals`).
 */
export const OrthostaticTruth = z.strictObject({
  supine: PositionalReading,
  standingOneMinute: PositionalReading,
  standingThreeMinutes: PositionalReading,
  /** The patient turns dizzy or light-headed on standing: steadied, they are helped back down; unsteadied, they may fall. */
  dizzyOnStanding: z._default(z.boolean(), false),
});

const FlaccScore = z.number().check(z.int(), z.gte(0), z.lte(2));

/**
 * A young child's FLACC items as the MA would score them (Face, Legs, Activity, Cry,
 * Consolability, 0–2 each): their sum is the child's pain score. A scenario that gives only
 * `painScore` for a child of FLACC age has items derived from it (`flaccItemsFromTotal`).
 */
export const FlaccTruth = z.strictObject({
  face: FlaccScore,
  legs: FlaccScore,
  activity: FlaccScore,
  cry: FlaccScore,
  consolability: FlaccScore,
});

/** Ground truth for the instruments: what a careful measurement would show. */
export const VitalsTruth = z.strictObject({
  heightCm: z.number().check(z.gte(30), z.lte(250)),
  weightKg: z.number().check(z.gte(1), z.lte(350)),
  temperatureC: z.number().check(z.gte(30), z.lte(44)),
  temperatureRoute: z._default(z.enum(TEMPERATURE_ROUTES), 'oral'),
  pulsePerMinute: z.number().check(z.int(), z.gte(20), z.lte(250)),
  respirationsPerMinute: z.number().check(z.int(), z.gte(4), z.lte(80)),
  systolicMmHg: z.number().check(z.int(), z.gte(50), z.lte(260)),
  diastolicMmHg: z.number().check(z.int(), z.gte(20), z.lte(160)),
  spo2Percent: z.number().check(z.int(), z.gte(50), z.lte(100)),
  painScore: z._default(z.number().check(z.int(), z.gte(0), z.lte(10)), 0),
  /** FLACC items (a child scored by observation): the pain score is their sum (optional, so a scenario without them keeps its content hash). */
  flacc: z.optional(FlaccTruth),
  armCircumferenceCm: z.number().check(z.gte(10), z.lte(60)),
  /** Head circumference (cm), measured with the length under 2 years (optional, so a scenario without it keeps its content hash). */
  headCircumferenceCm: z.optional(z.number().check(z.gte(25), z.lte(60))),
  /** Orthostatic readings, where the provider orders them (optional, so a scenario without them keeps its content hash). */
  orthostatic: z.optional(OrthostaticTruth),
  /**
   * A child under 3 with a condition that calls for a blood pressure at every visit (AAP
   * 2017: prematurity, congenital heart or kidney disease, and the like). Absent: none, and
   * a child under 3 has no routine blood pressure.
   */
  bpRiskCondition: z.optional(z.boolean()),
});

export const History = z.strictObject({
  allergies: z._default(z.array(z.strictObject({ substance: Text(80), reaction: z.optional(Text(120)) })).check(z.maxLength(30)), []),
  medications: z._default(z.array(z.strictObject({ name: Text(80), dose: z.optional(Text(80)) })).check(z.maxLength(40)), []),
  /** Allergies or medications the patient reports at rooming that the chart does not have yet. */
  unrecordedAllergies: z._default(z.array(z.strictObject({ substance: Text(80), reaction: z.optional(Text(120)) })).check(z.maxLength(10)), []),
});

/** Kinds of vaccine storage unit. */
export { STORAGE_UNIT_KINDS };
/** How a vaccine order reaches the MA. */
export const ORDER_FORMS = ['signed', 'verbal', 'unsigned'] as const;
/** What happens in the observation chair after a dose. */
export const AFTER_DOSE_EVENTS = ['syncope', 'anaphylaxis-sign'] as const;

/** How a vaccine order is given and what the history says about it (`Order.administration`). */
export const OrderAdministration = z.strictObject({
  /** The order as it reaches the MA: signed by the provider, a verbal order, or unsigned. */
  form: z._default(z.enum(ORDER_FORMS), 'signed'),
  /** The dose in the series (1 = first), where the schedule has several. */
  doseNumber: z.optional(z.number().check(z.int(), z.gte(1), z.lte(6))),
  /** The previous dose of the same vaccine, where the history has one (right time: the minimum interval). */
  lastDoseDate: z.optional(IsoDate),
  /** What happens in the observation chair after the dose. */
  afterDose: z.optional(z.enum(AFTER_DOSE_EVENTS)),
});

export { ECG_PATIENT_STATES, ECG_RHYTHMS };
/** Who reads an ECG: the clinic's provider (93000), or a cardiologist elsewhere (the clinic bills the tracing only, 93005). */
export const ECG_INTERPRETATIONS = ['in-house', 'sent-out'] as const;

/** How an ECG order plays out (`Order.ecg`; absent: a calm patient, no interference, read in house, normal sinus, routine). */
export const OrderEcg = z.strictObject({
  /** Cold or anxious: somatic tremor shows until the patient is warmed and reassured. */
  patientState: z._default(z.enum(ECG_PATIENT_STATES), 'calm'),
  /** A device plugged in near the bed: alternating-current interference shows until it is unplugged. */
  interference: z._default(z.boolean(), false),
  /** A hairy chest: the skin needs clipping under the electrodes. */
  needsHairClipped: z._default(z.boolean(), false),
  /** Lotion on the skin: it must be removed under the electrodes. */
  hasLotion: z._default(z.boolean(), false),
  /** The patient's true rhythm, drawn by the station. */
  rhythm: z._default(z.enum(ECG_RHYTHMS), 'normal-sinus'),
  /** The provider must see this tracing at once (chest pain now): routine hand-over is a critical finding. */
  urgent: z._default(z.boolean(), false),
  /** Who reads it: the clinic's provider (93000) or a cardiologist elsewhere (the clinic bills the tracing only, 93005). */
  interpretation: z._default(z.enum(ECG_INTERPRETATIONS), 'in-house'),
  /**
   * The clinic's standing order (chest pain): the MA records this ECG right after rooming,
   * before the provider's visit, and hands it to the provider at once. Optional, so a scenario
   * without one keeps its content hash.
   */
  standing: z.optional(z.boolean()),
});

/** One order the provider writes during the visit; `testId` names an entry of the test catalogue. */
export const Order = z.strictObject({
  testId: Id,
  /** The result the test will give (a POC test's reading, a lab value), for recording and critical-value checks. */
  result: z.optional(z.union([z.string().check(z.maxLength(40)), z.number()])),
  /** The note's diagnoses this order is for (the claim line's pointers); empty: the primary diagnosis (vaccines: Z23). */
  diagnoses: z._default(z.array(z.string().check(z.regex(/^[A-Z][0-9][0-9A-Z](\.[0-9A-Z]{1,4})?$/, { message: 'expected an ICD-10-CM code such as E11.9' }))).check(z.maxLength(4)), []),
  /** A vaccine order: how it reaches the MA and what the history says (absent: signed, no history). */
  administration: z.optional(OrderAdministration),
  /** An ECG order: how the tracing plays out (absent: a calm patient, no interference, read in house, normal sinus, routine). */
  ecg: z.optional(OrderEcg),
});

export const MDM_ELEMENT_LEVELS = ['minimal', 'low', 'moderate', 'high'] as const;

/** The provider's note: what the trainee codes from. */
export const ProviderNote = z.strictObject({
  /** ICD-10-CM codes supported by the note, primary first. */
  diagnoses: z.array(z.string().check(z.regex(/^[A-Z][0-9][0-9A-Z](\.[0-9A-Z]{1,4})?$/, { message: 'expected an ICD-10-CM code such as E11.9' }))).check(z.minLength(1), z.maxLength(12)),
  /** Plain-language assessment the coder reads; the specificity traps live here. */
  assessment: Text(2000),
  medicalDecisionMaking: z.optional(
    z.strictObject({
      problems: z.enum(MDM_ELEMENT_LEVELS),
      data: z.enum(MDM_ELEMENT_LEVELS),
      risk: z.enum(MDM_ELEMENT_LEVELS),
    }),
  ),
  totalMinutes: z.optional(z.number().check(z.int(), z.gte(1), z.lte(240))),
  /** A separately identifiable E/M on the same day as a procedure: modifier 25 applies. */
  separatelyIdentifiable: z._default(z.boolean(), false),
  /**
   * The provider did the patient's periodic preventive visit (an annual physical, a
   * well-child check). The note does not name the code: the coder picks it from the payer
   * (Medicare: the Welcome to Medicare exam or an annual wellness visit), the patient's age
   * and whether they are new, and the patient's `preventiveHistory`. Optional rather than
   * defaulted, so a scenario that leaves it out keeps its content hash.
   */
  preventiveVisit: z.optional(z.boolean()),
  /** The provider counselled the patient or family face to face on each vaccine given (the counselled administration codes). */
  vaccineCounseling: z.optional(z.boolean()),
  /**
   * The provider sent the patient on from the visit instead of home (an emergency
   * department): how they go, where, and the plan in a few words, so the floor can tell the
   * trainee why the patient left. Absent: the patient goes home. Only words on the floor;
   * nothing is scored on it.
   */
  transfer: z.optional(
    z.strictObject({
      /** How they go, read after "left": "by ambulance", "with her parents"; absent when the note does not say. */
      by: z.optional(Text(60)),
      /** Where to, read after "for": "the emergency department". */
      to: Text(80),
      /** The provider's plan in a few words: "suspected heart attack". */
      reason: Text(120),
    }),
  ),
});

/** The patient's earlier preventive visits, as the practice's records show them (what decides a Medicare wellness code). */
export const PreventiveHistory = z.strictObject({
  /** When the patient's first Medicare Part B coverage took effect (the Welcome to Medicare exam is due in the first 12 months). */
  medicarePartBSince: z.optional(IsoDate),
  /** The date of the patient's Welcome to Medicare exam (IPPE), if they had one. */
  welcomeToMedicareVisit: z.optional(IsoDate),
  /** The date of the patient's last Medicare annual wellness visit (first or later), if any. */
  lastAnnualWellnessVisit: z.optional(IsoDate),
});

export const FollowUp = z.strictObject({
  interval: z.strictObject({ value: z.number().check(z.int(), z.gte(1), z.lte(24)), unit: z.enum(INTERVAL_UNITS) }),
  visitTypeId: Id,
  /** Latest acceptable deviation from the ideal date, in days. */
  toleranceDays: z._default(z.number().check(z.int(), z.gte(0), z.lte(30)), 3),
  /** Days of the week the patient cannot come (0 Sunday … 6 Saturday). */
  unavailableWeekdays: z._default(z.array(z.number().check(z.int(), z.gte(0), z.lte(6))).check(z.maxLength(7)), []),
});

export const Referral = z.strictObject({
  specialty: Text(60),
  reason: Text(200),
});

/** A patient with an appointment today. */
const ScheduledArrival = z.strictObject({
  kind: z.literal('scheduled'),
  time: ClockTime,
  visitTypeId: Id,
  providerId: Id,
  /** Minutes after the appointment time the patient walks in; negative for early. */
  lateMinutes: z._default(z.number().check(z.int(), z.gte(-60), z.lte(240)), 0),
  noShow: z._default(z.boolean(), false),
});

/** A patient who walks in without an appointment. */
const WalkInArrival = z.strictObject({
  kind: z.literal('walk-in'),
  time: ClockTime,
  visitTypeId: Id,
  providerId: Id,
});

export const Arrival = z.discriminatedUnion('kind', [ScheduledArrival, WalkInArrival]);

/** What the person at the desk says when asked to state their identity (an identity trap). */
export const StatedIdentity = z.strictObject({
  name: z.optional(PersonName),
  dateOfBirth: z.optional(IsoDate),
});

/** Who came with the patient today: the parent or guardian who answers for a child. */
export const Companion = z.strictObject({
  name: PersonName,
  /** How they are related to the patient, as they would say it: Mother, Father, Guardian. */
  relationship: Text(40),
});

/**
 * On what footing the chart lets the clinic discuss the patient's health information with
 * someone else (HIPAA Privacy Rule): a signed authorisation (45 CFR 164.508), a personal
 * representative such as the parent of a minor (45 CFR 164.502(g)), or the patient's
 * agreement, documented, to involve this person in their care (45 CFR 164.510(b)).
 */
export const RELEASE_BASES = ['authorization', 'personal-representative', 'patient-agreement'] as const;

/** One person the chart says the clinic may discuss the patient's health information with. */
export const ReleaseOnFile = z.strictObject({
  name: Text(80),
  relationship: Text(40),
  basis: z.enum(RELEASE_BASES),
});

export { EDUCATION_LANGUAGES, EDUCATION_TOPICS };

/** What the chart notes of how the patient reads: the highest grade they read comfortably, and in words. */
export const ReadingNeeds = z.strictObject({
  /** The highest reading grade of written material that suits the patient (the 8th grade is everyone's ceiling). */
  maxGrade: z.number().check(z.int(), z.gte(1), z.lte(12)),
  /** The chart's note, as the MA reads it: "Left school at 14; prefers short leaflets with pictures." */
  note: Text(300),
});

/**
 * The education the provider's plan gives the patient after the visit (a new diagnosis, a
 * new medicine, a change of habits, a test preparation), taught by the MA with a leaflet
 * and checked with teach-back.
 */
export const PatientEducation = z.strictObject({
  /** The topics of the plan, in the order the MA goes through them. */
  topics: z.array(z.enum(EDUCATION_TOPICS)).check(z.minLength(1), z.maxLength(4)),
  /** Topics the patient gets muddled at the first teach-back, and gets right once taught again. */
  muddledAtFirst: z.optional(z.array(z.enum(EDUCATION_TOPICS)).check(z.maxLength(4))),
  /** A topic on which the patient asks the question only the provider can answer (the catalogue's). */
  asksAbout: z.optional(z.enum(EDUCATION_TOPICS)),
});

export const Patient = z.strictObject({
  id: Id,
  name: PersonName,
  dateOfBirth: IsoDate,
  sex: z.enum(SEXES),
  mrn: z.string().check(z.regex(/^[A-Z0-9]{4,12}$/, { message: 'expected an MRN of 4–12 capital letters or digits' })),
  phone: Phone,
  address: Address,
  emergencyContact: z.optional(EmergencyContact),
  /** True for a new patient to the practice (affects the E/M code family). */
  newPatient: z._default(z.boolean(), false),
  photoIdRequired: z._default(z.boolean(), false),
  /** Absent: the patient pays for the visit themselves. */
  coverage: z.optional(Coverage),
  arrival: Arrival,
  /** The reason for the visit in the patient's own words (the chief complaint): the whole answer to "What brings you in today?". */
  chiefComplaint: Text(300),
  /**
   * Where the answer says more than the complaint (small talk: "Sorry I'm late, traffic.", "I've
   * been feeling fine."), the words of it that are the complaint itself, as said: what the front
   * desk records and is scored on, word for word (the whole answer is accepted too). Absent: the
   * whole answer is the complaint. The scenario checker holds them to the answer's words.
   */
  complaintWords: z.optional(Text(300)),
  /**
   * The red-flag symptoms the chief complaint carries (chest pain or pressure, stroke signs,
   * trouble breathing): the provider is told at once at rooming. Optional, so a scenario
   * without any keeps its content hash; the scenario checker holds the marks to the words.
   */
  redFlags: z.optional(z.array(z.enum(RED_FLAG_SYMPTOMS)).check(z.maxLength(RED_FLAG_SYMPTOMS.length))),
  /** What the patient states at check-in, where it differs from the chart. */
  statesAtCheckIn: z.optional(StatedIdentity),
  /**
   * What the photo ID reads, where it differs from what the patient states (absent: the ID
   * agrees with the patient). The ID settles an identity mismatch: the chart is corrected to it.
   */
  photoId: z.optional(StatedIdentity),
  /** The parent or guardian who comes with a child and answers for them (absent: a child's parent or guardian emergency contact). */
  companion: z.optional(Companion),
  /** The people the chart lets the clinic discuss this patient's health information with, and on what footing. */
  releaseOfInformation: z.optional(z.array(ReleaseOnFile).check(z.maxLength(10))),
  /**
   * Demographics that changed since the chart was last updated; the trainee must correct them.
   * `emergencyContact`: the one an established patient with none on file names when asked
   * at check-in (absent: they name nobody).
   */
  changedSinceLastVisit: z.optional(z.strictObject({ address: z.optional(Address), phone: z.optional(Phone), emergencyContact: z.optional(EmergencyContact) })),
  vitals: VitalsTruth,
  /**
   * The provider's standing order for orthostatic vital signs at rooming (a dizzy patient,
   * a fall, a new blood-pressure medicine): lying after rest, then standing at 1 and 3
   * minutes. Optional, so a scenario that does not order them keeps its content hash.
   */
  orthostaticVitals: z.optional(z.boolean()),
  history: z._default(History, { allergies: [], medications: [], unrecordedAllergies: [] }),
  /** Minutes the provider spends with the patient. */
  visitMinutes: z._default(z.number().check(z.int(), z.gte(5), z.lte(120)), 15),
  orders: z._default(z.array(Order).check(z.maxLength(12)), []),
  note: ProviderNote,
  /** Earlier preventive visits (for a preventive visit today: which Medicare wellness code applies). */
  preventiveHistory: z.optional(PreventiveHistory),
  followUp: z.optional(FollowUp),
  referral: z.optional(Referral),
  /** The language the patient prefers for health information, as the chart has it (absent: English). */
  preferredLanguage: z.optional(z.enum(EDUCATION_LANGUAGES)),
  /** The chart's note of the patient's reading level (absent: none noted). */
  readingNeeds: z.optional(ReadingNeeds),
  /** The education the provider's plan gives the patient (absent: none; optional, so other scenarios keep their content hash). */
  education: z.optional(PatientEducation),
});

export const VisitType = z.strictObject({
  id: Id,
  name: Text(60),
  minutes: z.number().check(z.int(), z.gte(5), z.lte(120)),
  newPatient: z._default(z.boolean(), false),
});

export const BlockedTime = z.strictObject({
  start: ClockTime,
  end: ClockTime,
  reason: Text(80),
});

export const AppointmentTemplate = z.strictObject({
  slotMinutes: z._default(z.number().check(z.int(), z.gte(5), z.lte(60)), 15),
  method: z._default(z.enum(SCHEDULING_METHODS), 'stream'),
  /** Most patients booked into one slot (1 = no double booking). */
  maxPerSlot: z._default(z.number().check(z.int(), z.gte(1), z.lte(6)), 1),
  blocked: z._default(z.array(BlockedTime).check(z.maxLength(20)), []),
  visitTypes: z.array(VisitType).check(z.minLength(1), z.maxLength(20)),
  /** Working days of the week the template applies to (1 Monday … 5 Friday by default). */
  workingWeekdays: z._default(z.array(z.number().check(z.int(), z.gte(0), z.lte(6))).check(z.minLength(1), z.maxLength(7)), [1, 2, 3, 4, 5]),
  /** Hours the template covers on future days (the appointment book). */
  opensAt: z._default(ClockTime, '08:00'),
  closesAt: z._default(ClockTime, '17:00'),
});

/** An appointment already in the book on a future day (so the trainee cannot book over it). */
export const BookedAppointment = z.strictObject({
  date: IsoDate,
  time: ClockTime,
  providerId: Id,
  visitTypeId: Id,
  patientLabel: Text(80),
});

/**
 * The rest of the appointment book, filled in from the scenario: on each future working day
 * a share of the free slots is already taken, `nearFill` on the next days falling in a
 * straight line to `farFill` `overDays` days ahead and staying there. Which slots are taken
 * is a pure function of the scenario (its id, `seed`, the provider, the date and the slot),
 * so every trainee, replay and grader sees the same book.
 */
export const AppointmentBookFill = z.strictObject({
  /** Share (0–1) of the free slots taken on the next working day. */
  nearFill: z.number().check(z.gte(0), z.lte(1)),
  /** Share (0–1) taken from `overDays` days ahead on. */
  farFill: z.number().check(z.gte(0), z.lte(1)),
  /** Days over which the share falls from `nearFill` to `farFill`. */
  overDays: z.number().check(z.int(), z.gte(1), z.lte(730)),
  /** Another seed draws other slots at the same shares. */
  seed: z.optional(z.number().check(z.int(), z.gte(0), z.lte(1_000_000))),
});

export const Provider = z.strictObject({
  id: Id,
  name: Text(80),
  credentials: z._default(Text(20), 'MD'),
  npi: z.string().check(z.regex(/^\d{10}$/, { message: 'expected a 10-digit NPI' })),
  specialty: z._default(Text(60), 'Family medicine'),
  template: AppointmentTemplate,
});

/** One storage unit and what its min/max log shows since the last reading. */
export const StorageUnit = z.strictObject({
  id: Id,
  kind: z.enum(STORAGE_UNIT_KINDS),
  label: Text(60),
  log: z.strictObject({ currentC: z.number(), minC: z.number(), maxC: z.number(), readAt: ClockTime }),
});

/** One vial (or prefilled syringe) in the clinic's stock. */
export const Vial = z.strictObject({
  id: Id,
  testId: Id,
  unitId: Id,
  manufacturer: Text(60),
  lot: Text(20),
  expires: IsoDate,
  /** A multi-dose vial: when it was first punctured and how many days the label allows after that. */
  multiDose: z.optional(z.strictObject({ openedOn: IsoDate, beyondUseDays: z.number().check(z.int(), z.gte(1), z.lte(60)) })),
  prefilledSyringe: z._default(z.boolean(), false),
});

/** The clinic's vaccine stock (absent: the game stocks an in-range refrigerator with one in-date single-dose vial per ordered vaccine). */
export const MedicationStock = z.strictObject({
  units: z.array(StorageUnit).check(z.minLength(1), z.maxLength(4)),
  vials: z.array(Vial).check(z.minLength(1), z.maxLength(60)),
});

export const Clinic = z.strictObject({
  name: Text(120),
  /**
   * The clinic's call-back number: what a voicemail, or a message left with someone the chart
   * does not name, gives beside the clinic's name (and nothing about the patient's care: the
   * minimum necessary, 45 CFR 164.502(b)). Required by scenario:check for a scenario with an
   * inbox; optional, so a scenario without one keeps its content hash. Synthetic: 555-555-01xx.
   */
  phone: z.optional(Phone),
  examRooms: z.number().check(z.int(), z.gte(1), z.lte(12)),
  /** Test ids the clinic can collect or run on site (entries of the test catalogue). */
  capabilities: z._default(z.array(Id).check(z.maxLength(60)), []),
  /** Payer ids the clinic is in network with. */
  payers: z._default(z.array(Id).check(z.maxLength(30)), []),
  billingNpi: z.string().check(z.regex(/^\d{10}$/, { message: 'expected a 10-digit NPI' })),
  taxId: z.string().check(z.regex(/^\d{2}-\d{7}$/, { message: 'expected a tax id as 12-3456789' })),
  placeOfService: z._default(z.string().check(z.regex(/^\d{2}$/, { message: 'expected a two-digit place-of-service code' })), '11'),
  /** The clinic's vaccine stock (absent: the game's default stock, `src/workflows/medication/stock.ts`). */
  medicationStock: z.optional(MedicationStock),
  /** The state immunisation registry the clinic reports to (absent: none). */
  immunizationRegistry: z.optional(Text(80)),
  /**
   * The clinic's policy on an appointment reminder left on voicemail or with someone else:
   * true lets it give the appointment's date and time as well as the clinic's name and
   * number (HHS FAQ 198 allows what is needed to confirm an appointment); absent or false,
   * only the name and number and a request to call back.
   */
  voicemailGivesAppointmentTime: z.optional(z.boolean()),
});

export const Day = z.strictObject({
  date: IsoDate,
  start: ClockTime,
  end: ClockTime,
  targetPatientsPerHour: z.number().check(z.gte(0.5), z.lte(30)),
  patience: z._default(
    z.strictObject({
      /** Minutes of waiting after which a patient complains. */
      complainAfterMinutes: z._default(z.number().check(z.int(), z.gte(1), z.lte(240)), 25),
      /** Minutes of waiting after which a patient leaves without being seen. */
      leaveAfterMinutes: z._default(z.number().check(z.int(), z.gte(1), z.lte(480)), 60),
    }),
    { complainAfterMinutes: 25, leaveAfterMinutes: 60 },
  ),
});

/** Something that happens during the day apart from patients arriving. */
export const PHONE_CALLER_KINDS = ['relative', 'patient', 'payer', 'pharmacy'] as const;
export const PHONE_REQUESTS = ['results', 'reschedule', 'cancel', 'confirm', 'general'] as const;

export const PhoneCall = z.strictObject({
  kind: z.literal('phone-call'),
  time: ClockTime,
  caller: z.enum(PHONE_CALLER_KINDS),
  callerName: Text(80),
  /** The patient the call is about. */
  patientId: Id,
  request: z.enum(PHONE_REQUESTS),
});

export const DayEvent = z.discriminatedUnion('kind', [PhoneCall]);

/**
 * A patient the inbox concerns who does not come in today: the chart the MA reads beside an
 * inbox item (who the patient is, how to reach them, and who else the chart lets the clinic
 * talk to). Patients who come in today are in `patients`; an item may concern either.
 */
export const Chart = z.strictObject({
  id: Id,
  name: PersonName,
  dateOfBirth: IsoDate,
  sex: z.enum(SEXES),
  phone: Phone,
  releaseOfInformation: z.optional(z.array(ReleaseOnFile).check(z.maxLength(10))),
  /** The language the patient prefers for health information (absent: English). */
  preferredLanguage: z.optional(z.enum(EDUCATION_LANGUAGES)),
  /** The chart's note of the patient's reading level (absent: none noted). */
  readingNeeds: z.optional(ReadingNeeds),
});

/** What the provider released a result note with: the instruction the MA carries out. */
export const RESULT_INSTRUCTIONS = ['tell-normal', 'book-visit', 'start-medication'] as const;
/** Who picks up when the MA calls about a result. */
export const CALL_ANSWERERS = ['patient', 'person', 'voicemail', 'no-answer'] as const;
/** A question the person on the call asks that only the provider may answer. */
export const CALL_QUESTIONS = ['interpret', 'dose-change'] as const;
/** An emergency the person on the call (or a portal message) describes. */
export const EMERGENCY_SYMPTOMS = ['chest-pain', 'stroke-signs', 'breathing'] as const;
/** What a portal message asks of the clinic. */
export const MESSAGE_CONCERNS = ['question-for-provider', 'admin', 'emergency'] as const;

/**
 * When a patient can come to a visit booked on the phone (a move on a confirmation call, a
 * visit booked from a result or a refill): not before or after a time of day, not on some
 * weekdays. A slot against it is answered "that doesn't work", and the MA chooses again.
 * Absent: any open slot suits.
 */
export const PatientAvailability = z.strictObject({
  notBefore: z.optional(ClockTime),
  notAfter: z.optional(ClockTime),
  notOn: z.optional(z.array(z.enum(WEEKDAY_NAMES))),
});

const InboxItemBase = {
  id: Id,
  /** When the item lands in the inbox (clinic clock). */
  arrives: ClockTime,
  /** When the clinic's policy wants it handled by. */
  due: ClockTime,
  /** The patient it concerns: one of `patients` or of `charts`. */
  patientId: Id,
};

/** Who picks up a call the MA places: the patient, a named person (with or without a release on file), voicemail, or nobody. */
const CallAnsweredBy = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('patient') }),
  z.strictObject({ kind: z.literal('person'), name: Text(80), relationship: Text(40) }),
  z.strictObject({ kind: z.literal('voicemail') }),
  z.strictObject({ kind: z.literal('no-answer') }),
]);

/** A result the provider has reviewed and released to the MA with an instruction. */
export const ResultNote = z.strictObject({
  ...InboxItemBase,
  kind: z.literal('result-note'),
  /** The provider who released it. */
  providerId: Id,
  /** The test and its value as the MA sees them ("Hemoglobin A1c", "5.4 %"). */
  test: Text(80),
  value: Text(40),
  instruction: z.enum(RESULT_INSTRUCTIONS),
  /** The provider's released words: all the MA may say about the result. */
  released: Text(300),
  /** For `book-visit`: the visit type to book with the provider. */
  visitTypeId: z.optional(Id),
  /**
   * For `start-medication`: the topic of the education material the provider's plan sends
   * through the portal (absent: the medicine the released words name, e.g. "metformin";
   * scenario:check requires one or the other).
   */
  educationTopic: z.optional(z.enum(EDUCATION_TOPICS)),
  /** Who answers the MA's call; `person` is `answeredBy.name`, with or without a release on file. */
  answeredBy: CallAnsweredBy,
  /** A question the person asks once told. */
  question: z.optional(z.enum(CALL_QUESTIONS)),
  /** An emergency the person describes on the call. */
  emergency: z.optional(z.enum(EMERGENCY_SYMPTOMS)),
  /** For `book-visit`: when the patient can come. */
  availability: z.optional(PatientAvailability),
});

/** A message the patient sent through the portal, for the MA to triage. */
export const PatientMessage = z.strictObject({
  ...InboxItemBase,
  kind: z.literal('patient-message'),
  subject: Text(80),
  text: Text(1000),
  concern: z.enum(MESSAGE_CONCERNS),
  /** For an `emergency`: what the patient describes. */
  symptom: z.optional(z.enum(EMERGENCY_SYMPTOMS)),
  /**
   * The clinic's approved answer the MA may write back themselves (office hours, a form, how
   * a record is sent, directions): never a reading of a result or medical advice. Absent: the
   * MA has no answer of the clinic's to give, and replying is judged as before.
   */
  reply: z.optional(Text(600)),
});

/** Who sent a refill request: the patient's pharmacy, or the patient. */
export const REFILL_REQUESTERS = ['pharmacy', 'patient'] as const;
/** How a refill request reached the clinic. */
export const REFILL_CHANNELS = ['portal', 'phone', 'electronic'] as const;
/** A controlled substance's schedule under the Controlled Substances Act (21 CFR 1308). */
export const DEA_SCHEDULES = ['II', 'III', 'IV', 'V'] as const;
/** What the provider decides about a refill request once it reaches them. */
export const REFILL_DECISIONS = ['approve', 'deny', 'needs-visit'] as const;
/** What a patient asks beyond the refill itself: only the provider may answer it. */
export const REFILL_ASKS = ['double-dose'] as const;

/**
 * A request to refill a prescription, from the pharmacy or the patient: the medication as
 * prescribed, the chart's facts the provider decides on (last visit, last relevant result,
 * the pharmacy), and what the provider decides once the MA routes it to them. Whether the
 * patient is overdue for a visit is this clinic's policy (`seenWithinMonths`), not a law.
 */
export const RefillRequest = z.strictObject({
  ...InboxItemBase,
  kind: z.literal('refill-request'),
  /** The prescriber the request goes to. */
  providerId: Id,
  requestedBy: z.enum(REFILL_REQUESTERS),
  channel: z.enum(REFILL_CHANNELS),
  medication: z.strictObject({
    name: Text(80),
    strength: Text(40),
    directions: Text(160),
    /** For a controlled substance: its schedule, when the prescription was issued, and its refills. */
    controlled: z.optional(
      z.strictObject({
        schedule: z.enum(DEA_SCHEDULES),
        issued: IsoDate,
        refillsAuthorized: z.number().check(z.int(), z.gte(0), z.lte(11)),
        refillsUsed: z.number().check(z.int(), z.gte(0), z.lte(11)),
      }),
    ),
  }),
  /** What the requester wrote or said, in their words. */
  message: Text(400),
  /** A question beyond the refill that only the provider may answer. */
  asks: z.optional(z.enum(REFILL_ASKS)),
  pharmacy: z.strictObject({ name: Text(80), phone: Phone }),
  /** The chart's last visit with the practice. */
  lastVisit: IsoDate,
  /** The clinic's policy: a patient on a long-term medication is seen at least this often (months). */
  seenWithinMonths: z._default(z.number().check(z.int(), z.gte(1), z.lte(36)), 12),
  /** The chart's last result relevant to the medication (A1c for metformin, a lipid panel for a statin); absent where none is. */
  lastResult: z.optional(z.strictObject({ test: Text(80), value: Text(40), date: IsoDate })),
  /** What the provider decides, how long after the MA routes the request the answer comes, and the words the MA may pass on. */
  decision: z.strictObject({
    kind: z.enum(REFILL_DECISIONS),
    afterMinutes: z.number().check(z.int(), z.gte(1), z.lte(240)),
    words: Text(300),
  }),
  /** The visit type to book for a patient overdue for a visit, or one the provider wants to see. */
  visitTypeId: z.optional(Id),
  /** When the patient can come to that visit. */
  availability: z.optional(PatientAvailability),
});


/** What a patient (or a person the chart lets act for them) wants done with tomorrow's appointment when called to confirm it. */
export const CONFIRMATION_WISHES = ['confirm', 'reschedule', 'cancel'] as const;

/**
 * One appointment on tomorrow's book to confirm by phone (the EHR's confirmation work list
 * holds one row per appointment, each with its own status and its own call note in that
 * patient's chart). The appointment is in the book from the start; a cancellation frees its
 * slot, a reschedule moves it.
 */
export const AppointmentConfirmation = z.strictObject({
  ...InboxItemBase,
  kind: z.literal('appointment-confirmation'),
  /** Tomorrow's appointment: a day after the scenario's, with one of the scenario's providers. */
  appointment: z.strictObject({ date: IsoDate, time: ClockTime, providerId: Id, visitTypeId: Id }),
  /** What the visit is for, as the chart has it (never said on a voicemail or to someone else). */
  reason: Text(80),
  /** Who answers the MA's call. */
  answeredBy: CallAnsweredBy,
  /** What the patient, or a person with a release on file, wants: required when one of them answers. */
  wants: z.optional(z.enum(CONFIRMATION_WISHES)),
  /** For `reschedule`: when the patient can come instead. */
  availability: z.optional(PatientAvailability),
});

/** One item of the day's inbox. */
export const InboxItem = z.discriminatedUnion('kind', [ResultNote, PatientMessage, RefillRequest, AppointmentConfirmation]);

export const TRAP_KINDS = [
  'dob-mismatch',
  'name-misspelled',
  'same-name',
  'inactive-coverage',
  'missing-authorization',
  'relative-calling',
  'changed-demographics',
  'member-id-mismatch',
  'critical-vital',
  'unrecorded-allergy',
  'expired-vial',
  'storage-excursion',
  'component-allergy',
  'order-not-signed',
  'post-vaccine-syncope',
  'anaphylaxis-sign',
  'ecg-artefact',
  'urgent-tracing',
  'limb-lead-reversal',
] as const;

/** A trap the instructor planted, named so the loader can check it is really set up. */
export const Trap = z.strictObject({
  kind: z.enum(TRAP_KINDS),
  patientId: Id,
  note: z.optional(Text(300)),
});

export const Scoring = z.strictObject({
  weights: z._default(
    z.strictObject({ accuracy: z.number().check(z.gte(0), z.lte(1)), throughput: z.number().check(z.gte(0), z.lte(1)) }),
    { accuracy: 0.7, throughput: 0.3 },
  ),
  severityWeights: z._default(
    z.strictObject({ critical: z.number().check(z.gte(0)), major: z.number().check(z.gte(0)), minor: z.number().check(z.gte(0)) }),
    { critical: 10, major: 3, minor: 1 },
  ),
  /** Total below which the day is not passed (any critical finding fails it regardless). */
  passMark: z._default(z.number().check(z.gte(0), z.lte(100)), 70),
  /**
   * Share of the day's patients (those who came and were not sent home with another
   * appointment) whose visits must be finished, claim included, for the day to pass,
   * whatever the total. 1 (the default): every visit. At least 0.5: a day with half or more
   * of its work left undone never passes, and neither, in any scenario, does a day with no
   * visit finished.
   */
  requiredCompletion: z._default(z.number().check(z.gte(0.5, { message: 'must be at least 0.5: a day with most of its work undone cannot pass' }), z.lte(1)), 1),
});

/** Real seconds per clinic minute on the floor at 1×, unless a scenario sets its own. */
export const DEFAULT_SECONDS_PER_MINUTE = 10;

export const Timer = z.strictObject({
  /** Off: the clock stops between actions (untimed practice, WCAG 2.2.1). */
  enabled: z._default(z.boolean(), true),
  /**
   * Real seconds per simulated minute at 1× speed, counted only while the trainee is on the
   * floor deciding what to do next (inside a station the clock moves by the actions' own
   * minutes). The default, 10, lets a diligent new trainee finish the default morning in
   * 15–30 real minutes (the README's "Time" section has the calculation).
   */
  secondsPerMinute: z._default(z.number().check(z.gte(0.25), z.lte(60)), DEFAULT_SECONDS_PER_MINUTE),
  /** Whether the trainee may change mode and timer (false when an instructor locks them). */
  locked: z._default(z.boolean(), false),
});

export const NoviceRates = z.strictObject({
  /** Chance (0–1) that the novice makes a given typical mistake where the chance arises. */
  mistakeRate: z._default(z.number().check(z.gte(0), z.lte(1)), 0.35),
});

export const InstructorNotes = z.strictObject({
  objectives: z._default(z.array(Text(300)).check(z.maxLength(20)), []),
  competencies: z._default(z.array(Id).check(z.maxLength(20)), []),
  difficulty: z._default(z.enum(['introductory', 'intermediate', 'advanced']), 'intermediate'),
  notes: z.optional(Text(4000)),
});

/** Every switch on: each workflow runs unless the scenario turns it off. */
const ALL_WORKFLOWS_ON = Object.fromEntries(WORKFLOW_SWITCHES.map((name) => [name, true])) as Record<WorkflowName, true>;

const WorkflowsEnabled = z._default(
  z.strictObject(Object.fromEntries(WORKFLOW_SWITCHES.map((name) => [name, z._default(z.boolean(), true)])) as Record<WorkflowName, z.ZodMiniDefault<z.ZodMiniBoolean>>),
  ALL_WORKFLOWS_ON,
);

/** One clinic day as the instructor wrote it. */
export const ScenarioSchema = z.strictObject({
  schemaVersion: z.literal(SCENARIO_SCHEMA_VERSION, { message: `expected schemaVersion ${SCENARIO_SCHEMA_VERSION}` }),
  id: Id,
  title: Text(120),
  description: Text(600),
  clinic: Clinic,
  providers: z.array(Provider).check(z.minLength(1), z.maxLength(8)),
  day: Day,
  mode: z._default(z.enum(MODES), 'practice'),
  timer: z._default(Timer, { enabled: true, secondsPerMinute: DEFAULT_SECONDS_PER_MINUTE, locked: false }),
  hints: z._default(z.boolean(), false),
  workflows: WorkflowsEnabled,
  scoring: z._default(Scoring, {
    weights: { accuracy: 0.7, throughput: 0.3 },
    severityWeights: { critical: 10, major: 3, minor: 1 },
    passMark: 70,
    requiredCompletion: 1,
  }),
  novice: z._default(NoviceRates, { mistakeRate: 0.35 }),
  patients: z.array(Patient).check(z.minLength(1), z.maxLength(60)),
  events: z._default(z.array(DayEvent).check(z.maxLength(60)), []),
  traps: z._default(z.array(Trap).check(z.maxLength(60)), []),
  /** The day's inbox (absent: none, and the scenario keeps the content hash it had before inboxes existed). */
  inbox: z.optional(z.array(InboxItem).check(z.maxLength(60))),
  /** Charts of patients the inbox concerns who do not come in today. */
  charts: z.optional(z.array(Chart).check(z.maxLength(60))),
  appointmentBook: z._default(z.array(BookedAppointment).check(z.maxLength(500)), []),
  /** The existing bookings filled in around `appointmentBook` (absent: only those are taken). */
  appointmentBookFill: z.optional(AppointmentBookFill),
  instructor: z._default(InstructorNotes, { objectives: [], competencies: [], difficulty: 'intermediate' }),
});

/** A scenario as written (before defaults are applied). */
export type ScenarioInput = z.input<typeof ScenarioSchema>;
/** A validated scenario: trusted inside the game. */
export type Scenario = z.output<typeof ScenarioSchema>;
export type ScenarioPatient = Scenario['patients'][number];
export type ScenarioProvider = Scenario['providers'][number];
export type ScenarioCoverage = z.output<typeof Coverage>;
export type ScenarioVitals = z.output<typeof VitalsTruth>;
export type ScenarioPhoneCall = z.output<typeof PhoneCall>;
export type ScenarioReleaseOnFile = z.output<typeof ReleaseOnFile>;
export type ReleaseBasis = (typeof RELEASE_BASES)[number];
export type ScenarioDayEvent = z.output<typeof DayEvent>;
export type ScenarioInboxItem = z.output<typeof InboxItem>;
export type ScenarioResultNote = z.output<typeof ResultNote>;
export type ScenarioPatientMessage = z.output<typeof PatientMessage>;
export type ScenarioPatientAvailability = z.output<typeof PatientAvailability>;
export type ScenarioRefillRequest = z.output<typeof RefillRequest>;
export type RefillDecision = (typeof REFILL_DECISIONS)[number];
export type DeaSchedule = (typeof DEA_SCHEDULES)[number];
export type ScenarioAppointmentConfirmation = z.output<typeof AppointmentConfirmation>;
export type ScenarioChart = z.output<typeof Chart>;
export type EmergencySymptom = (typeof EMERGENCY_SYMPTOMS)[number];
export type Sex = (typeof SEXES)[number];
export type PlanType = (typeof PLAN_TYPES)[number];
export type CoverageStatus = (typeof COVERAGE_STATUSES)[number];
export type InactiveCoverageChoice = (typeof INACTIVE_COVERAGE_CHOICES)[number];
export type Mode = (typeof MODES)[number];
export type WorkflowName = (typeof WORKFLOW_SWITCHES)[number];
export type SchedulingMethod = (typeof SCHEDULING_METHODS)[number];
export type TrapKind = (typeof TRAP_KINDS)[number];
/** How an ECG order plays out, defaults applied. */
export type ScenarioOrderEcg = z.output<typeof OrderEcg>;
/** The education a provider's plan gives a patient. */
export type ScenarioPatientEducation = z.output<typeof PatientEducation>;
export type MdmElementLevel = (typeof MDM_ELEMENT_LEVELS)[number];
