/**
 * Cross-field checks of a scenario: what the structural schema cannot see alone (references
 * between parts, times against the day and the template, codes against the reference data on
 * the scenario's date, traps that are named but not actually set up).
 *
 * The checks run on a `CheckableScenario`: each section (and each list entry) that passed the
 * structural schema on its own, with defaults applied; a part that failed is `undefined` and
 * is skipped. So the loader reports structural and cross-field problems in one pass, and a
 * check never guesses about a part it could not read. A lookup in a list with an unreadable
 * entry ("no provider with id x") is only reported when the list is complete, so a typo in
 * one provider does not also flag every patient booked with them.
 *
 * Pure functions: no I/O, no clock. Each problem carries the data path it is about; the
 * loader turns paths into file lines.
 */
import { FLACC_ITEM_IDS, flaccTotal } from '../reference/vitals/flacc';
import type { z } from './zod';
import { BookedAppointment, Clinic, Day, DayEvent, Patient, Provider, ScenarioSchema, type StorageUnit, Trap, type Scenario, type ScenarioVitals, type Vial } from './scenario.schema';
import { formatMinutesOfDay, minutesOfDay } from './clock-time';
import { templateSlotProblem, WEEKDAY_NAMES, weekdayOf, type BookEntry, type SlotProblem } from './appointment-template';
import {
  ageInYears,
  assessVitalSigns,
  COMPETENCY_IDS,
  CRITICAL_VITAL_THRESHOLDS,
  findPayer,
  ICD10CM_CODES,
  icd10Entry,
  isIcd10ValidOn,
  preventiveVisitCode,
  TESTS,
} from '../reference';
import { displayName } from '../domain/patient';
import { billedCodesOf, type BilledOrder, givenAtMedicationStation, TEST_IDS, type TestId } from '../reference/tests';
import { allergyConflicts, storageExcursion, vialUnusable } from '../reference/immunization';
import { ECG_RHYTHMS } from '../reference/ecg/terms';
import { type CheckableInbox, checkInbox, toCheckableInbox } from './inbox-checks';
import { RED_FLAGS, redFlagsInWords } from '../reference/red-flag-symptoms';
import { EDUCATION_TOPIC_INFO, suitableMaterials, suitableReadingGrade } from '../reference/education/materials';
import { LANGUAGE_NAMES } from '../reference/education/terms';

type ClinicValue = z.output<typeof Clinic>;
type DayValue = z.output<typeof Day>;
type ProviderValue = z.output<typeof Provider>;
type PatientValue = z.output<typeof Patient>;
type DayEventValue = z.output<typeof DayEvent>;
type TrapValue = z.output<typeof Trap>;
/**
 * A patient as far as it could be read: every field that passed the schema on its own (with
 * defaults applied); `unreadable` names the fields that are present but failed.
 */
export type CheckablePatient = Partial<PatientValue> & { readonly unreadable?: ReadonlySet<string> };
type BookedValue = z.output<typeof BookedAppointment>;
type ScoringValue = Scenario['scoring'];
type InstructorValue = Scenario['instructor'];

/** A problem found by a cross-field check, at a path into the scenario data. */
export interface ScenarioCheckProblem {
  path: Array<string | number>;
  message: string;
}

/**
 * The parts of a scenario the checks read. `undefined` stands for a part that is missing or
 * failed the structural schema; a validated `Scenario` is a `CheckableScenario` as it is.
 */
export interface CheckableScenario extends CheckableInbox {
  clinic: ClinicValue | undefined;
  day: DayValue | undefined;
  providers: ReadonlyArray<ProviderValue | undefined>;
  patients: ReadonlyArray<CheckablePatient | undefined>;
  events: ReadonlyArray<DayEventValue | undefined>;
  traps: ReadonlyArray<TrapValue | undefined>;
  appointmentBook: ReadonlyArray<BookedValue | undefined>;
  scoring: ScoringValue | undefined;
  instructor: InstructorValue | undefined;
}

/** How an ICD-10-CM code stands on a given date; `moreSpecific` lists codes to use instead. */
export type DiagnosisStatus =
  | { status: 'valid' }
  | { status: 'unknown' }
  | { status: 'not-yet-effective'; effectiveFrom: string | undefined; moreSpecific?: readonly string[] | undefined }
  | { status: 'deleted'; effectiveTo: string | undefined; moreSpecific?: readonly string[] | undefined }
  | { status: 'not-billable'; moreSpecific?: readonly string[] | undefined };

/**
 * What the checks need from the clinical and billing reference. The default implementation
 * (`scenario-reference.ts`) reads `src/reference`; tests may pass a small double.
 */
export interface ScenarioReference {
  /** The catalogue entry for an orderable test id, or undefined when the catalogue has none. */
  findTest(testId: string): { name: string } | undefined;
  /** Whether an ICD-10-CM code is known and valid on `date` (`YYYY-MM-DD`). */
  diagnosisStatus(code: string, date: string): DiagnosisStatus;
  /** Who a code is meant for (ages in completed years, sexes), where the code set says. */
  diagnosisLimits(code: string, date: string): { ageRange?: { minYears?: number; maxYears?: number } | undefined; sexes?: readonly string[] | undefined } | undefined;
  /** The payer with this id, or undefined. */
  findPayer(payerId: string): { name: string; planType: string } | undefined;
  /**
   * Whether anything ordered in the visit needs prior authorisation from the payer.
   * `undefined` when the reference cannot tell.
   */
  needsAuthorization(payerId: string, visit: { orders: readonly BilledOrder[]; planType: string }): boolean | undefined;
  /** Whether a competency id is in the competency spine. */
  isCompetency(id: string): boolean;
  /** Descriptions of the vital signs in the critical (report at once) range for this patient on a date; empty if none. */
  criticalVitals(vitals: ScenarioVitals, patient: { dateOfBirth: string; onDate: string }): string[];
}

const SECTION_SCHEMAS = {
  providers: Provider,
  patients: Patient,
  events: DayEvent,
  traps: Trap,
  appointmentBook: BookedAppointment,
} as const;

/** The value if it passes `schema` on its own, else undefined. */
function section<S extends z.ZodMiniType>(schema: S, value: unknown): z.output<S> | undefined {
  const result = schema.safeParse(value);
  return result.success ? result.data : undefined;
}

/**
 * Reads the structurally valid parts of raw scenario data (as parsed from YAML) into a
 * `CheckableScenario`: each section, and each list entry, validated on its own.
 */
export function toCheckableScenario(data: unknown): CheckableScenario {
  const raw = data !== null && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
  const list = <K extends keyof typeof SECTION_SCHEMAS>(key: K): Array<z.output<(typeof SECTION_SCHEMAS)[K]> | undefined> => {
    const whole = ScenarioSchema.shape[key].safeParse(raw[key]);
    if (whole.success) return [...(whole.data as Array<z.output<(typeof SECTION_SCHEMAS)[K]>>)];
    const value = raw[key];
    // A list that is not a list at all: one hole marks it incomplete.
    if (!Array.isArray(value)) return [undefined];
    return value.map((entry) => section(SECTION_SCHEMAS[key], entry) as z.output<(typeof SECTION_SCHEMAS)[K]> | undefined);
  };
  const patients = (() => {
    const value = raw['patients'];
    if (!Array.isArray(value)) return list('patients');
    // Patients are salvaged field by field, so one wrong field does not hide a duplicate MRN.
    return value.map((entry): CheckablePatient | undefined => {
      const whole = Patient.safeParse(entry);
      if (whole.success) return whole.data;
      if (entry === null || typeof entry !== 'object' || Array.isArray(entry)) return undefined;
      const fields: Record<string, unknown> = {};
      const unreadable = new Set<string>();
      for (const [key, schema] of Object.entries(Patient.shape)) {
        const field = (schema as z.ZodMiniType).safeParse((entry as Record<string, unknown>)[key]);
        if (field.success) {
          if (field.data !== undefined) fields[key] = field.data;
        } else unreadable.add(key);
      }
      return { ...(fields as Partial<PatientValue>), unreadable };
    });
  })();
  return {
    clinic: section(Clinic, raw['clinic']),
    day: section(Day, raw['day']),
    scoring: section(ScenarioSchema.shape.scoring, raw['scoring']),
    instructor: section(ScenarioSchema.shape.instructor, raw['instructor']),
    providers: list('providers'),
    patients,
    events: list('events'),
    traps: list('traps'),
    appointmentBook: list('appointmentBook'),
    ...toCheckableInbox(raw),
  };
}

