/**
 * The rules of check-in; the front desk's privacy rule (`../shared/privacy.ts`) is listed
 * with them. Each rule function is pure: it takes the facts of one opportunity and returns
 * the `Check` (a pass, or a miss with its finding). The intake machine calls them and
 * journals the result.
 */
import { dollarsToCents } from '../../domain/money';
import { checked, SOURCES } from '../../reference/source';
import { type Check, defineRule, missed, passed } from '../../scoring/finding';
import type { IdentityQuestion, IntakeForm, QuestionStyle } from './intake.actions';
import { minimumNecessaryRule } from '../shared/privacy';
import type { EligibilityResponse, InsuranceCard } from './patient-at-desk';
import { patientWords, speakerTag, spokenWords } from '../shared/patient-words';

export const twoIdentifiersRule = defineRule({
  id: 'intake.two-identifiers',
  competency: 'patient-identification',
  severity: 'critical',
  title: 'Identify the patient by two identifiers they state themselves',
  why: 'Wrong-patient errors start at the desk: a chart opened for the wrong person carries the wrong allergies, results and bills. Two identifiers that the patient states (full name and date of birth) are the standard; a yes/no question is answered "yes" by people who mishear, and a room, seat or appointment time is not an identifier.',
  source: checked(SOURCES.jointCommissionNpsg, 'At least two identifiers, never the room number or location (NPSG.01.01.01 EP 1); the patient states them, the active identification of CLSI GP33 (2nd ed., 2019; see clsiGp33).'),
});

export const identityMismatchRule = defineRule({
  id: 'intake.identity-mismatch',
  competency: 'patient-identification',
  severity: 'critical',
  title: 'Stop and resolve any identifier that does not match the chart',
  why: 'A stated name or date of birth that differs from the chart means either the wrong chart or a registration error; either way nothing may be done under that chart until a photo ID settles who the patient is and the record is corrected.',
  source: SOURCES.clsiGp33,
});

export const chartCorrectionRule = defineRule({
  id: 'intake.chart-correction',
  competency: 'patient-identification',
  severity: 'major',
  title: 'Correct the chart to the photo ID once a mismatch is settled',
  why: 'A wrong date of birth or a misspelled name left in the chart breaks the link between the patient and their records: the next visit meets the same mismatch, results and outside records fail to match, and the claim is denied for a birth date the payer does not have. Registration is where identity data is made right, from the photo ID, not from what someone says.',
  source: checked(SOURCES.ahimaPatientIdentityIntegrity, 'With The Joint Commission NPSG.01.01.01: identity data are corrected at registration, to the document that settled the mismatch.'),
});

export const photoIdRule = defineRule({
  id: 'intake.photo-id',
  competency: 'patient-identification',
  severity: 'major',
  title: "Check a photo ID where the clinic's policy requires it",
  why: "A photo ID ties a patient and their insurance card to a real person and guards against medical identity theft. This clinic asks for one from every new patient and wherever the visit's policy names it; an established patient is otherwise identified by two identifiers (full name and date of birth) stated and checked against the chart, and a stated identifier that differs from the chart is settled by a photo ID before anything else (intake.identity-mismatch).",
  source: checked(SOURCES.clinicDayFrontDeskPolicy, 'With The Joint Commission NPSG.01.01.01 (two identifiers) for established patients.'),
});

export const demographicsRule = defineRule({
  id: 'intake.demographics',
  competency: 'registration-insurance',
  severity: 'minor',
  title: 'Confirm address, phone and emergency contact, and correct what changed',
  why: 'Statements, results and recalls go to the address and phone on file; an out-of-date record loses the patient and returns mail and claims.',
  source: SOURCES.clinicDayFrontDeskPolicy,
});

