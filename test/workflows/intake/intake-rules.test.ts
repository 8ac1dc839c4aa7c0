import { describe, expect, it } from 'vitest';
import {
  checkChiefComplaint,
  checkCopay,
  checkDemographics,
  checkEligibility,
  checkForms,
  checkIdentityMismatch,
  checkInsuranceCard,
  checkPhotoId,
  checkPriorAuthorization,
  checkTwoIdentifiers,
  INTAKE_RULES,
  type IdentityAnswer,
} from '../../../src/workflows/intake/intake.rules';
import { checkMinimumNecessary } from '../../../src/workflows/shared/privacy';

const at = { patientId: 'p1', patientName: 'Mary Ann Smith', minute: 500 };
const stated = (question: IdentityAnswer['question'], answer = 'x'): IdentityAnswer => ({ question, style: 'stated', answer });
const yesNo = (question: IdentityAnswer['question']): IdentityAnswer => ({ question, style: 'yes-no', answer: 'yes' });

describe('intake.two-identifiers', () => {
  it.each([
    ['name and date of birth stated', [stated('full-name'), stated('date-of-birth')], 0, true, null],
    ['name and phone stated', [stated('full-name'), stated('phone')], 0, true, null],
    ['only the name stated', [stated('full-name')], 0, false, /only one identifier the patient stated \(full name\)/],
    ['"Are you Mary Smith?" and the date of birth', [yesNo('full-name'), stated('date-of-birth')], 0, false, /yes\/no question about the full name/],
    ['the name twice', [stated('full-name'), stated('full-name')], 0, false, /only one identifier/],
    ['the name and the appointment time', [stated('full-name'), stated('appointment-time')], 0, false, /appointment time, which is not an identifier/],
    ['only the name, with a namesake on the schedule', [stated('full-name')], 1, false, /Another patient named Mary on today's schedule/],
  ])('%s', (_, answers, namesakeCount, ok, message) => {
    const check = checkTwoIdentifiers({ ...at, answers, namesakeCount });
    expect(check.passed).toBe(ok);
    expect(check.severity).toBe('critical');
    if (message) expect(check.finding?.message).toMatch(message);
  });
});

describe('intake.identity-mismatch', () => {
  const facts = {
    ...at,
    mismatches: ['date-of-birth'] as ('full-name' | 'date-of-birth')[],
    chart: { name: 'Mary Ann Smith', dateOfBirth: '1947-12-08' },
    stated: { name: 'Mary Ann Smith', dateOfBirth: '1947-08-12' },
  };
  it.each([
    ['flagged and settled with a photo ID', [stated('date-of-birth')], true, true, true, null],
    ['heard but confirmed anyway', [stated('date-of-birth')], false, false, false, /states the date of birth 1947-08-12 \(chart: 1947-12-08\); identity was confirmed anyway/],
    ['flagged without a photo ID', [stated('date-of-birth')], true, false, false, /without checking a photo ID/],
    ['a photo ID checked but the difference never flagged (the playtest)', [stated('date-of-birth')], false, true, false, /the photo ID was checked, but identity was confirmed without flagging the difference/],
    ['never asked (yes/no only)', [yesNo('date-of-birth')], false, false, false, /never stated by the patient/],
  ])('%s', (_, answers, flagged, photoIdChecked, ok, message) => {
    const check = checkIdentityMismatch({ ...facts, answers, flagged, photoIdChecked });
    expect(check.passed).toBe(ok);
    if (message) expect(check.finding?.message).toMatch(message);
  });
});

describe('the registration rules', () => {
  const current = { address: '1 New St, Portland, OR, 97201', phone: '555-555-0199' };
  const card = { payerId: 'bluecross-ppo', memberId: 'BHP-2', groupNumber: null, planType: 'ppo' as const, copay: 25 };
  const active = { found: true as const, memberId: 'BHP-2', status: 'active' as const, planType: 'ppo' as const, copay: 25, deductibleRemaining: 0, coinsurancePercent: 0 };
  it.each([
    ['photo id checked', checkPhotoId({ ...at, photoIdChecked: true }), true, null],
    ['photo id not checked', checkPhotoId({ ...at, photoIdChecked: false }), false, /without a look at a photo ID/],
    ['demographics current', checkDemographics({ ...at, current, entered: { ...current, emergencyContactConfirmed: true } }), true, null],
    ['old address kept', checkDemographics({ ...at, current, entered: { ...current, address: '9 Old Rd', emergencyContactConfirmed: true } }), false, /the address on record is "9 Old Rd", but the patient lives at "1 New St/],
    ['old phone kept', checkDemographics({ ...at, current, entered: { ...current, phone: '555-555-0100', emergencyContactConfirmed: true } }), false, /phone on record is 555-555-0100/],
    ['no emergency contact', checkDemographics({ ...at, current, entered: { ...current, emergencyContactConfirmed: false } }), false, /emergency contact was not confirmed/],
    ['demographics never confirmed', checkDemographics({ ...at, current, entered: null }), false, /never confirmed/],
    ['a new patient with nobody to list, recorded "none — asked"', checkDemographics({ ...at, newPatient: true, current, contactNamed: null, entered: { ...current, emergencyContactConfirmed: false, noEmergencyContact: true } }), true, null],
    [
      '"none" recorded for a patient who named a contact',
      checkDemographics({ ...at, newPatient: true, current, contactNamed: { name: 'Kofi Mensah', relationship: 'Brother' }, entered: { ...current, emergencyContactConfirmed: false, noEmergencyContact: true } }),
      false,
      /recorded as "none", but Kofi Mensah \(brother\) was named at the desk/,
    ],
    [
      'a patient with nobody to list, the contact left blank',
      checkDemographics({ ...at, newPatient: true, current, contactNamed: null, entered: { ...current, emergencyContactConfirmed: false } }),
      false,
      /left blank: neither confirmed nor recorded as "none — asked, nobody to list"/,
    ],
    ['card entered as it reads', checkInsuranceCard({ ...at, card, entered: { payerId: 'bluecross-ppo', memberId: 'BHP-2' } }), true, null],
    ['old member id kept', checkInsuranceCard({ ...at, card, entered: { payerId: 'bluecross-ppo', memberId: 'BHP-1' } }), false, /member id BHP-1; the card reads bluecross-ppo, member id BHP-2/],
    ['card never scanned', checkInsuranceCard({ ...at, card, entered: null }), false, /never scanned/],
    ['eligibility active', checkEligibility({ ...at, response: active, selfPay: false, cardStatus: 'active' }), true, null],
    ['inactive, patient chose self-pay', checkEligibility({ ...at, response: { ...active, status: 'inactive' }, selfPay: true, cardStatus: 'inactive' }), true, null],
    ['inactive, not told', checkEligibility({ ...at, response: { ...active, status: 'inactive' }, selfPay: false, cardStatus: 'inactive' }), false, /coverage as inactive, but the patient was not told/],
    ['never checked, coverage terminated', checkEligibility({ ...at, response: null, selfPay: false, cardStatus: 'terminated' }), false, /without an eligibility check; the coverage is terminated/],
    ['member not found', checkEligibility({ ...at, response: { found: false, memberId: 'BHP-1' }, selfPay: false, cardStatus: 'active' }), false, /found no member with id BHP-1/],
    ['copay and receipt', checkCopay({ ...at, copayDue: 25, collected: { amount: 25, receiptGiven: true } }), true, null],
    ['copay forgotten', checkCopay({ ...at, copayDue: 25, collected: null }), false, /\$25.00 copay was not collected/],
    ['wrong copay', checkCopay({ ...at, copayDue: 25, collected: { amount: 30, receiptGiven: true } }), false, /charged \$30.00 at check-in; the copay is \$25.00/],
    ['no receipt', checkCopay({ ...at, copayDue: 25, collected: { amount: 25, receiptGiven: false } }), false, /no receipt/],
    ['authorisation noted', checkPriorAuthorization({ ...at, codes: ['93000'], payerId: 'aetna-hmo', noted: true }), true, null],
    ['authorisation missing', checkPriorAuthorization({ ...at, codes: ['93000'], payerId: 'aetna-hmo', noted: false }), false, /\(aetna-hmo\) authorises 93000 in advance/],
    ['forms signed', checkForms({ ...at, required: ['privacy-notice', 'consent-to-treat'], signed: ['consent-to-treat', 'privacy-notice'], newPatient: true }), true, null],
    ['privacy notice missing', checkForms({ ...at, required: ['privacy-notice', 'consent-to-treat'], signed: ['consent-to-treat'], newPatient: true }), false, /Mary Ann Smith, a new patient, was checked in without the notice of privacy practices acknowledgment/],
    ["an established patient's forms missing", checkForms({ ...at, required: ['consent-to-treat', 'financial-policy'], signed: [], newPatient: false }), false, /^Mary Ann Smith was checked in without the consent to treat or the financial policy\.$/],
    ['complaint in her words', checkChiefComplaint({ ...at, said: 'My  throat hurts.', recorded: 'My throat hurts.' }), true, null],
    ['complaint paraphrased', checkChiefComplaint({ ...at, said: 'My throat hurts.', recorded: 'Sore throat' }), false, /recorded as "Sore throat"; the patient said "My throat hurts."/],
    ['complaint missing', checkChiefComplaint({ ...at, said: 'My throat hurts.', recorded: null }), false, /was not recorded/],
    // An answer with small talk after the complaint: the complaint's words are what is recorded; the whole answer, word for word, is not a miss either.
    ['the complaint without the small talk', checkChiefComplaint({ ...at, said: "Blood pressure follow-up. I've been feeling fine.", complaint: 'Blood pressure follow-up.', recorded: 'Blood pressure follow-up' }), true, null],
    ['the whole answer, small talk and all', checkChiefComplaint({ ...at, said: "Blood pressure follow-up. I've been feeling fine.", complaint: 'Blood pressure follow-up.', recorded: "Blood pressure follow-up. I've been feeling fine." }), true, null],
    ['only the small talk', checkChiefComplaint({ ...at, said: "Blood pressure follow-up. I've been feeling fine.", complaint: 'Blood pressure follow-up.', recorded: "I've been feeling fine" }), false, /recorded as "I've been feeling fine"; the patient said "Blood pressure follow-up\. I've been feeling fine\." \(the complaint: "Blood pressure follow-up\."\)\.$/],
    ['the complaint paraphrased', checkChiefComplaint({ ...at, said: "Blood pressure follow-up. I've been feeling fine.", complaint: 'Blood pressure follow-up.', recorded: 'Hypertension follow-up' }), false, /recorded as "Hypertension follow-up"/],
    ['the complaint cut short where the scenario names none', checkChiefComplaint({ ...at, said: 'Blood pressure check. My home readings have been better.', recorded: 'Blood pressure check' }), false, /recorded as "Blood pressure check"/],
    [
      "a child's complaint paraphrased, her mother's words",
      checkChiefComplaint({ ...at, said: '(mother) She felt hot all night.', recorded: 'Fever', statedBy: "Mary's mother (Ann Smith)" }),
      false,
      /recorded as "Fever"; Mary's mother \(Ann Smith\) said "She felt hot all night\."\.$/,
    ],
  ])('%s', (_, check, ok, message) => {
    expect(check.passed).toBe(ok);
    if (message) expect(check.finding?.message).toMatch(message);
    if (!ok) expect(check.finding?.remedy.length).toBeGreaterThan(20);
  });
});

describe('privacy.minimum-necessary', () => {
  const call = { patientId: 'p1', patientLabel: 'Marcus Johnson', minute: 615, callerName: 'Denise Johnson' };
  const onFile = { name: 'Denise Johnson', relationship: 'Spouse', basis: 'authorization' as const };
  it.each([
    ['results withheld from a relative with nothing on file', { caller: 'relative' as const, releaseOnFile: null, callerVerified: false, disclosed: false }, true, null],
    ['results given to a relative with nothing on file, unasked', { caller: 'relative' as const, releaseOnFile: null, callerVerified: false, disclosed: true }, false, /given to Denise Johnson \(relative\) on the phone without the patient's permission on file/],
    [
      'results given to a relative who gave the patient’s details, with nothing on file',
      { caller: 'relative' as const, releaseOnFile: null, callerVerified: true, disclosed: true },
      false,
      /no release of information for them: knowing Marcus's date of birth shows who is calling, not that Marcus allowed the clinic to share/,
    ],
    ['results given to a verified relative with a release on file', { caller: 'relative' as const, releaseOnFile: onFile, callerVerified: true, disclosed: true }, true, null],
    ['results given to a relative on file, never asked who they are', { caller: 'relative' as const, releaseOnFile: onFile, callerVerified: false, disclosed: true }, false, /without verifying who was calling/],
    ['results given to the patient, verified', { caller: 'patient' as const, releaseOnFile: null, callerVerified: true, disclosed: true }, true, null],
    ['results given to an unverified "patient"', { caller: 'patient' as const, releaseOnFile: null, callerVerified: false, disclosed: true }, false, /without first verifying the caller was the patient/],
  ])('%s', (_, facts, ok, message) => {
    const check = checkMinimumNecessary({ ...call, ...facts });
    expect(check.passed).toBe(ok);
    expect(check.severity).toBe('critical');
    if (message) expect(check.finding?.message).toMatch(message);
  });
});

describe('INTAKE_RULES', () => {
  it('has the issue’s ids with their severities, each with a source', () => {
    const severities = Object.fromEntries(INTAKE_RULES.map((rule) => [rule.id, rule.severity]));
    expect(severities).toMatchObject({
      'intake.two-identifiers': 'critical',
      'intake.identity-mismatch': 'critical',
      'intake.eligibility': 'major',
      'intake.prior-authorization': 'major',
      'privacy.minimum-necessary': 'critical',
    });
    for (const id of ['intake.demographics', 'intake.copay', 'intake.forms']) expect(severities[id]).toBeDefined();
    for (const rule of INTAKE_RULES) expect(rule.source.publisher.length).toBeGreaterThan(3);
  });
});

describe('the forms finding’s advice', () => {
  const at = { patientId: 'p1', patientName: 'Mary Ann Smith', minute: 5 };

  it('tells an established patient’s trainee to renew this year’s forms, not to give the privacy notice of a first visit', () => {
    const check = checkForms({ ...at, required: ['consent-to-treat', 'financial-policy'], signed: ['consent-to-treat'], newPatient: false });
    expect(check.finding?.remedy).toBe('Mary Ann Smith is an established patient, who acknowledged the privacy notice at the first visit; have the financial policy signed for this year before the visit.');
    expect(check.finding?.explanation).toMatch(/^An established patient does not sign the privacy notice again/);
    expect(check.finding?.explanation).not.toMatch(/A new patient must be offered/);
    // A consent or a financial policy is the clinic's policy, not the privacy notice's rule.
    expect(check.finding?.source.id).toBe('clinicDayFrontDeskPolicy');
    expect(checkForms({ ...at, required: ['privacy-notice', 'consent-to-treat'], signed: ['consent-to-treat'], newPatient: true }).finding?.source.id).toBe('hhsNoticeAcknowledgment');
  });

  it('tells a new patient’s trainee to give the privacy notice, and names only the forms still unsigned', () => {
    const check = checkForms({ ...at, required: ['privacy-notice', 'consent-to-treat', 'financial-policy'], signed: ['financial-policy'], newPatient: true });
    expect(check.finding?.remedy).toBe("At a new patient's first visit, give the notice of privacy practices and ask for a signed acknowledgment; have the consent to treat signed before the visit.");
    expect(check.finding?.explanation).toMatch(/^A new patient must be offered the notice of privacy practices/);
  });
});

describe('intake.demographics with nobody to list for emergencies', () => {
  const current = { address: '1 New St, Portland, OR, 97201', phone: '555-555-0199' };
  it('tells a new patient’s desk to record "none — asked" rather than leave it blank, and why, with the clinic’s policy as source', () => {
    const check = checkDemographics({ patientId: 'p', patientName: 'Lan Nguyen', minute: 480, newPatient: true, current, contactNamed: null, entered: { ...current, emergencyContactConfirmed: false } });
    expect(check.finding?.remedy).toMatch(/If the patient has nobody to list, record "none — asked, nobody to list" instead of leaving it blank\.$/);
    expect(check.finding?.explanation).toMatch(/An emergency contact is asked for, never required/);
    expect(check.finding?.source.id).toBe('clinicDayFrontDeskPolicy');
  });
});