/**
 * Runs every cross-field check; returns the problems found (empty when consistent). Never
 * throws: a check that fails on some entry is reported as a problem at that entry (see
 * `guarded`), and every other check, and every other entry, is still checked.
 */
export function checkScenario(scenario: CheckableScenario, reference: ScenarioReference = defaultScenarioReference): ScenarioCheckProblem[] {
  const problems: ScenarioCheckProblem[] = [];
  const report = (path: Array<string | number>, message: string) => problems.push({ path, message });
  const context = new Context(scenario, reference);
  guarded('day', ['day'], report, () => checkDay(context, report));
  guarded('clinic', ['clinic'], report, () => checkClinic(context, report));
  checkProviders(context, report);
  checkPatients(context, report);
  checkEvents(context, report);
  checkTraps(context, report);
  checkAppointmentBook(context, report);
  checkBookedAgainstTemplate(context, report);
  guarded('scoring', ['scoring'], report, () => checkScoring(context, report));
  guarded('vaccines', ['clinic', 'medicationStock'], report, () => checkVaccines(scenario, report));
  guarded('ECG orders', ['patients'], report, () => checkEcgOrders(scenario, report));
  guarded('inbox', ['inbox'], report, () => checkInbox(scenario, report));
  guarded('red flags', ['patients'], report, () => checkRedFlags(scenario, report));
  guarded('complaint words', ['patients'], report, () => checkComplaintWords(scenario, report));
  guarded('education', ['patients'], report, () => checkEducation(scenario, report));
  guarded('competencies', ['instructor', 'competencies'], report, () =>
    scenario.instructor?.competencies.forEach((id, i) => {
      if (!reference.isCompetency(id)) report(['instructor', 'competencies', i], `competency "${id}" is not in the competency list`);
    }),
  );
  return problems;
}

type Report = (path: Array<string | number>, message: string) => void;

/**
 * Runs one check of one part of the scenario. A check that throws (data no check foresaw, or
 * a fault in the checker) becomes a problem at that part, naming the check and the error, and
 * the checks after it still run: one odd entry never hides the rest of the file's problems.
 */
function guarded(name: string, path: Array<string | number>, report: Report, check: () => void): void {
  try {
    check();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    report(
      path,
      `the "${name}" check stopped with an error (${message}); the rest of the file was still checked. Look here for a value out of the ordinary; if it looks right, report this message with the file`,
    );
  }
}

/** Lookups shared by the checks. */
class Context {
  readonly providersComplete: boolean;
  readonly patientsComplete: boolean;
  readonly providerById = new Map<string, ProviderValue>();
  readonly patientById = new Map<string, CheckablePatient>();

  constructor(
    readonly scenario: CheckableScenario,
    readonly reference: ScenarioReference,
  ) {
    this.providersComplete = scenario.providers.every((p) => p !== undefined);
    this.patientsComplete = scenario.patients.every((p) => p?.id !== undefined);
    for (const provider of scenario.providers) if (provider && !this.providerById.has(provider.id)) this.providerById.set(provider.id, provider);
    for (const patient of scenario.patients) if (patient?.id !== undefined && !this.patientById.has(patient.id)) this.patientById.set(patient.id, patient);
  }

  /** The day's opening hours in minutes, when the day is readable and consistent. */
  get dayWindow(): { start: number; end: number } | undefined {
    const day = this.scenario.day;
    if (!day) return undefined;
    const start = minutesOfDay(day.start);
    const end = minutesOfDay(day.end);
    return end > start ? { start, end } : undefined;
  }

  /** The provider with this id; reports a missing one only when the provider list is complete. */
  provider(id: string, path: Array<string | number>, report: Report): ProviderValue | undefined {
    const provider = this.providerById.get(id);
    if (!provider && this.providersComplete) {
      report(path, `no provider with id "${id}" (providers: ${[...this.providerById.keys()].join(', ') || 'none'})`);
    }
    return provider;
  }

  patient(id: string, path: Array<string | number>, report: Report): CheckablePatient | undefined {
    const patient = this.patientById.get(id);
    if (!patient && this.patientsComplete) report(path, `no patient with id "${id}"`);
    return patient;
  }
}

function checkDay({ scenario }: Context, report: Report): void {
  const day = scenario.day;
  if (!day) return;
  if (minutesOfDay(day.end) <= minutesOfDay(day.start)) {
    report(['day', 'end'], `the day must end after it starts (${day.start}–${day.end})`);
  }
  if (day.patience.leaveAfterMinutes <= day.patience.complainAfterMinutes) {
    report(
      ['day', 'patience', 'leaveAfterMinutes'],
      `patients must leave later than they complain: leaveAfterMinutes (${day.patience.leaveAfterMinutes}) must be greater than complainAfterMinutes (${day.patience.complainAfterMinutes})`,
    );
  }
}

function checkClinic({ scenario, reference }: Context, report: Report): void {
  const clinic = scenario.clinic;
  if (!clinic) return;
  clinic.capabilities.forEach((testId, i) => {
    if (!reference.findTest(testId)) report(['clinic', 'capabilities', i], `test "${testId}" is not in the test catalogue`);
  });
  clinic.payers.forEach((payerId, i) => {
    if (!reference.findPayer(payerId)) report(['clinic', 'payers', i], `payer "${payerId}" is not in the reference payers`);
  });
  reportDuplicates(clinic.capabilities, (i, first) => report(['clinic', 'capabilities', i], `test "${clinic.capabilities[i]}" is listed twice (also capabilities[${first}])`));
  reportDuplicates(clinic.payers, (i, first) => report(['clinic', 'payers', i], `payer "${clinic.payers[i]}" is listed twice (also payers[${first}])`));
  if (!isValidNpi(clinic.billingNpi)) report(['clinic', 'billingNpi'], npiMessage(clinic.billingNpi));
}

function checkProviders({ scenario }: Context, report: Report): void {
  const ids = scenario.providers.map((p) => p?.id);
  reportDuplicates(ids, (i, first) => report(['providers', i, 'id'], `duplicate provider id "${ids[i]}" (also providers[${first}])`));
  // Each provider is checked on its own: a check that fails on one provider still checks the others.
  const checkProvider = (provider: ProviderValue, p: number): void => {
    const at = (...rest: Array<string | number>) => ['providers', p, ...rest];
    if (!isValidNpi(provider.npi)) report(at('npi'), npiMessage(provider.npi));
    const template = provider.template;
    const visitIds = template.visitTypes.map((v) => v.id);
    reportDuplicates(visitIds, (i, first) => report(at('template', 'visitTypes', i, 'id'), `duplicate visit type id "${visitIds[i]}" (also visitTypes[${first}])`));
    if (minutesOfDay(template.closesAt) <= minutesOfDay(template.opensAt)) {
      report(at('template', 'closesAt'), `the template must close after it opens (${template.opensAt}–${template.closesAt})`);
    }
    template.blocked.forEach((block, b) => {
      if (minutesOfDay(block.end) <= minutesOfDay(block.start)) {
        report(at('template', 'blocked', b, 'end'), `blocked time must end after it starts (${block.start}–${block.end})`);
      }
    });
    const day = scenario.day;
    if (day && isRealDate(day.date)) {
      const weekday = weekdayOf(day.date);
      if (!template.workingWeekdays.includes(weekday)) {
        report(at('template', 'workingWeekdays'), `the day (${day.date}) is a ${WEEKDAY_NAMES[weekday]}, which is not one of ${provider.id}'s working days`);
      }
    }
  };
  scenario.providers.forEach((provider, p) => {
    if (provider) guarded('provider', ['providers', p], report, () => checkProvider(provider, p));
  });
}