export const insuranceCardRule = defineRule({
  id: 'intake.insurance-card',
  competency: 'registration-insurance',
  severity: 'major',
  title: 'Enter the insurance card exactly as it reads',
  why: "The member id goes on the claim (CMS-1500 box 1a) as it is on the card; a mistyped or outdated id is denied as 'member not found'.",
  source: checked(SOURCES.nucc1500InstructionManual, 'Item 1a: the insured\'s ID number as shown on the insured\'s ID card.'),
});

export const eligibilityRule = defineRule({
  id: 'intake.eligibility',
  competency: 'registration-insurance',
  severity: 'major',
  title: 'Verify eligibility before the visit and act on inactive coverage',
  why: "Eligibility (the 270/271 inquiry) tells whether the plan is active and what the patient owes. A visit billed to inactive or terminated coverage is denied, and the patient learns weeks later that they owe the whole bill; told at the desk, they can choose to pay themselves or come back.",
  source: checked(SOURCES.cmsEligibilityTransaction, 'The 270/271 answers whether the patient is eligible and with what copay, deductible and coinsurance; asked before the visit.'),
});

export const copayRule = defineRule({
  id: 'intake.copay',
  competency: 'registration-insurance',
  severity: 'minor',
  title: 'Collect the copay at check-in, and give a receipt',
  why: 'The copay is a fixed amount the plan expects the clinic to collect at the visit; collected later it costs a statement and is often never paid. A receipt is the patient\'s proof of payment.',
  source: checked(SOURCES.aapcCopayAtCheckIn, 'Secondary: the copay, a fixed amount, collected at check-in before the visit. Receipts: clinic policy.'),
});

export const priorAuthorizationRule = defineRule({
  id: 'intake.prior-authorization',
  competency: 'registration-insurance',
  severity: 'major',
  title: "Note the prior authorisation the visit's services need",
  why: 'A service the plan authorises in advance is denied without the authorisation number on the claim (box 23), and the denial cannot usually be fixed after the fact.',
  source: checked(SOURCES.clinicDayFeeSchedule, 'Which codes need authorisation is the synthetic payer policy of reference/payers.ts; the authorisation number goes in CMS-1500 box 23 (NUCC 1500 instruction manual, item 23).'),
});

export const formsRule = defineRule({
  id: 'intake.forms',
  competency: 'documentation-privacy',
  severity: 'minor',
  title: 'Have the required forms signed: privacy notice (new patients), consent to treat, financial policy',
  why: 'A new patient must be offered the notice of privacy practices and asked to acknowledge it in writing; consent to treat and the financial policy protect the patient and the clinic before care starts.',
  source: SOURCES.hhsNoticeAcknowledgment,
});

export const chiefComplaintRule = defineRule({
  id: 'intake.chief-complaint',
  competency: 'rooming-history',
  severity: 'minor',
  title: "Record the chief complaint in the patient's own words",
  why: "The provider and the coder read the reason for the visit as the patient put it; a paraphrase loses detail (onset, severity) and can put a diagnosis in the patient's mouth.",
  // The rule rests on the E/M documentation guidelines' chief complaint, as at rooming (`rooming.chief-complaint`), not on the clinic's front-desk policy.
  source: checked(
    SOURCES.cmsEmDocumentationGuidelines,
    'The chief complaint is the reason for the encounter (1995), "usually stated in the patient\'s own words" (1997, as quoted by the American College of Osteopathic Internists, read 2026); both editions: the medical record should clearly reflect it.',
  ),
});

/** The intake rules, for the rule catalogue. */
export const INTAKE_RULES = [
  twoIdentifiersRule,
  identityMismatchRule,
  photoIdRule,
  demographicsRule,
  insuranceCardRule,
  eligibilityRule,
  copayRule,
  priorAuthorizationRule,
  formsRule,
  chiefComplaintRule,
  minimumNecessaryRule,
  chartCorrectionRule,
] as const;

/** Where and when a check happens, and who it concerns. */
export interface CheckAt {
  readonly patientId: string;
  readonly patientName: string;
  readonly minute: number;
}