function checkPatients(context: Context, report: Report): void {
  const { scenario, reference } = context;
  const ids = scenario.patients.map((p) => p?.id);
  reportDuplicates(ids, (i, first) => report(['patients', i, 'id'], `duplicate patient id "${ids[i]}" (also patients[${first}])`));
  const mrns = scenario.patients.map((p) => p?.mrn);
  reportDuplicates(mrns, (i, first) => report(['patients', i, 'mrn'], `duplicate MRN "${mrns[i]}" (also patients[${first}].mrn)`));

  const hours = context.dayWindow;
  const date = scenario.day?.date;
  const slotUse = new Map<string, number[]>();

  // Each patient is checked on its own: a check that fails on one patient still checks the others.
  const checkPatient = (patient: CheckablePatient, i: number): void => {
    const at = (...rest: Array<string | number>) => ['patients', i, ...rest];
    const arrival = patient.arrival;
    const flacc = patient.vitals?.flacc;
    // The FLACC items are the pain score; a painScore left out reads as 0, so only a written, different number disagrees.
    if (flacc && patient.vitals && patient.vitals.painScore !== 0 && patient.vitals.painScore !== flaccTotal(flacc)) {
      report(
        at('vitals', 'painScore'),
        `painScore ${patient.vitals.painScore} disagrees with the FLACC items, which add up to ${flaccTotal(flacc)} (${FLACC_ITEM_IDS.map((id) => `${id} ${flacc[id]}`).join(' + ')}): the FLACC total is the sum of its items; leave painScore out or make it ${flaccTotal(flacc)}`,
      );
    }
    if (date && isRealDate(date) && patient.dateOfBirth !== undefined && patient.dateOfBirth > date) {
      report(at('dateOfBirth'), `born ${patient.dateOfBirth}, after the scenario's day (${date}); a patient is born on or before day.date: check the year`);
    }
    // Ages are only asked for on or after the birth date; a birth after the day is reported above instead.
    const bornByTheDay = date !== undefined && isRealDate(date) && patient.dateOfBirth !== undefined && patient.dateOfBirth <= date;
    if (patient.address) checkAddress(patient.address, at('address'), report);
    if (patient.changedSinceLastVisit?.address) checkAddress(patient.changedSinceLastVisit.address, at('changedSinceLastVisit', 'address'), report);

    let provider: ProviderValue | undefined;
    let visitType: ProviderValue['template']['visitTypes'][number] | undefined;
    if (arrival) {
      const time = minutesOfDay(arrival.time);
      if (hours && (time < hours.start || time >= hours.end)) {
        const what = arrival.kind === 'scheduled' ? 'appointment' : 'walk-in arrival';
        report(at('arrival', 'time'), `${what} at ${arrival.time} is outside the day (${scenario.day!.start}–${scenario.day!.end})`);
      }

      provider = context.provider(arrival.providerId, at('arrival', 'providerId'), report);
      visitType = provider?.template.visitTypes.find((v) => v.id === arrival.visitTypeId);
      if (provider && !visitType) {
        report(at('arrival', 'visitTypeId'), `visit type "${arrival.visitTypeId}" is not in ${provider.id}'s template (${provider.template.visitTypes.map((v) => v.id).join(', ')})`);
      }

      if (provider && arrival.kind === 'scheduled') {
        const template = provider.template;
        const opens = minutesOfDay(template.opensAt);
        if ((time - opens) % template.slotMinutes !== 0) {
          report(
            at('arrival', 'time'),
            `appointment at ${arrival.time} is not on ${provider.id}'s ${template.slotMinutes}-minute slot grid (${formatMinutesOfDay(opens)}, ${formatMinutesOfDay(opens + template.slotMinutes)}, …)`,
          );
        }
        const block = template.blocked.find((b) => time >= minutesOfDay(b.start) && time < minutesOfDay(b.end));
        if (block) report(at('arrival', 'time'), `appointment at ${arrival.time} falls in blocked time ${block.start}–${block.end} (${block.reason})`);
        const slotKey = `${provider.id} ${arrival.time}`;
        const others = slotUse.get(slotKey) ?? [];
        if (others.length >= template.maxPerSlot) {
          report(
            at('arrival', 'time'),
            `${provider.id}'s ${arrival.time} slot is already full (patients[${others.join('], patients[')}]); the template allows ${template.maxPerSlot} per slot`,
          );
        }
        slotUse.set(slotKey, [...others, i]);
      }
    }

    // New and established patients: the visit type and the E/M code family must agree.
    if (visitType && patient.newPatient !== undefined) {
      if (visitType.newPatient && !patient.newPatient) {
        report(at('arrival', 'visitTypeId'), `an established patient (newPatient: false) is booked on "${visitType.id}", a visit type for new patients`);
      } else if (!visitType.newPatient && patient.newPatient) {
        report(at('arrival', 'visitTypeId'), `a new patient (newPatient: true) is booked on "${visitType.id}", a visit type for established patients`);
      }
    }
    if (patient.newPatient && patient.changedSinceLastVisit) {
      report(at('changedSinceLastVisit'), 'a new patient has no last visit; changedSinceLastVisit does not apply');
    }
    if (patient.note?.totalMinutes !== undefined && patient.visitMinutes !== undefined && patient.note.totalMinutes < patient.visitMinutes) {
      report(
        at('note', 'totalMinutes'),
        `total time on the day (${patient.note.totalMinutes} min) cannot be less than the minutes with the provider (visitMinutes: ${patient.visitMinutes})`,
      );
    }

    const followUp = patient.followUp;
    if (followUp && provider) {
      const followType = provider.template.visitTypes.find((v) => v.id === followUp.visitTypeId);
      if (!followType) {
        report(at('followUp', 'visitTypeId'), `${provider.id} does not offer visit type "${followUp.visitTypeId}" (${provider.template.visitTypes.map((v) => v.id).join(', ')})`);
      } else if (followType.newPatient) {
        report(at('followUp', 'visitTypeId'), `"${followType.id}" is a visit type for new patients, but after today's visit the patient is established`);
      }
      const bookable = provider.template.workingWeekdays.filter((d) => !followUp.unavailableWeekdays.includes(d));
      if (bookable.length === 0) {
        report(at('followUp', 'unavailableWeekdays'), `the patient is unavailable on every day ${provider.id} works, so the follow-up cannot be booked`);
      }
    }

    (patient.orders ?? []).forEach((order, j) => {
      if (!reference.findTest(order.testId)) {
        report(at('orders', j, 'testId'), `test "${order.testId}" is not in the test catalogue`);
      } else if (scenario.clinic && !scenario.clinic.capabilities.includes(order.testId)) {
        report(at('orders', j, 'testId'), `order for a test the clinic cannot run: "${order.testId}" is not in clinic.capabilities`);
      }
    });

    checkOrderDiagnoses(context, patient, i, report);

    const diagnoses = patient.note?.diagnoses ?? [];
    if (date && isRealDate(date)) {
      diagnoses.forEach((code, j) => {
        const message = diagnosisMessage(code, date, reference.diagnosisStatus(code, date));
        if (message) report(at('note', 'diagnoses', j), message);
      });
      const age = bornByTheDay && patient.dateOfBirth !== undefined ? ageInYears(patient.dateOfBirth, date) : undefined;
      diagnoses.forEach((code, j) => {
        const limits = reference.diagnosisLimits(code, date);
        const range = limits?.ageRange;
        if (range && age !== undefined && ((range.minYears !== undefined && age < range.minYears) || (range.maxYears !== undefined && age > range.maxYears))) {
          const span = range.maxYears === undefined ? `${range.minYears} and over` : range.minYears === undefined ? `up to ${range.maxYears}` : `${range.minYears}–${range.maxYears}`;
          report(at('note', 'diagnoses', j), `${code} is meant for patients aged ${span}; this patient is ${age}`);
        }
        if (limits?.sexes && limits.sexes.length > 0 && patient.sex !== undefined && patient.sex !== 'unknown' && !limits.sexes.includes(patient.sex)) {
          report(at('note', 'diagnoses', j), `${code} is meant for ${limits.sexes.join(' or ')} patients; this patient is ${patient.sex}`);
        }
      });
    }
    reportDuplicates(diagnoses, (j, first) => report(at('note', 'diagnoses', j), `diagnosis ${diagnoses[j]} is listed twice (also diagnoses[${first}])`));

    // A preventive visit must be billable: for Medicare, the patient's history must make one wellness code due today.
    if (patient.note?.preventiveVisit === true && date && isRealDate(date) && patient.dateOfBirth !== undefined) {
      if (bornByTheDay) {
        const medicare = patient.coverage?.payerId === 'medicare-b';
        const decision = preventiveVisitCode({ dateOfBirth: patient.dateOfBirth, newPatient: patient.newPatient ?? false, preventiveHistory: patient.preventiveHistory }, date, medicare);
        if (decision.code === null) report(at('preventiveHistory'), `the note documents a preventive visit, but Medicare pays for none today: ${decision.reason}`);
      }
      if (!diagnoses.some((code) => code.startsWith('Z00'))) report(at('note', 'diagnoses'), 'a preventive visit is coded with its general-examination diagnosis (Z00.00/Z00.01 for adults, Z00.121/Z00.129 for children)');
    }
    if (patient.preventiveHistory) {
      for (const key of ['medicarePartBSince', 'welcomeToMedicareVisit', 'lastAnnualWellnessVisit'] as const) {
        const when = patient.preventiveHistory[key];
        if (when !== undefined && date && when >= date) report(at('preventiveHistory', key), `${key} (${when}) must be before the scenario's day (${date})`);
      }
    }

    const coverage = patient.coverage;
    if (coverage) {
      const payer = reference.findPayer(coverage.payerId);
      if (!payer) {
        report(at('coverage', 'payerId'), `payer "${coverage.payerId}" is not in the reference payers`);
      } else if (payer.planType !== coverage.planType) {
        report(at('coverage', 'planType'), `payer "${coverage.payerId}" is a ${payer.planType} plan, not ${coverage.planType}`);
      }
      if (payer && scenario.clinic && !scenario.clinic.payers.includes(coverage.payerId)) {
        report(at('coverage', 'payerId'), `payer "${coverage.payerId}" is not one of the clinic's payers (clinic.payers: ${scenario.clinic.payers.join(', ') || 'none'})`);
      }
      if (coverage.inactiveChoice !== undefined && coverage.status === 'active') {
        report(at('coverage', 'inactiveChoice'), 'inactiveChoice is what the patient does when told the coverage is not active; this coverage.status is active');
      }
    }
  };
  scenario.patients.forEach((patient, i) => {
    if (patient) guarded('patient', ['patients', i], report, () => checkPatient(patient, i));
  });
}