/** One question put to the patient and what they answered. */
export interface IdentityAnswer {
  readonly question: IdentityQuestion;
  readonly style: QuestionStyle;
  readonly answer: string;
}

const QUESTION_WORDS: Record<IdentityQuestion, string> = {
  'full-name': 'full name',
  'date-of-birth': 'date of birth',
  phone: 'phone number',
  'appointment-time': 'appointment time',
};

/** The identifiers the patient stated (not yes/no, not an appointment time), without repeats. */
export function statedIdentifiers(answers: readonly IdentityAnswer[]): IdentityQuestion[] {
  const stated = answers.filter((a) => a.style === 'stated' && a.question !== 'appointment-time').map((a) => a.question);
  return [...new Set(stated)];
}

/**
 * `intake.two-identifiers`: two identifiers the patient stated (or, for a child, the parent
 * or guardian: `statedBy`, "her mother"), before identity was confirmed.
 */
export function checkTwoIdentifiers(at: CheckAt & { readonly answers: readonly IdentityAnswer[]; readonly namesakeCount: number; readonly statedBy?: string }): Check {
  const by = at.statedBy ?? 'the patient';
  const stated = statedIdentifiers(at.answers);
  if (stated.length >= 2) return passed(twoIdentifiersRule, at.patientId, at.minute);
  const yesNo = at.answers.filter((a) => a.style === 'yes-no').map((a) => QUESTION_WORDS[a.question]);
  const notIdentifiers = at.answers.some((a) => a.question === 'appointment-time');
  const parts = [
    stated.length === 0 ? `no identifier ${by} stated` : `only one identifier ${by} stated (${QUESTION_WORDS[stated[0]!]})`,
    yesNo.length > 0 ? `a yes/no question about the ${[...new Set(yesNo)].join(' and ')} (answered "yes", which proves nothing)` : null,
    notIdentifiers ? 'the appointment time, which is not an identifier' : null,
  ].filter((part) => part !== null);
  const namesake = at.namesakeCount > 0 ? ` ${at.namesakeCount === 1 ? 'Another patient' : `${at.namesakeCount} other patients`} named ${at.patientName.split(' ')[0]} on today's schedule share the name, so the name alone cannot tell them apart.` : '';
  return missed(twoIdentifiersRule, {
    patientId: at.patientId,
    atMinute: at.minute,
    message: `${at.patientName}'s identity was confirmed on ${parts.join(', ')}.${namesake}`,
    remedy:
      at.statedBy === undefined
        ? 'Ask the patient to state their full name and their date of birth ("Please tell me your full name and date of birth") and compare both with the appointment and the chart before going on.'
        : `Ask ${by} to state the child's full name and date of birth ("Please tell me your child's full name and date of birth") and compare both with the appointment and the chart before going on.`,
  });
}

/** `intake.identity-mismatch`: a stated identifier that differs from the chart was caught and resolved. */
export function checkIdentityMismatch(
  at: CheckAt & {
    readonly mismatches: readonly ('full-name' | 'date-of-birth')[];
    readonly answers: readonly IdentityAnswer[];
    readonly flagged: boolean;
    readonly photoIdChecked: boolean;
    readonly chart: { readonly name: string; readonly dateOfBirth: string };
    readonly stated: { readonly name: string; readonly dateOfBirth: string };
  },
): Check {
  const heard = at.mismatches.filter((m) => statedIdentifiers(at.answers).includes(m));
  const describe = (m: 'full-name' | 'date-of-birth') =>
    m === 'full-name' ? `states the name "${at.stated.name}" (chart: "${at.chart.name}")` : `states the date of birth ${at.stated.dateOfBirth} (chart: ${at.chart.dateOfBirth})`;
  const what = at.mismatches.map(describe).join(' and ');
  if (heard.length === at.mismatches.length && at.flagged && at.photoIdChecked) return passed(identityMismatchRule, at.patientId, at.minute);
  const how =
    heard.length < at.mismatches.length
      ? 'the identifier that differs was never stated by the patient, so the difference went unnoticed'
      : !at.flagged
        ? at.photoIdChecked
          ? 'the photo ID was checked, but identity was confirmed without flagging the difference'
          : 'identity was confirmed anyway'
        : 'the mismatch was flagged but identity was confirmed without checking a photo ID';
  return missed(identityMismatchRule, {
    patientId: at.patientId,
    atMinute: at.minute,
    message: `${at.patientName} ${what}; ${how}.`,
    remedy: 'When a stated identifier differs from the chart, stop: flag the mismatch, check a photo ID, and only then confirm. Where the ID shows the chart is wrong, have the registration corrected before anything is done under the chart; where it matches the chart, the patient misspoke, and the flag records that it was settled.',
  });
}

/** A name and a date of birth, as the chart or a photo ID holds them. */
export interface IdentityRecord {
  readonly name: string;
  readonly dateOfBirth: string;
}

/** One chart field that does not read as the photo ID: left wrong, or changed to a wrong value. */
function wrongField(field: string, final: string, chart: string, id: string): string {
  return final === chart
    ? `the chart still has the ${field} ${final}, but the photo ID shows ${id}`
    : `the chart's ${field} was changed to ${final}, but the photo ID shows ${id}${chart === id ? ', as the chart had it' : ''}`;
}

/**
 * `intake.chart-correction`: once a photo ID is seen, the chart's name and date of birth
 * are what the ID shows. Checked where the ID showed the chart wrong, and wherever the
 * chart was changed: a known error left in place, and a correction to a wrong value,
 * are both misses.
 */
export function checkChartCorrection(
  at: CheckAt & {
    /** The chart before check-in, the photo ID, and the chart as the trainee left it. */
    readonly chart: IdentityRecord;
    readonly photoId: IdentityRecord;
    readonly final: IdentityRecord;
    /** The same name, case, accents and punctuation aside. */
    readonly sameName: (a: string, b: string) => boolean;
  },
): Check {
  const nameRight = at.sameName(at.final.name, at.photoId.name);
  const birthRight = at.final.dateOfBirth === at.photoId.dateOfBirth;
  if (nameRight && birthRight) return passed(chartCorrectionRule, at.patientId, at.minute);
  const problems: string[] = [];
  if (!nameRight) problems.push(wrongField('name', `"${at.final.name}"`, `"${at.chart.name}"`, `"${at.photoId.name}"`));
  if (!birthRight) problems.push(wrongField('date of birth', at.final.dateOfBirth, at.chart.dateOfBirth, at.photoId.dateOfBirth));
  return missed(chartCorrectionRule, {
    patientId: at.patientId,
    atMinute: at.minute,
    message: `${at.patientName}: ${problems.join('; ')}.`,
    remedy: 'Once a photo ID settles a mismatch, correct the chart to exactly what the ID shows, and only that: the ID, not what was said at the desk, is the record of who the patient is.',
  });
}

/** `intake.photo-id`: a photo ID was checked where the scenario requires one. */
export function checkPhotoId(at: CheckAt & { readonly photoIdChecked: boolean; readonly newPatient?: boolean }): Check {
  if (at.photoIdChecked) return passed(photoIdRule, at.patientId, at.minute);
  return missed(photoIdRule, {
    patientId: at.patientId,
    atMinute: at.minute,
    message: `${at.patientName} was checked in without a look at a photo ID, which this clinic's policy requires ${at.newPatient ? 'of a new patient' : 'for this visit'}.`,
    remedy: "Ask for a driver's licence or other photo ID, compare the photo and the name with the patient and the insurance card, and note it in the registration.",
  });
}