/**
 * The diagnoses an order names (its claim line's pointers). The claim points only at the
 * note's diagnoses, and building it drops an order's code the note does not list; so each
 * must be one of the note's, and like them valid on the scenario's date. A code the note
 * lists is checked there, once.
 */
function checkOrderDiagnoses({ scenario, reference }: Context, patient: CheckablePatient, i: number, report: Report): void {
  const date = scenario.day?.date;
  const onNote = patient.note?.diagnoses;
  const noteList = onNote ? ` (${onNote.join(', ')})` : '';
  (patient.orders ?? []).forEach((order, j) => {
    order.diagnoses.forEach((code, k) => {
      if (onNote?.includes(code)) return;
      const at = ['patients', i, 'orders', j, 'diagnoses', k];
      const invalid = date && isRealDate(date) ? diagnosisMessage(code, date, reference.diagnosisStatus(code, date)) : undefined;
      if (invalid) {
        report(at, `${invalid}; an order names codes from the note's diagnoses${noteList}, each valid on the scenario's day`);
      } else if (onNote) {
        report(
          at,
          `the order for "${order.testId}" names ${code}, which is not among the note's diagnoses${noteList}: the claim points only at the note's diagnoses, so it would be dropped; add ${code} to note.diagnoses or name one of the note's codes`,
        );
      }
    });
  });
}

function checkEvents(context: Context, report: Report): void {
  const hours = context.dayWindow;
  context.scenario.events.forEach((event, e) => {
    if (!event) return;
    guarded('event', ['events', e], report, () => {
      context.patient(event.patientId, ['events', e, 'patientId'], report);
      const time = minutesOfDay(event.time);
      if (hours && (time < hours.start || time >= hours.end)) {
        report(['events', e, 'time'], `phone call at ${event.time} is outside the day (${context.scenario.day!.start}–${context.scenario.day!.end})`);
      }
    });
  });
}

function checkTraps(context: Context, report: Report): void {
  const { scenario, reference } = context;
  const seen = new Map<string, number>();
  scenario.traps.forEach((trap, t) => {
    if (!trap) return;
    const key = `${trap.kind} ${trap.patientId}`;
    const first = seen.get(key);
    if (first !== undefined) report(['traps', t], `trap "${trap.kind}" for "${trap.patientId}" is listed twice (also traps[${first}])`);
    else seen.set(key, t);
    guarded('trap', ['traps', t], report, () => {
      const patient = context.patient(trap.patientId, ['traps', t, 'patientId'], report);
      if (!patient) return;
      const reason = trapNotSetUp(trap, patient, context, reference);
      if (reason) report(['traps', t, 'kind'], `trap "${trap.kind}" is not set up for patient "${trap.patientId}": ${reason}`);
      checkTrapPatientComes(context, trap, t, patient, report);
    });
  });
}

/** Trap kinds sprung without the patient in the building (a relative's phone call); every other kind needs the patient to come. */
const TRAPS_WITHOUT_THE_PATIENT: ReadonlySet<TrapValue['kind']> = new Set(['relative-calling']);

/**
 * A trap that needs its patient in the building is never sprung when the patient never comes:
 * a no-show, or a patient whose lateness brings them after the day has ended. (An arrival time
 * outside the day is reported at the arrival itself.)
 */
function checkTrapPatientComes(context: Context, trap: TrapValue, t: number, patient: CheckablePatient, report: Report): void {
  const arrival = patient.arrival;
  const hours = context.dayWindow;
  if (TRAPS_WITHOUT_THE_PATIENT.has(trap.kind) || arrival?.kind !== 'scheduled' || !hours) return;
  const at = ['traps', t, 'patientId'];
  const needs = `trap "${trap.kind}" needs patient "${trap.patientId}" in the clinic`;
  if (arrival.noShow) {
    report(at, `${needs}, but they are a no-show (arrival.noShow: true) and never come, so the trap is never sprung; remove the trap or set noShow to false`);
    return;
  }
  const booked = minutesOfDay(arrival.time);
  const comes = booked + arrival.lateMinutes;
  if (booked >= hours.start && booked < hours.end && comes >= hours.end) {
    report(
      at,
      `${needs}, but they come at ${formatMinutesOfDay(comes)} (${arrival.time} plus lateMinutes ${arrival.lateMinutes}), when the day has ended (${context.scenario.day!.end}), so the trap is never sprung; make lateMinutes smaller or book the patient earlier`,
    );
  }
}