/** The demographics on record and what the trainee entered. */
export interface DemographicsFacts {
  /** A new patient has no last visit: everything is asked for, not "what changed". */
  readonly newPatient?: boolean;
  readonly current: { readonly address: string; readonly phone: string };
  /** `noEmergencyContact`: recorded as "none — asked, the patient has nobody to list" (absent: not chosen). */
  readonly entered: { readonly address: string; readonly phone: string; readonly emergencyContactConfirmed: boolean; readonly noEmergencyContact?: boolean } | null;
  /** The emergency contact the patient has on file or names when asked; null: they have nobody to list (absent: not known, as before the choice). */
  readonly contactNamed?: { readonly name: string; readonly relationship: string } | null;
}

/**
 * Why "none — asked" satisfies the emergency-contact part of `intake.demographics`: the clinic's
 * policy (its own source) asks every patient for a contact but cannot require one; what the
 * record must show is that the question was asked and what the answer was.
 */
export const DEMOGRAPHICS_NO_CONTACT_WHY =
  'An emergency contact is asked for, never required: a patient may have nobody to list, and the registration then says "none — asked" so that the next person does not take a blank for a question never put (this clinic’s front-desk policy).';

/** `intake.demographics`: the address and phone entered are the patient's current ones, and the emergency contact was confirmed. */
export function checkDemographics(at: CheckAt & DemographicsFacts): Check {
  const problems: string[] = [];
  if (at.entered === null) {
    problems.push('address, phone and emergency contact were never confirmed');
  } else {
    if (at.entered.address !== at.current.address) problems.push(`the address on record is "${at.entered.address}", but the patient lives at "${at.current.address}"`);
    if (at.entered.phone !== at.current.phone) problems.push(`the phone on record is ${at.entered.phone}, but the patient's number is ${at.current.phone}`);
    const named = at.contactNamed;
    if (at.entered.noEmergencyContact === true) {
      // "None — asked" is the right record only for a patient who has nobody to list.
      if (named !== null && named !== undefined) problems.push(`the emergency contact was recorded as "none", but ${named.name} (${named.relationship.toLowerCase()}) ${at.newPatient ? 'was named at the desk' : 'is the contact on file or named at the desk'}`);
    } else if (!at.entered.emergencyContactConfirmed) {
      problems.push(named === null ? 'the emergency contact was left blank: neither confirmed nor recorded as "none — asked, nobody to list"' : 'the emergency contact was not confirmed');
    }
  }
  if (problems.length === 0) return passed(demographicsRule, at.patientId, at.minute);
  return missed(demographicsRule, {
    patientId: at.patientId,
    atMinute: at.minute,
    message: `${at.patientName}: ${problems.join('; ')}.`,
    remedy: at.newPatient
      ? 'A new patient has nothing on file yet: ask for the home address, the best phone number and an emergency contact, enter them as given, and read them back. If the patient has nobody to list, record "none — asked, nobody to list" instead of leaving it blank.'
      : 'Read back the address, phone and emergency contact on file and ask "Has anything changed since your last visit?"; enter the changes the patient gives you. With no contact on file, ask for one; if the patient has nobody to list, record "none — asked" instead of leaving it blank.',
    explanation: `${demographicsRule.why} ${DEMOGRAPHICS_NO_CONTACT_WHY}`,
  });
}

/** `intake.insurance-card`: the card was entered as it reads. */
export function checkInsuranceCard(at: CheckAt & { readonly card: InsuranceCard; readonly entered: { readonly payerId: string; readonly memberId: string } | null }): Check {
  if (at.entered && at.entered.payerId === at.card.payerId && at.entered.memberId === at.card.memberId) return passed(insuranceCardRule, at.patientId, at.minute);
  const message =
    at.entered === null
      ? `${at.patientName}'s insurance card (${at.card.payerId}, member id ${at.card.memberId}) was never scanned.`
      : `${at.patientName}'s insurance was entered as ${at.entered.payerId}, member id ${at.entered.memberId}; the card reads ${at.card.payerId}, member id ${at.card.memberId}.`;
  return missed(insuranceCardRule, {
    patientId: at.patientId,
    atMinute: at.minute,
    message,
    remedy: 'Scan both sides of the card at every visit and compare the payer, member id and group number with the registration; update the registration from the card, not the other way round.',
  });
}