/** Why a trap is not actually set up for its patient, or undefined when it is. */
function trapNotSetUp(trap: TrapValue, patient: CheckablePatient, context: Context, reference: ScenarioReference): string | undefined {
  const { scenario } = context;
  // A trap whose fields could not be read is judged once they can.
  const needs = TRAP_FIELDS[trap.kind];
  if (needs.some((field) => patient.unreadable?.has(field))) return undefined;
  switch (trap.kind) {
    case 'dob-mismatch': {
      const stated = patient.statesAtCheckIn?.dateOfBirth;
      if (stated === undefined) return 'statesAtCheckIn.dateOfBirth is absent';
      if (patient.dateOfBirth === undefined) return undefined;
      if (stated === patient.dateOfBirth) return `statesAtCheckIn.dateOfBirth equals the chart's date of birth (${stated})`;
      return undefined;
    }
    case 'name-misspelled': {
      const stated = patient.statesAtCheckIn?.name;
      if (!stated) return 'statesAtCheckIn.name is absent';
      if (!patient.name) return undefined;
      const same =
        normalizeName(stated.given) === normalizeName(patient.name.given) &&
        normalizeName(stated.family) === normalizeName(patient.name.family) &&
        normalizeName(stated.middle ?? '') === normalizeName(patient.name.middle ?? '');
      return same ? "statesAtCheckIn.name is the chart's name" : undefined;
    }
    case 'same-name': {
      // Unreadable patients might be the namesake: only complain when every patient was read.
      const name = patient.name;
      if (!context.patientsComplete || !name || scenario.patients.some((other) => other?.name === undefined)) return undefined;
      const namesake = scenario.patients.some((other) => other !== undefined && other !== patient && other.name !== undefined && sameName(other.name, name));
      return namesake ? undefined : `no other patient is named ${displayName({ name })}`;
    }
    case 'inactive-coverage': {
      if (!patient.coverage) return 'the patient has no coverage';
      return patient.coverage.status === 'active' ? 'coverage.status is active' : undefined;
    }
    case 'member-id-mismatch': {
      const coverage = patient.coverage;
      if (!coverage) return 'the patient has no coverage';
      if (coverage.cardMemberId === undefined) return 'coverage.cardMemberId is absent';
      return coverage.cardMemberId === coverage.memberId ? 'coverage.cardMemberId equals coverage.memberId' : undefined;
    }
    case 'relative-calling': {
      const calls = scenario.events.filter((event) => event?.kind === 'phone-call' && event.caller === 'relative' && event.patientId === patient.id);
      const eventsComplete = scenario.events.every((event) => event !== undefined);
      if (calls.length === 0) return eventsComplete ? 'no phone call from a relative about this patient in events' : undefined;
      // The trap is a relative with nothing on file: one the chart's release of information names may be told.
      const onFile = (name: string) => (patient.releaseOfInformation ?? []).some((entry) => entry?.name !== undefined && normalizeName(entry.name) === normalizeName(name));
      const unreleased = calls.some((event) => event?.callerName !== undefined && !onFile(event.callerName));
      return unreleased ? undefined : 'every relative who calls about this patient is on the release of information, so nothing here is a privacy trap';
    }
    case 'changed-demographics': {
      const changed = patient.changedSinceLastVisit;
      if (patient.address === undefined || patient.phone === undefined) return undefined;
      const address = changed?.address !== undefined && JSON.stringify(changed.address) !== JSON.stringify(patient.address);
      const phone = changed?.phone !== undefined && changed.phone !== patient.phone;
      return address || phone ? undefined : 'changedSinceLastVisit has no address or phone that differs from the chart';
    }
    case 'unrecorded-allergy':
      if (!patient.history) return undefined;
      return patient.history.unrecordedAllergies.length > 0 ? undefined : 'history.unrecordedAllergies is empty';
    case 'critical-vital': {
      const date = scenario.day?.date;
      if (!date || !isRealDate(date) || !patient.vitals || patient.dateOfBirth === undefined || patient.dateOfBirth > date) return undefined;
      const critical = reference.criticalVitals(patient.vitals, { dateOfBirth: patient.dateOfBirth, onDate: date });
      return critical.length > 0 ? undefined : 'no vital sign is in the critical range';
    }
    case 'missing-authorization': {
      const coverage = patient.coverage;
      if (!coverage) return 'the patient has no coverage, so there is no payer to authorise anything';
      const needed = reference.needsAuthorization(coverage.payerId, { orders: patient.orders ?? [], planType: coverage.planType });
      return needed === false ? `nothing ordered for this patient needs prior authorisation from "${coverage.payerId}"` : undefined;
    }
    default:
      // The medication and ECG traps are checked with their orders (checkVaccines, checkEcgOrders).
      return undefined;
  }
}

/**
 * Words that mark a stand-in address ("2 Placeholder Road", "1 Test Street"): a trainee reads
 * the address back to the patient at the desk, so it must read as a real one (made up, but of
 * a plausible kind).
 */
export const PLACEHOLDER_ADDRESS_WORDS = ['placeholder', 'example', 'sample', 'demo', 'dummy', 'fake', 'fictional', 'imaginary', 'pretend', 'makebelieve', 'make-believe', 'test', 'lorem', 'ipsum', 'tbd', 'todo', 'xxx', 'n/a', 'unknown'] as const;

/** The placeholder word an address line or city uses, or undefined. */
export function placeholderWordIn(text: string): string | undefined {
  const words = text.toLowerCase().split(/[^a-z/-]+/);
  return PLACEHOLDER_ADDRESS_WORDS.find((word) => words.includes(word));
}

function checkAddress(address: NonNullable<PatientValue['address']>, path: Array<string | number>, report: Report): void {
  for (const field of ['line1', 'line2', 'city'] as const) {
    const text = address[field];
    const word = text === undefined ? undefined : placeholderWordIn(text);
    if (word !== undefined) report([...path, field], `"${text}" reads as a placeholder ("${word}"); give a made-up address of a real kind, e.g. 418 Alder Street`);
  }
}

function checkAppointmentBook(context: Context, report: Report): void {
  const date = context.scenario.day?.date;
  context.scenario.appointmentBook.forEach((booked, k) => {
    if (!booked) return;
    guarded('appointment book', ['appointmentBook', k], report, () => {
      const provider = context.provider(booked.providerId, ['appointmentBook', k, 'providerId'], report);
      if (provider && !provider.template.visitTypes.some((v) => v.id === booked.visitTypeId)) {
        report(['appointmentBook', k, 'visitTypeId'], `visit type "${booked.visitTypeId}" is not in ${provider.id}'s template`);
      }
      if (date && booked.date <= date) report(['appointmentBook', k, 'date'], `the appointment book holds future days; ${booked.date} is not after the scenario's day (${date})`);
    });
  });
}

/**
 * Each appointment the scenario puts in the book must fit its provider's template and the
 * appointments listed before it (the same `templateSlotProblem` the game's book asks), else
 * the game would show a booking its own rules refuse, or more patients in a slot than it holds.
 */
function checkBookedAgainstTemplate(context: Context, report: Report): void {
  const earlier: BookEntry[] = [];
  context.scenario.appointmentBook.forEach((booked, k) => {
    if (!booked) return;
    guarded('appointment book template', ['appointmentBook', k], report, () => {
      const provider = context.providerById.get(booked.providerId);
      if (!provider) return;
      const request = { date: booked.date, time: booked.time, providerId: booked.providerId, visitTypeId: booked.visitTypeId };
      const sameDay = () => earlier.filter((entry) => entry.providerId === booked.providerId && entry.date === booked.date);
      const problem = templateSlotProblem(provider, request, sameDay);
      const message = problem && bookedProblemMessage(problem, booked, provider);
      if (message) report(['appointmentBook', k, problem.kind === 'not-a-working-day' ? 'date' : 'time'], message);
      earlier.push({ ...request, label: `appointmentBook[${k}]` });
    });
  });
}

function bookedProblemMessage(problem: SlotProblem, booked: BookedValue, provider: ProviderValue): string | undefined {
  const template = provider.template;
  const visit = `a ${provider.template.visitTypes.find((v) => v.id === booked.visitTypeId)?.minutes ?? template.slotMinutes}-minute "${booked.visitTypeId}" visit at ${booked.time}`;
  switch (problem.kind) {
    case 'not-a-working-day':
      return `${booked.date} is a ${WEEKDAY_NAMES[problem.weekday]}, when ${provider.id} does not see patients (workingWeekdays: ${template.workingWeekdays.map((d) => WEEKDAY_NAMES[d]).join(', ')}); book it on a working day`;
    case 'outside-hours':
      return `${visit} does not fit in ${provider.id}'s hours (${problem.opensAt}–${problem.closesAt}); book it to start at or after ${problem.opensAt} and end by ${problem.closesAt}`;
    case 'off-grid': {
      const opens = minutesOfDay(template.opensAt);
      const grid = `(${formatMinutesOfDay(opens)}, ${formatMinutesOfDay(opens + problem.slotMinutes)}, …)`;
      return template.method === 'wave' && problem.slotMinutes === 60
        ? `${booked.time} is not a start time for ${provider.id}, whose wave scheduling starts visits on the hour ${grid}; book it on the hour`
        : `${booked.time} is not on ${provider.id}'s ${problem.slotMinutes}-minute slot grid ${grid}; book it at a slot's start`;
    }
    case 'blocked':
      return `${visit} runs into blocked time ${problem.start}–${problem.end} (${problem.reason}); book it outside blocked time`;
    case 'full':
      return `${visit} on ${booked.date} needs a slot that is already full (${problem.taken.join(', ')}); ${provider.id}'s template allows ${problem.maxPerSlot} per slot: book it at a free time or raise maxPerSlot`;
    case 'unknown-provider':
    case 'unknown-visit-type':
    case 'in-the-past':
      // Reported by checkAppointmentBook (provider, visit type, a day not after the scenario's).
      return undefined;
  }
}

function checkScoring({ scenario }: Context, report: Report): void {
  const weights = scenario.scoring?.weights;
  if (!weights) return;
  const sum = weights.accuracy + weights.throughput;
  if (Math.abs(sum - 1) > 0.001) {
    report(['scoring', 'weights'], `weights must add up to 1 (accuracy ${weights.accuracy} + throughput ${weights.throughput} = ${Number(sum.toFixed(4))})`);
  }
}

// ---------------------------------------------------------------------------------------
// Helpers

function reportDuplicates(values: ReadonlyArray<string | undefined>, onDuplicate: (index: number, firstIndex: number) => void): void {
  const first = new Map<string, number>();
  values.forEach((value, i) => {
    if (value === undefined) return;
    const seen = first.get(value);
    if (seen === undefined) first.set(value, i);
    else onDuplicate(i, seen);
  });
}

function diagnosisMessage(code: string, date: string, status: DiagnosisStatus): string | undefined {
  switch (status.status) {
    case 'valid':
      return undefined;
    case 'unknown':
      return `ICD-10-CM code ${code} is not in the reference code set`;
    case 'not-yet-effective':
      return `ICD-10-CM code ${code} is not valid on ${date}: not yet in effect${status.effectiveFrom ? ` (from ${status.effectiveFrom})` : ''}${instead(status.moreSpecific)}`;
    case 'deleted':
      return `ICD-10-CM code ${code} is not valid on ${date}: deleted${status.effectiveTo ? ` on ${status.effectiveTo}` : ''}${instead(status.moreSpecific)}`;
    case 'not-billable':
      return `ICD-10-CM code ${code} is a category header, not a billable code${instead(status.moreSpecific)}`;
  }
}

function instead(codes: readonly string[] | undefined): string {
  return codes && codes.length > 0 ? `; use ${codes.join(', ')}` : '';
}

/** Names compare without case, accents, punctuation or extra spaces ("O'Neil" = "oneil"). */
function normalizeName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');
}

function sameName(a: PatientValue['name'], b: PatientValue['name']): boolean {
  return normalizeName(a.given) === normalizeName(b.given) && normalizeName(a.family) === normalizeName(b.family);
}

/** The patient fields each trap kind is set up with. */
const TRAP_FIELDS: Record<TrapValue['kind'], ReadonlyArray<keyof PatientValue>> = {
  'dob-mismatch': ['statesAtCheckIn', 'dateOfBirth'],
  'name-misspelled': ['statesAtCheckIn', 'name'],
  'same-name': ['name'],
  'inactive-coverage': ['coverage'],
  'missing-authorization': ['coverage', 'orders'],
  'relative-calling': ['releaseOfInformation'],
  'changed-demographics': ['changedSinceLastVisit', 'address', 'phone'],
  'member-id-mismatch': ['coverage'],
  'critical-vital': ['vitals', 'dateOfBirth'],
  'unrecorded-allergy': ['history'],
  'expired-vial': ['orders'],
  'storage-excursion': ['orders'],
  'component-allergy': ['history', 'orders'],
  'order-not-signed': ['orders'],
  'post-vaccine-syncope': ['orders'],
  'anaphylaxis-sign': ['orders'],
  'ecg-artefact': ['orders'],
  'urgent-tracing': ['orders'],
  'limb-lead-reversal': ['orders'],
};

/**
 * An NPI's tenth digit is a Luhn check digit computed over the prefix 80840 and the first
 * nine digits (CMS, "Requirements for NPI check digit", 2005).
 */