/** `intake.eligibility`: eligibility was verified, and inactive coverage was told to the patient, who chose self-pay or to reschedule. */
export function checkEligibility(
  at: CheckAt & {
    readonly response: EligibilityResponse | null;
    readonly selfPay: boolean;
    /** The patient, told, chose to come back once the coverage is sorted out, and the visit was rebooked. */
    readonly rescheduled?: boolean;
    readonly cardStatus: 'active' | 'inactive' | 'terminated';
  },
): Check {
  const { response } = at;
  if (response?.found && (response.status === 'active' || at.selfPay || at.rescheduled === true)) return passed(eligibilityRule, at.patientId, at.minute);
  let message: string;
  if (response === null) {
    message = `${at.patientName} was checked in without an eligibility check${at.cardStatus === 'active' ? '' : `; the coverage is ${at.cardStatus}, so the visit will be billed to a plan that will not pay`}.`;
  } else if (!response.found) {
    message = `Eligibility for ${at.patientName} found no member with id ${response.memberId}, and check-in went on without a verified coverage.`;
  } else {
    message = `Eligibility showed ${at.patientName}'s coverage as ${response.status}, but the patient was not told and was checked in as insured.`;
  }
  return missed(eligibilityRule, {
    patientId: at.patientId,
    atMinute: at.minute,
    message,
    remedy: 'Run eligibility for every insured patient before the visit. If the plan is inactive or terminated, tell the patient privately and let them choose: pay for the visit themselves (self-pay) or rebook once the coverage is sorted out.',
  });
}

/** `intake.copay`: the copay the eligibility response names was collected, with a receipt. */
export function checkCopay(at: CheckAt & { readonly copayDue: number; readonly collected: { readonly amount: number; readonly receiptGiven: boolean } | null }): Check {
  const { collected } = at;
  // Compared in whole cents: amounts in dollars are floating point.
  const rightAmount = collected !== null && dollarsToCents(collected.amount) === dollarsToCents(at.copayDue);
  if (collected && rightAmount && collected.receiptGiven) return passed(copayRule, at.patientId, at.minute);
  const due = `$${at.copayDue.toFixed(2)}`;
  const message =
    collected === null
      ? `${at.patientName}'s ${due} copay was not collected at check-in.`
      : !rightAmount
        ? `${at.patientName} was charged $${collected.amount.toFixed(2)} at check-in; the copay is ${due}.`
        : `${at.patientName} paid the ${due} copay but was given no receipt.`;
  return missed(copayRule, {
    patientId: at.patientId,
    atMinute: at.minute,
    message,
    remedy: 'Collect the copay the eligibility response (and the card) shows before the visit, and give the patient a receipt.',
  });
}

/** `intake.prior-authorization`: the authorisation the visit needs was noted at check-in. */
export function checkPriorAuthorization(at: CheckAt & { readonly codes: readonly string[]; readonly payerId: string; readonly noted: boolean }): Check {
  if (at.noted) return passed(priorAuthorizationRule, at.patientId, at.minute);
  return missed(priorAuthorizationRule, {
    patientId: at.patientId,
    atMinute: at.minute,
    message: `${at.patientName}'s plan (${at.payerId}) authorises ${at.codes.join(', ')} in advance, and no authorisation was noted at check-in.`,
    remedy: 'When eligibility comes back, compare the planned services with the payer\'s authorisation list; obtain the authorisation (or confirm the number on file) and note it in the registration for the claim.',
  });
}

/** `intake.forms`: every required form was signed; the advice is for the patient at the desk (a new patient's first visit, or an established patient's yearly forms) and names only what is missing. */
export function checkForms(at: CheckAt & { readonly required: readonly IntakeForm[]; readonly signed: readonly IntakeForm[]; readonly newPatient: boolean }): Check {
  const missing = at.required.filter((form) => !at.signed.includes(form));
  if (missing.length === 0) return passed(formsRule, at.patientId, at.minute);
  const names: Record<IntakeForm, string> = {
    'privacy-notice': 'the notice of privacy practices acknowledgment',
    'consent-to-treat': 'the consent to treat',
    'financial-policy': 'the financial policy',
  };
  const toSign = (forms: readonly IntakeForm[]) => forms.map((form) => names[form]).join(' and ');
  const signable = missing.filter((form) => form !== 'privacy-notice');
  return missed(formsRule, {
    patientId: at.patientId,
    atMinute: at.minute,
    message: `${at.patientName}${at.newPatient ? ', a new patient,' : ''} was checked in without ${missing.map((form) => names[form]).join(' or ')}.`,
    remedy: at.newPatient
      ? `At a new patient's first visit, ${missing.includes('privacy-notice') ? 'give the notice of privacy practices and ask for a signed acknowledgment' : 'the privacy notice is acknowledged once'}${signable.length > 0 ? `; have ${toSign(signable)} signed before the visit` : ''}.`
      : `${at.patientName} is an established patient, who acknowledged the privacy notice at the first visit; have ${toSign(missing)} signed for this year before the visit.`,
    explanation: at.newPatient
      ? formsRule.why
      : 'An established patient does not sign the privacy notice again, but the consent to treat and the financial policy are renewed each year (this clinic’s policy): they protect the patient and the clinic before care starts, and a lapsed one leaves the visit without a signed consent.',
    // The privacy notice's acknowledgment is the HIPAA rule's (the rule's own source); a consent to treat or financial policy alone is the clinic's policy.
    ...(missing.includes('privacy-notice') ? {} : { source: FORMS_POLICY_SOURCE }),
  });
}

/** Where the consent to treat and the financial policy come from: the clinic's front-desk policy (no federal rule requires either form). */
export const FORMS_POLICY_SOURCE = checked(
  SOURCES.clinicDayFrontDeskPolicy,
  'The consent to treat and the financial policy, signed at the first visit and renewed each year: the clinic’s policy, from common practice-management procedure; the HHS notice-acknowledgment rule covers only the notice of privacy practices.',
);


/**
 * `intake.chief-complaint`: the reason for the visit is recorded in the patient's words. `said`
 * is the whole answer; `complaint`, where the answer says more than the complaint (small talk),
 * the words of it that are the complaint itself. The complaint is what is recorded, word for
 * word; the whole answer, small talk and all, is the patient's words too and is not a miss.
 */
export function checkChiefComplaint(at: CheckAt & { readonly said: string; readonly complaint?: string; readonly recorded: string | null; readonly statedBy?: string }): Check {
  const accepted = [at.complaint ?? at.said, at.said].map(patientWords);
  if (at.recorded !== null && accepted.includes(patientWords(at.recorded))) return passed(chiefComplaintRule, at.patientId, at.minute);
  const complaint = at.complaint === undefined ? '' : ` (the complaint: "${spokenWords(at.complaint)}")`;
  // A child's reason is said by the parent or guardian (`statedBy`) when the chart tags their words.
  const parentSaid = at.statedBy !== undefined && speakerTag(at.said) !== null;
  return missed(chiefComplaintRule, {
    patientId: at.patientId,
    atMinute: at.minute,
    message:
      at.recorded === null
        ? `${at.patientName}'s reason for the visit was not recorded.`
        : `${at.patientName}'s reason for the visit was recorded as "${at.recorded}"; ${parentSaid ? at.statedBy : 'the patient'} said "${spokenWords(at.said)}"${complaint}.`,
    remedy: parentSaid
      ? `Ask ${at.statedBy} "What brings ${at.patientName.split(' ')[0]} in today?" and record the complaint in quotation marks, in the parent's own words, without the small talk around it.`
      : 'Ask "What brings you in today?" and record the complaint in quotation marks, in the patient\'s own words, without the small talk around it.',
  });
}