export function isValidNpi(npi: string): boolean {
  if (!/^\d{10}$/.test(npi)) return false;
  const digits = `80840${npi}`;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let digit = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

function npiMessage(npi: string): string {
  return `NPI ${npi} fails its check digit (Luhn over the prefix 80840); check for a typing error`;
}

/** Day of the week (0 Sunday … 6 Saturday) of a `YYYY-MM-DD` date: the appointment book's own. */
export { weekdayOf } from './appointment-template';

function isRealDate(date: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(date);
}


// ---------------------------------------------------------------------------------------
// The built-in reference: `src/reference`.

/** The checks' view of the game's reference data (`src/reference`). */
export const defaultScenarioReference: ScenarioReference = {
  findTest(testId) {
    const test = TESTS.find((t) => t.id === testId);
    return test && { name: test.displayName };
  },
  diagnosisStatus(code, date) {
    const validity = isIcd10ValidOn(code, date);
    if (validity.valid) return { status: 'valid' };
    const moreSpecific = validity.moreSpecific;
    const versions = ICD10CM_CODES.filter((entry) => entry.code === code);
    switch (validity.reason) {
      case 'unknown':
        return { status: 'unknown' };
      case 'not-billable':
        return { status: 'not-billable', moreSpecific };
      case 'not-yet-effective':
        return { status: 'not-yet-effective', effectiveFrom: versions.map((v) => v.effectiveFrom).toSorted()[0], moreSpecific };
      case 'deleted': {
        const ends = versions.flatMap((v) => (v.billable && v.effectiveTo !== undefined ? [v.effectiveTo] : [])).toSorted();
        return { status: 'deleted', effectiveTo: ends[ends.length - 1], moreSpecific };
      }
    }
  },
  diagnosisLimits(code, date) {
    const entry = icd10Entry(code, date);
    return entry && { ageRange: entry.ageRange, sexes: entry.sexes };
  },
  findPayer(payerId) {
    const found = findPayer(payerId);
    return found && { name: found.name, planType: found.planType };
  },
  needsAuthorization(payerId, visit) {
    const found = findPayer(payerId);
    if (!found) return undefined;
    // The reference payers list the CPT codes that need prior authorisation; an order is billed by the codes its claim carries.
    const codes = visit.orders.flatMap((order) => billedCodesOf(order));
    return codes.some((code) => found.priorAuthorizationCodes.includes(code));
  },
  isCompetency: (id) => (COMPETENCY_IDS as readonly string[]).includes(id),
  criticalVitals(vitals, patient) {
    const flags = assessVitalSigns(
      {
        systolicMmHg: vitals.systolicMmHg,
        diastolicMmHg: vitals.diastolicMmHg,
        pulsePerMin: vitals.pulsePerMinute,
        respirationsPerMin: vitals.respirationsPerMinute,
        temperatureC: vitals.temperatureC,
        spo2Percent: vitals.spo2Percent,
      },
      patient,
    );
    return flags.flatMap((flag) => (flag.level === 'critical' && flag.ruleId !== 'out-of-range' ? [CRITICAL_VITAL_THRESHOLDS[flag.ruleId].description] : []));
  },
};

// ---------------------------------------------------------------------------------------
// Vaccine stock, vaccine orders and the medication traps (issue 17).

/** What the vaccine checks need from the reference: which tests are vaccines, their contraindicating components, the storage ranges and the vial dating rule. */
export interface VaccineCheckReference {
  /** Whether the catalogue entry with this id is a vaccine. */
  isVaccine(testId: string): boolean;
  /** The vaccine's components (latex only where the packaging in hand holds it) that the chart's allergies name; empty when none. */
  allergyConflicts(testId: string, allergies: readonly { substance: string }[], packaging: { prefilledSyringe: boolean }): readonly string[];
  /** Whether a unit's min/max log shows a reading outside its kind's range. */
  excursion(kind: StorageUnitValue['kind'], log: StorageUnitValue['log']): boolean;
  /** Why a vial may not be given on a date ('expired', 'past-beyond-use-date'), or null when it may. */
  vialUnusable(vial: VialValue, onDate: string): string | null;
}

type StorageUnitValue = z.output<typeof StorageUnit>;
type VialValue = z.output<typeof Vial>;

/** The vaccine checks' view of the game's reference (`src/reference`). */
export const defaultVaccineCheckReference: VaccineCheckReference = {
  // The tuberculin skin test is stocked, ordered and given at the medication station like a vaccine.
  isVaccine: (testId) => TESTS.some((test) => test.id === testId && givenAtMedicationStation(test.kind)),
  allergyConflicts: (testId, allergies, packaging) => ((TEST_IDS as readonly string[]).includes(testId) ? allergyConflicts(testId as TestId, allergies, packaging) : []),
  excursion: (kind, log) => storageExcursion(kind, log),
  vialUnusable: (vial, onDate) => vialUnusable(vial, onDate),
};

/** A path into the clinic's vaccine stock. */
function stockPath(...rest: Array<string | number>): Array<string | number> {
  return ['clinic', 'medicationStock', ...rest];
}

/** The vaccine orders of a patient, with their index in `orders`. */
function vaccineOrders(patient: CheckablePatient, reference: VaccineCheckReference): Array<{ order: NonNullable<PatientValue['orders']>[number]; index: number }> {
  return (patient.orders ?? []).flatMap((order, index) => (reference.isVaccine(order.testId) ? [{ order, index }] : []));
}

/**
 * The vaccine checks: the clinic's stock (each vial a vaccine of the catalogue, in a unit that
 * exists; ids unique), the vaccine orders (the `administration` block only on a vaccine, its
 * last dose before the day, a vial of every ordered vaccine when the scenario gives a stock)
 * and the medication traps, each really set up.
 */
export function checkVaccines(scenario: CheckableScenario, report: Report, reference: VaccineCheckReference = defaultVaccineCheckReference): void {
  const stock = scenario.clinic?.medicationStock;
  const date = scenario.day?.date;
  const day = date !== undefined && isRealDate(date) ? date : undefined;
  if (stock) {
    const unitIds = stock.units.map((unit) => unit.id);
    reportDuplicates(unitIds, (i, first) => report(stockPath('units', i, 'id'), `duplicate storage unit id "${unitIds[i]}" (also units[${first}])`));
    const vialIds = stock.vials.map((vial) => vial.id);
    reportDuplicates(vialIds, (i, first) => report(stockPath('vials', i, 'id'), `duplicate vial id "${vialIds[i]}" (also vials[${first}])`));
    stock.vials.forEach((vial, v) => {
      if (!reference.isVaccine(vial.testId)) report(stockPath('vials', v, 'testId'), `"${vial.testId}" is not a vaccine of the test catalogue; the stock holds vaccines only`);
      if (!unitIds.includes(vial.unitId)) report(stockPath('vials', v, 'unitId'), `no storage unit with id "${vial.unitId}" (units: ${unitIds.join(', ')})`);
      if (vial.multiDose && vial.multiDose.openedOn > vial.expires) report(stockPath('vials', v, 'multiDose', 'openedOn'), `the vial was opened (${vial.multiDose.openedOn}) after it expired (${vial.expires})`);
      if (vial.multiDose && day && vial.multiDose.openedOn > day) report(stockPath('vials', v, 'multiDose', 'openedOn'), `the vial cannot have been opened (${vial.multiDose.openedOn}) after the scenario's day (${day})`);
    });
  }

  scenario.patients.forEach((patient, i) => {
    if (!patient) return;
    (patient.orders ?? []).forEach((order, j) => {
      const vaccine = reference.isVaccine(order.testId);
      if (order.administration && !vaccine) report(['patients', i, 'orders', j, 'administration'], `administration describes a vaccine order; "${order.testId}" is not a vaccine`);
      const last = order.administration?.lastDoseDate;
      if (last !== undefined && day && last >= day) report(['patients', i, 'orders', j, 'administration', 'lastDoseDate'], `the last dose (${last}) must be before the scenario's day (${day})`);
      if (last !== undefined && patient.dateOfBirth !== undefined && last < patient.dateOfBirth) report(['patients', i, 'orders', j, 'administration', 'lastDoseDate'], `the last dose (${last}) is before the patient was born (${patient.dateOfBirth})`);
      if (vaccine && stock && !stock.vials.some((vial) => vial.testId === order.testId)) {
        report(['patients', i, 'orders', j, 'testId'], `"${order.testId}" is ordered, but clinic.medicationStock holds no vial of it`);
      }
    });
  });

  scenario.traps.forEach((trap, t) => {
    if (!trap || !VACCINE_TRAP_KINDS.includes(trap.kind)) return;
    const patient = scenario.patients.find((p) => p?.id === trap.patientId);
    if (!patient || TRAP_FIELDS[trap.kind].some((field) => patient.unreadable?.has(field))) return;
    const reason = vaccineTrapNotSetUp(trap.kind, patient, stock, day, reference);
    if (reason) report(['traps', t, 'kind'], `trap "${trap.kind}" is not set up for patient "${trap.patientId}": ${reason}`);
  });
}

const VACCINE_TRAP_KINDS: ReadonlyArray<TrapValue['kind']> = ['expired-vial', 'storage-excursion', 'component-allergy', 'order-not-signed', 'post-vaccine-syncope', 'anaphylaxis-sign'];

/** Why a medication trap is not set up for its patient, or undefined when it is. */
function vaccineTrapNotSetUp(
  kind: TrapValue['kind'],
  patient: CheckablePatient,
  stock: ClinicValue['medicationStock'],
  day: string | undefined,
  reference: VaccineCheckReference,
): string | undefined {
  const orders = vaccineOrders(patient, reference);
  if (orders.length === 0) return 'the patient has no vaccine order';
  const ordered = new Set(orders.map(({ order }) => order.testId));
  const stockOfOrdered = (stock?.vials ?? []).filter((vial) => ordered.has(vial.testId));
  switch (kind) {
    case 'expired-vial': {
      if (!stock) return 'the clinic has no medicationStock, and the default stock is all in date';
      if (!day) return undefined;
      return stockOfOrdered.some((vial) => reference.vialUnusable(vial, day) !== null)
        ? undefined
        : `no vial of ${[...ordered].join(', ')} in clinic.medicationStock is expired or past its beyond-use date on ${day}`;
    }
    case 'storage-excursion': {
      if (!stock) return 'the clinic has no medicationStock, and the default refrigerator is in range';
      const outOfRange = new Set(stock.units.filter((unit) => reference.excursion(unit.kind, unit.log)).map((unit) => unit.id));
      if (outOfRange.size === 0) return 'no storage unit in clinic.medicationStock has a log reading out of range';
      return stockOfOrdered.some((vial) => outOfRange.has(vial.unitId)) ? undefined : `no vial of ${[...ordered].join(', ')} is in the out-of-range unit (${[...outOfRange].join(', ')})`;
    }
    case 'component-allergy': {
      const allergies = patient.history?.allergies ?? [];
      if (allergies.length === 0) return 'history.allergies is empty';
      // The packaging in hand: the scenario's vials of the vaccine, or the default stock's single-dose vials.
      const packagings = (testId: string) => (stock ? stock.vials.filter((vial) => vial.testId === testId) : [{ prefilledSyringe: false }]);
      const matched = orders.some(({ order }) => packagings(order.testId).some((packaging) => reference.allergyConflicts(order.testId, allergies, packaging).length > 0));
      return matched ? undefined : `no allergy on the chart (${allergies.map((a) => a.substance).join(', ')}) is a component of ${[...ordered].join(', ')} or of the packaging in stock`;
    }
    case 'order-not-signed':
      return orders.some(({ order }) => (order.administration?.form ?? 'signed') !== 'signed') ? undefined : 'every vaccine order is signed (administration.form)';
    case 'post-vaccine-syncope':
      return orders.some(({ order }) => order.administration?.afterDose === 'syncope') ? undefined : 'no vaccine order has administration.afterDose: syncope';
    case 'anaphylaxis-sign':
      return orders.some(({ order }) => order.administration?.afterDose === 'anaphylaxis-sign') ? undefined : 'no vaccine order has administration.afterDose: anaphylaxis-sign';
    default:
      return undefined;
  }
}

// ---------------------------------------------------------------------------------------
// ECG orders and the ECG traps (issue 18).

/** The catalogue id of the 12-lead ECG, the only order an `ecg` block may describe. */
const ECG_ORDER_TEST_ID = 'ecg';

/**
 * The rhythms that can make a tracing one the provider must see at once (`Order.ecg.urgent`):
 * every rhythm the station draws but normal sinus rhythm, which gives the provider nothing
 * to act on at once.
 */
export const RHYTHMS_WARRANTING_URGENCY: readonly EcgRhythmValue[] = ECG_RHYTHMS.filter((rhythm) => rhythm !== 'normal-sinus');

type EcgRhythmValue = (typeof ECG_RHYTHMS)[number];
type OrderEcgValue = NonNullable<NonNullable<PatientValue['orders']>[number]['ecg']>;

const ECG_TRAP_KINDS: ReadonlyArray<TrapValue['kind']> = ['ecg-artefact', 'urgent-tracing', 'limb-lead-reversal'];

/** What in an ECG order makes an artefact show until the trainee deals with it, in words; empty when nothing does. */
function artefactCauses(ecg: OrderEcgValue | undefined): string[] {
  if (!ecg) return [];
  return [
    ...(ecg.patientState !== 'calm' ? [`a ${ecg.patientState} patient (somatic tremor)`] : []),
    ...(ecg.interference ? ['a device plugged in near the bed (AC interference)'] : []),
    ...(ecg.hasLotion ? ['lotion on the skin (wandering baseline)'] : []),
    ...(ecg.needsHairClipped ? ['hair to clip under the electrodes (wandering baseline)'] : []),
  ];
}

/**
 * The ECG checks: an `ecg` block only on an ECG order, an urgent tracing only with a rhythm
 * that warrants it, and the ECG traps each really set up (an ECG order; for an artefact, a
 * cause the scenario sets; for the urgent tracing, the order marked urgent).
 */
export function checkEcgOrders(scenario: CheckableScenario, report: Report): void {
  scenario.patients.forEach((patient, i) => {
    if (!patient) return;
    (patient.orders ?? []).forEach((order, j) => {
      const ecg = order.ecg;
      if (!ecg) return;
      const at = ['patients', i, 'orders', j, 'ecg'];
      if (order.testId !== ECG_ORDER_TEST_ID) {
        report(at, `ecg describes how an ECG order plays out; "${order.testId}" is not an ECG (testId: ${ECG_ORDER_TEST_ID}): move the block to the ECG order or remove it`);
        return;
      }
      if (ecg.urgent && !RHYTHMS_WARRANTING_URGENCY.includes(ecg.rhythm)) {
        report(
          [...at, 'urgent'],
          `an urgent tracing must reach the provider at once, but its rhythm is ${ecg.rhythm}, which gives the provider nothing to act on at once: give it the rhythm that makes it urgent (${RHYTHMS_WARRANTING_URGENCY.join(', ')}) or leave urgent out`,
        );
      }
    });
  });

  scenario.traps.forEach((trap, t) => {
    if (!trap || !ECG_TRAP_KINDS.includes(trap.kind)) return;
    const patient = scenario.patients.find((p) => p?.id === trap.patientId);
    if (!patient || TRAP_FIELDS[trap.kind].some((field) => patient.unreadable?.has(field))) return;
    const reason = ecgTrapNotSetUp(trap.kind, patient);
    if (reason) report(['traps', t, 'kind'], `trap "${trap.kind}" is not set up for patient "${trap.patientId}": ${reason}`);
  });
}

/** Why an ECG trap is not set up for its patient, or undefined when it is. */
function ecgTrapNotSetUp(kind: TrapValue['kind'], patient: CheckablePatient): string | undefined {
  const orders = (patient.orders ?? []).filter((order) => order.testId === ECG_ORDER_TEST_ID);
  if (orders.length === 0) return 'the patient has no ECG order';
  switch (kind) {
    case 'ecg-artefact':
      return orders.some((order) => artefactCauses(order.ecg).length > 0)
        ? undefined
        : 'the ECG order sets nothing that makes an artefact show (ecg.patientState cold or anxious, ecg.interference, ecg.hasLotion or ecg.needsHairClipped)';
    case 'urgent-tracing':
      return orders.some((order) => order.ecg?.urgent === true) ? undefined : 'the ECG order is not marked urgent (ecg.urgent: true)';
    case 'limb-lead-reversal':
      // The reversal is the trainee's own slip on the limb electrodes: any recorded ECG can show it.
      return undefined;
    default:
      return undefined;
  }
}

// ---------------------------------------------------------------------------------------
// Red-flag symptoms at rooming and the standing ECG order (session 9).

/** The words of a text, for comparing what was said: letters, digits and apostrophes, lower case. */
function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}'’]+/gu) ?? [];
}

/**
 * A patient's `complaintWords` against the answer they are part of: the same words, in the same
 * order, one run of `chiefComplaint`'s (the trainee hears only the answer, and is scored on these
 * words), and fewer than the whole answer (or they say nothing the answer does not).
 */
export function checkComplaintWords(scenario: CheckableScenario, report: Report): void {
  scenario.patients.forEach((patient, i) => {
    const complaint = patient?.complaintWords;
    const answer = patient?.chiefComplaint;
    if (complaint === undefined || answer === undefined || patient?.unreadable?.has('chiefComplaint')) return;
    const said = wordsOf(answer);
    const part = wordsOf(complaint);
    const within = part.length > 0 && said.some((_, start) => part.every((word, k) => said[start + k] === word));
    if (!within) {
      report(['patients', i, 'complaintWords'], `"${complaint}" is not in the patient's answer ("${answer}"): complaintWords are the words of chiefComplaint that are the complaint itself, as said, so copy them from it`);
    } else if (part.length === said.length) {
      report(['patients', i, 'complaintWords'], `"${complaint}" is the whole answer: leave complaintWords out where the answer is all complaint`);
    }
  });
}

/**
 * A patient's red-flag marks against the words of the chief complaint (the trainee hears the
 * words; the game judges by the marks, so the two must agree): a mark twice, a mark the words
 * do not carry, words that carry a red flag left unmarked; and a standing ECG order (the
 * clinic's order for chest pain) on a patient whose complaint is not marked as chest pain.
 */
export function checkRedFlags(scenario: CheckableScenario, report: Report): void {
  scenario.patients.forEach((patient, i) => {
    if (!patient) return;
    const marked = patient.redFlags ?? [];
    const complaint = patient.chiefComplaint;
    marked.forEach((flag, k) => {
      if (marked.indexOf(flag) !== k) report(['patients', i, 'redFlags', k], `"${flag}" is marked twice: mark each red flag once`);
    });
    if (complaint !== undefined && !patient.unreadable?.has('chiefComplaint')) {
      const heard = redFlagsInWords(complaint);
      marked.forEach((flag, k) => {
        if (marked.indexOf(flag) === k && !heard.includes(flag)) {
          report(
            ['patients', i, 'redFlags', k],
            `"${flag}" is marked, but the chief complaint says nothing of ${RED_FLAGS[flag].name} ("${complaint}"): the trainee hears only the words, so put what the patient says in them (${RED_FLAGS[flag].sounds}) or remove the mark`,
          );
        }
      });
      for (const flag of heard) {
        if (!marked.includes(flag)) {
          report(
            ['patients', i, 'chiefComplaint'],
            `the chief complaint speaks of ${RED_FLAGS[flag].name}, a red flag the provider must hear of at once at rooming, but redFlags does not mark it: add redFlags: [${flag}] (the rooming is judged by the marks), or reword the complaint`,
          );
        }
      }
    }
    (patient.orders ?? []).forEach((order, j) => {
      if (order.testId === ECG_ORDER_TEST_ID && order.ecg?.standing === true && !marked.includes('chest-pain')) {
        report(
          ['patients', i, 'orders', j, 'ecg', 'standing'],
          'a standing ECG order is the clinic\'s order for chest pain (recorded before the provider\'s visit), but the patient\'s complaint is not marked as chest pain: add redFlags: [chest-pain] with a complaint that says so, or leave standing out',
        );
      }
    });
  });
}

// ---------------------------------------------------------------------------------------
// Patient education (session 9).

/**
 * The education checks: each topic of a plan once; a topic the patient gets muddled, or asks
 * about, one of the plan's; and for each topic a leaflet on the shelf in the patient's
 * preferred language at a reading grade that suits them (else no trainee can give it rightly).
 */
export function checkEducation(scenario: CheckableScenario, report: Report): void {
  scenario.patients.forEach((patient, i) => {
    const education = patient?.education;
    if (!patient || !education || patient.unreadable?.has('education')) return;
    const at = ['patients', i, 'education'];
    const topics = education.topics;
    const listed = [...new Set(topics)].join(', ');
    reportDuplicates(topics, (index, first) => report([...at, 'topics', index], `topic "${topics[index]}" is already listed (topics[${first}]): list each topic once`));
    (education.muddledAtFirst ?? []).forEach((topic, j) => {
      if (!topics.includes(topic)) report([...at, 'muddledAtFirst', j], `"${topic}" is not one of the plan's topics (${listed}): the patient can only get muddled about what is taught`);
    });
    if (education.asksAbout !== undefined && !topics.includes(education.asksAbout)) {
      report([...at, 'asksAbout'], `"${education.asksAbout}" is not one of the plan's topics (${listed}): the patient asks about a leaflet they were given`);
    }
    if (patient.unreadable?.has('preferredLanguage') || patient.unreadable?.has('readingNeeds')) return;
    const language = patient.preferredLanguage ?? 'en';
    const maxGrade = suitableReadingGrade(patient.readingNeeds);
    topics.forEach((topic, j) => {
      if (suitableMaterials(topic, language, maxGrade).length > 0) return;
      report(
        [...at, 'topics', j],
        `the shelf has no leaflet on ${EDUCATION_TOPIC_INFO[topic].name.toLowerCase()} in ${LANGUAGE_NAMES[language]} at reading grade ${maxGrade} or easier (readingNeeds.maxGrade): no trainee could give it rightly`,
      );
    });
  });
}
