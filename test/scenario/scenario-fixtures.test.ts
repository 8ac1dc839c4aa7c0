/**
 * Every fixture in test/fixtures/scenarios with the exact problem lines it must give, in
 * order (sorted by line, then column). The broken fixtures are derived from
 * `minimal-valid.yaml`, each with a comment on its first line saying what is wrong.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatProblem, parseScenarioBytes } from '../../src/scenario/scenario-loader';

const FIXTURES = 'test/fixtures/scenarios';

/** [fixture file, the problem lines it gives] — an empty list means the fixture is valid. */
const EXPECTED: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['anchor-bomb.yaml', [
    "anchor-bomb.yaml:4:8: aliases expand too far (more than 100 copies): is this a \"billion laughs\" file? Write the data out instead",
  ]],
  ['appointment-in-blocked-time.yaml', [
    "appointment-in-blocked-time.yaml:53:39 patients[1].arrival.time: appointment at 10:15 falls in blocked time 10:00–10:30 (Huddle)",
  ]],
  ['appointment-off-grid.yaml', [
    "appointment-off-grid.yaml:38:39 patients[0].arrival.time: appointment at 08:10 is not on dr-lee's 15-minute slot grid (08:00, 08:15, …)",
  ]],
  ['appointment-outside-day.yaml', [
    "appointment-outside-day.yaml:38:39 patients[0].arrival.time: appointment at 07:30 is outside the day (08:00–12:00)",
  ]],
  ['appointment-slot-full.yaml', [
    "appointment-slot-full.yaml:53:39 patients[1].arrival.time: dr-lee's 08:00 slot is already full (patients[0]); the template allows 1 per slot",
  ]],
  ['bad-arrival-kind.yaml', [
    "bad-arrival-kind.yaml:38:22 patients[0].arrival.kind: expected one of: scheduled, walk-in (got \"booked\")",
  ]],
  ['binary.yaml', [
    "binary.yaml:1:1: file is not UTF-8 text: byte 0x89 here is not UTF-8 (is it a binary file, or text saved as Latin-1 or Windows-1252?); a scenario is a YAML or JSON text file saved as UTF-8",
  ]],
  ['book-in-blocked-time.yaml', [
    "book-in-blocked-time.yaml:63:31 appointmentBook[0].time: a 15-minute \"follow-up\" visit at 10:15 runs into blocked time 10:00–10:30 (Huddle); book it outside blocked time",
  ]],
  ['book-not-a-working-day.yaml', [
    "book-not-a-working-day.yaml:63:13 appointmentBook[0].date: 2026-03-14 is a Saturday, when dr-lee does not see patients (workingWeekdays: Monday, Tuesday, Wednesday, Thursday, Friday); book it on a working day",
  ]],
  ['book-off-grid.yaml', [
    "book-off-grid.yaml:63:31 appointmentBook[0].time: 09:10 is not on dr-lee's 15-minute slot grid (08:00, 08:15, …); book it at a slot's start",
  ]],
  ['book-outside-hours.yaml', [
    "book-outside-hours.yaml:63:31 appointmentBook[0].time: a 30-minute \"new-patient\" visit at 16:45 does not fit in dr-lee's hours (08:00–17:00); book it to start at or after 08:00 and end by 17:00",
  ]],
  ['book-slot-full.yaml', [
    "book-slot-full.yaml:64:31 appointmentBook[1].time: a 15-minute \"follow-up\" visit at 09:15 on 2026-03-11 needs a slot that is already full (appointmentBook[0]); dr-lee's template allows 1 per slot: book it at a free time or raise maxPerSlot",
  ]],
  ['born-after-day.yaml', [
    "born-after-day.yaml:32:18 patients[0].dateOfBirth: born 2028-05-14, after the scenario's day (2026-03-10); a patient is born on or before day.date: check the year",
    "born-after-day.yaml:48:10 patients[1].mrn: duplicate MRN \"MRN0001\" (also patients[0].mrn)",
  ]],
  ['blocked-end-before-start.yaml', [
    "blocked-end-before-start.yaml:20:34 providers[0].template.blocked[0].end: blocked time must end after it starts (10:00–09:45)",
  ]],
  ['call-outside-day.yaml', [
    "call-outside-day.yaml:59:31 events[0].time: phone call at 13:00 is outside the day (08:00–12:00)",
  ]],
  ['call-unknown-patient.yaml', [
    "call-unknown-patient.yaml:59:94 events[0].patientId: no patient with id \"zoe\"",
    "call-unknown-patient.yaml:61:13 traps[0].kind: trap \"relative-calling\" is not set up for patient \"ana\": no phone call from a relative about this patient in events",
  ]],
  ['child-exam-code-for-adult.yaml', [
    "child-exam-code-for-adult.yaml:57:25 patients[1].note.diagnoses[0]: Z00.129 is meant for patients aged up to 17; this patient is 71",
  ]],
  ['comments-only.yaml', [
    "comments-only.yaml:1:1: file is empty; a scenario starts with \"schemaVersion: 1\"",
  ]],
  ['day-end-before-start.yaml', [
    "day-end-before-start.yaml:27:8 day.end: the day must end after it starts (08:00–07:00)",
  ]],
  ['deep-nesting.yaml', [
    "deep-nesting.yaml:6:32: nesting is deeper than 24 levels; a scenario is never nested that deep",
  ]],
  ['duplicate-key.yaml', [
    "duplicate-key.yaml:6:1 title: duplicate field \"title\" (first given at line 4)",
  ]],
  ['duplicate-mrn.yaml', [
    "duplicate-mrn.yaml:48:10 patients[1].mrn: duplicate MRN \"MRN0001\" (also patients[0].mrn)",
  ]],
  ['duplicate-patient-id.yaml', [
    "duplicate-patient-id.yaml:44:9 patients[1].id: duplicate patient id \"ana\" (also patients[0])",
  ]],
  ['ecg-on-a-test.yaml', [
    "ecg-on-a-test.yaml:41:60 patients[0].orders[0].ecg: ecg describes how an ECG order plays out; \"rapid-strep\" is not an ECG (testId: ecg): move the block to the ECG order or remove it",
    "ecg-on-a-test.yaml:56:103 patients[1].orders[1].ecg.urgent: an urgent tracing must reach the provider at once, but its rhythm is normal-sinus, which gives the provider nothing to act on at once: give it the rhythm that makes it urgent (sinus-tachycardia, atrial-fibrillation, st-elevation) or leave urgent out",
  ]],
  ['education-plan.yaml', [
    "education-plan.yaml:44:45 patients[0].education.topics[2]: topic \"omeprazole\" is already listed (topics[0]): list each topic once",
    "education-plan.yaml:44:75 patients[0].education.muddledAtFirst[0]: \"metformin\" is not one of the plan's topics (omeprazole, gerd): the patient can only get muddled about what is taught",
    "education-plan.yaml:44:98 patients[0].education.asksAbout: \"atorvastatin\" is not one of the plan's topics (omeprazole, gerd): the patient asks about a leaflet they were given",
    "education-plan.yaml:61:27 patients[1].education.topics[0]: the shelf has no leaflet on metformin (new medicine) in Spanish at reading grade 3 or easier (readingNeeds.maxGrade): no trainee could give it rightly",
  ]],
  ['empty.yaml', [
    "empty.yaml:1:1: file is empty; a scenario starts with \"schemaVersion: 1\"",
  ]],
  ['enum-value.yaml', [
    "enum-value.yaml:33:10 patients[0].sex: expected one of: female, male, unknown (got \"woman\")",
  ]],
  ['established-on-new-patient-visit.yaml', [
    "established-on-new-patient-visit.yaml:38:61 patients[0].arrival.visitTypeId: an established patient (newPatient: false) is booked on \"new-patient\", a visit type for new patients",
  ]],
  ['follow-up-visit-type.yaml', [
    "follow-up-visit-type.yaml:43:67 patients[0].followUp.visitTypeId: dr-lee does not offer visit type \"recheck\" (new-patient, follow-up)",
  ]],
  ['icd-deleted.yaml', [
    "icd-deleted.yaml:42:25 patients[0].note.diagnoses[0]: ICD-10-CM code R05 is not valid on 2026-03-10: deleted on 2021-10-01; use R05.1, R05.2, R05.3, R05.4, R05.8, R05.9",
  ]],
  ['icd-not-yet-effective.yaml', [
    "icd-not-yet-effective.yaml:57:25 patients[1].note.diagnoses[0]: ICD-10-CM code E66.811 is not valid on 2024-03-12: not yet in effect (from 2024-10-01)",
  ]],
  ['icd-unknown.yaml', [
    "icd-unknown.yaml:42:25 patients[0].note.diagnoses[0]: ICD-10-CM code X99.9 is not in the reference code set",
  ]],
  ['impossible-date.yaml', [
    "impossible-date.yaml:32:18 patients[0].dateOfBirth: not a real date (1990-02-30)",
  ]],
  ['inactive-choice-on-active-coverage.yaml', [
    "inactive-choice-on-active-coverage.yaml:37:90 patients[0].coverage.inactiveChoice: inactiveChoice is what the patient does when told the coverage is not active; this coverage.status is active",
  ]],
  ['invalid-utf8.yaml', [
    "invalid-utf8.yaml:2:11: file is not UTF-8 text: byte 0xE9 here is not UTF-8 (is it a binary file, or text saved as Latin-1 or Windows-1252?); a scenario is a YAML or JSON text file saved as UTF-8",
  ]],
  ['many-problems.yaml', [
    "many-problems.yaml:33:10 patients[0].sex: expected one of: female, male, unknown (got \"woman\")",
    "many-problems.yaml:38:39 patients[0].arrival.time: appointment at 08:05 is not on dr-lee's 15-minute slot grid (08:00, 08:15, …)",
    "many-problems.yaml:40:5 patients[0].chiefComplain: unknown field \"chiefComplain\" (did you mean \"chiefComplaint\"?)",
    "many-problems.yaml:47:18 patients[1].dateOfBirth: not a real date (1955-02-30)",
    "many-problems.yaml:49:10 patients[1].mrn: duplicate MRN \"MRN0001\" (also patients[0].mrn)",
    "many-problems.yaml:57:24 patients[1].orders[0].testId: order for a test the clinic cannot run: \"a1c-poc\" is not in clinic.capabilities",
  ]],
  ['minimal-valid.yaml', []],
  ['missing-patient-fields.yaml', [
    "missing-patient-fields.yaml:44:5 patients[1]: missing required fields \"name\", \"note\"",
  ]],
  ['missing-title.yaml', [
    "missing-title.yaml:2:1: missing required field \"title\"",
  ]],
  ['multiple-documents.yaml', [
    "multiple-documents.yaml:61:1: a scenario file holds one YAML document; remove the second \"---\" or split the file",
  ]],
  ['new-patient-changed-demographics.yaml', [
    "new-patient-changed-demographics.yaml:52:28 patients[1].changedSinceLastVisit: a new patient has no last visit; changedSinceLastVisit does not apply",
  ]],
  ['new-patient-on-established-visit.yaml', [
    "new-patient-on-established-visit.yaml:53:61 patients[1].arrival.visitTypeId: a new patient (newPatient: true) is booked on \"follow-up\", a visit type for established patients",
  ]],
  ['npi-check-digit.yaml', [
    "npi-check-digit.yaml:16:10 providers[0].npi: NPI 1528736403 fails its check digit (Luhn over the prefix 80840); check for a typing error",
  ]],
  ['order-diagnosis-not-on-note.yaml', [
    "order-diagnosis-not-on-note.yaml:56:62 patients[1].orders[0].diagnoses[0]: the order for \"glucose-poc\" names E11.9, which is not among the note's diagnoses (E11.65): the claim points only at the note's diagnoses, so it would be dropped; add E11.9 to note.diagnoses or name one of the note's codes",
  ]],
  ['order-diagnosis-not-valid.yaml', [
    "order-diagnosis-not-valid.yaml:41:67 patients[0].orders[0].diagnoses[0]: ICD-10-CM code R05 is not valid on 2026-03-10: deleted on 2021-10-01; use R05.1, R05.2, R05.3, R05.4, R05.8, R05.9; an order names codes from the note's diagnoses (J02.0), each valid on the scenario's day",
  ]],
  ['patience.yaml', [
    "patience.yaml:29:60 day.patience.leaveAfterMinutes: patients must leave later than they complain: leaveAfterMinutes (20) must be greater than complainAfterMinutes (30)",
  ]],
  ['payer-not-in-clinic.yaml', [
    "payer-not-in-clinic.yaml:52:26 patients[1].coverage.payerId: payer \"aetna-hmo\" is not one of the clinic's payers (clinic.payers: bluecross-ppo)",
  ]],
  ['payer-unknown.yaml', [
    "payer-unknown.yaml:37:26 patients[0].coverage.payerId: payer \"acme-ppo\" is not in the reference payers",
  ]],
  ['plan-type-mismatch.yaml', [
    "plan-type-mismatch.yaml:37:69 patients[0].coverage.planType: payer \"bluecross-ppo\" is a ppo plan, not hmo",
  ]],
  ['schema-version.yaml', [
    "schema-version.yaml:2:16 schemaVersion: expected schemaVersion 1",
  ]],
  ['scoring-weights.yaml', [
    "scoring-weights.yaml:63:12 scoring.weights: weights must add up to 1 (accuracy 0.6 + throughput 0.3 = 0.9)",
  ]],
  ['tab-indent.yaml', [
    "tab-indent.yaml:8:1: tabs are not allowed for indentation in YAML; indent with spaces",
    "tab-indent.yaml:8:13: invalid YAML: nested mappings are not allowed in compact mappings",
    "tab-indent.yaml:8:13: invalid YAML: implicit keys need to be on a single line",
    "tab-indent.yaml:10:1: invalid YAML: all mapping items must start at the same column",
    "tab-indent.yaml:11:1: invalid YAML: all mapping items must start at the same column",
    "tab-indent.yaml:12:1: invalid YAML: all mapping items must start at the same column",
  ]],
  ['test-clinic-cannot-run.yaml', [
    "test-clinic-cannot-run.yaml:56:24 patients[1].orders[0].testId: order for a test the clinic cannot run: \"a1c-poc\" is not in clinic.capabilities",
  ]],
  ['test-not-in-catalogue.yaml', [
    "test-not-in-catalogue.yaml:41:24 patients[0].orders[0].testId: test \"strep-culture\" is not in the test catalogue",
  ]],
  ['top-level-list.yaml', [
    "top-level-list.yaml:2:1: the top level must be a mapping of fields (schemaVersion, id, title, …), found a list",
  ]],
  ['top-level-scalar.yaml', [
    "top-level-scalar.yaml:1:1: the top level must be a mapping of fields (schemaVersion, id, title, …), found a single value (\"just some text\")",
  ]],
  ['trap-after-dose.yaml', [
    "trap-after-dose.yaml:62:13 traps[1].kind: trap \"post-vaccine-syncope\" is not set up for patient \"ana\": no vaccine order has administration.afterDose: syncope",
    "trap-after-dose.yaml:63:13 traps[2].kind: trap \"anaphylaxis-sign\" is not set up for patient \"ben\": the patient has no vaccine order",
  ]],
  ['trap-component-allergy.yaml', [
    "trap-component-allergy.yaml:63:13 traps[1].kind: trap \"component-allergy\" is not set up for patient \"ana\": no allergy on the chart (Penicillin) is a component of influenza-vaccine or of the packaging in stock",
  ]],
  ['trap-component-allergy-latex-vial.yaml', [
    "trap-component-allergy-latex-vial.yaml:68:13 traps[1].kind: trap \"component-allergy\" is not set up for patient \"ana\": no allergy on the chart (Latex) is a component of hepatitis-b-vaccine or of the packaging in stock",
  ]],
  ['trap-comes-after-closing.yaml', [
    "trap-comes-after-closing.yaml:62:43 traps[1].patientId: trap \"inactive-coverage\" needs patient \"ben\" in the clinic, but they come at 12:15 (11:30 plus lateMinutes 45), when the day has ended (12:00), so the trap is never sprung; make lateMinutes smaller or book the patient earlier",
  ]],
  ['trap-critical-vital.yaml', [
    "trap-critical-vital.yaml:62:13 traps[1].kind: trap \"critical-vital\" is not set up for patient \"ana\": no vital sign is in the critical range",
  ]],
  ['trap-ecg.yaml', [
    "trap-ecg.yaml:62:13 traps[1].kind: trap \"ecg-artefact\" is not set up for patient \"ana\": the ECG order sets nothing that makes an artefact show (ecg.patientState cold or anxious, ecg.interference, ecg.hasLotion or ecg.needsHairClipped)",
    "trap-ecg.yaml:63:13 traps[2].kind: trap \"urgent-tracing\" is not set up for patient \"ana\": the ECG order is not marked urgent (ecg.urgent: true)",
    "trap-ecg.yaml:64:13 traps[3].kind: trap \"limb-lead-reversal\" is not set up for patient \"ben\": the patient has no ECG order",
  ]],
  ['trap-dob-mismatch-absent.yaml', [
    "trap-dob-mismatch-absent.yaml:62:13 traps[1].kind: trap \"dob-mismatch\" is not set up for patient \"ben\": statesAtCheckIn.dateOfBirth is absent",
  ]],
  ['trap-dob-mismatch-equal.yaml', [
    "trap-dob-mismatch-equal.yaml:63:13 traps[1].kind: trap \"dob-mismatch\" is not set up for patient \"ben\": statesAtCheckIn.dateOfBirth equals the chart's date of birth (1955-01-30)",
  ]],
  ['trap-ecg-not-set-up.yaml', [
    "trap-ecg-not-set-up.yaml:62:13 traps[1].kind: trap \"ecg-artefact\" is not set up for patient \"ben\": the ECG order sets nothing that makes an artefact show (ecg.patientState cold or anxious, ecg.interference, ecg.hasLotion or ecg.needsHairClipped)",
    "trap-ecg-not-set-up.yaml:63:13 traps[2].kind: trap \"urgent-tracing\" is not set up for patient \"ben\": the ECG order is not marked urgent (ecg.urgent: true)",
    "trap-ecg-not-set-up.yaml:64:13 traps[3].kind: trap \"limb-lead-reversal\" is not set up for patient \"ana\": the patient has no ECG order",
  ]],
  ['trap-expired-vial.yaml', [
    "trap-expired-vial.yaml:67:13 traps[1].kind: trap \"expired-vial\" is not set up for patient \"ana\": no vial of influenza-vaccine in clinic.medicationStock is expired or past its beyond-use date on 2026-03-10",
  ]],
  ['trap-inactive-coverage.yaml', [
    "trap-inactive-coverage.yaml:62:13 traps[1].kind: trap \"inactive-coverage\" is not set up for patient \"ana\": coverage.status is active",
  ]],
  ['trap-member-id-mismatch.yaml', [
    "trap-member-id-mismatch.yaml:62:13 traps[1].kind: trap \"member-id-mismatch\" is not set up for patient \"ana\": coverage.cardMemberId is absent",
  ]],
  ['trap-missing-authorization.yaml', [
    "trap-missing-authorization.yaml:62:13 traps[1].kind: trap \"missing-authorization\" is not set up for patient \"ben\": nothing ordered for this patient needs prior authorisation from \"aetna-hmo\"",
  ]],
  ['trap-order-not-signed.yaml', [
    "trap-order-not-signed.yaml:62:13 traps[1].kind: trap \"order-not-signed\" is not set up for patient \"ana\": every vaccine order is signed (administration.form)",
  ]],
  ['trap-on-no-show.yaml', [
    "trap-on-no-show.yaml:62:43 traps[1].patientId: trap \"inactive-coverage\" needs patient \"ben\" in the clinic, but they are a no-show (arrival.noShow: true) and never come, so the trap is never sprung; remove the trap or set noShow to false",
  ]],
  ['trap-relative-calling-on-file.yaml', [
    "trap-relative-calling-on-file.yaml:62:13 traps[0].kind: trap \"relative-calling\" is not set up for patient \"ana\": every relative who calls about this patient is on the release of information, so nothing here is a privacy trap",
  ]],
  ['trap-relative-calling.yaml', [
    "trap-relative-calling.yaml:61:13 traps[0].kind: trap \"relative-calling\" is not set up for patient \"ana\": no phone call from a relative about this patient in events",
  ]],
  ['trap-same-name.yaml', [
    "trap-same-name.yaml:62:13 traps[1].kind: trap \"same-name\" is not set up for patient \"ana\": no other patient is named Ana Lopez",
  ]],
  ['trap-storage-excursion.yaml', [
    "trap-storage-excursion.yaml:67:13 traps[1].kind: trap \"storage-excursion\" is not set up for patient \"ana\": no storage unit in clinic.medicationStock has a log reading out of range",
  ]],
  ['truncated-at-line.yaml', [
    "truncated-at-line.yaml:29:5 patients[0]: missing required fields \"address\", \"arrival\", \"chiefComplaint\", \"vitals\", \"note\"",
  ]],
  ['truncated.yaml', [
    "truncated.yaml:39:186: invalid YAML: flow map in block collection must be sufficiently indented and end with a }",
  ]],
  ['unknown-alias.yaml', [
    "unknown-alias.yaml:4:8: alias *name refers to no anchor defined before it",
  ]],
  ['unknown-field-typo.yaml', [
    "unknown-field-typo.yaml:7:3 clinic: missing required field \"examRooms\"",
    "unknown-field-typo.yaml:8:3 clinic.examRoom: unknown field \"examRoom\" (did you mean \"examRooms\"?)",
  ]],
  ['unknown-provider.yaml', [
    "unknown-provider.yaml:38:84 patients[0].arrival.providerId: no provider with id \"dr-smith\" (providers: dr-lee)",
  ]],
  ['unknown-visit-type.yaml', [
    "unknown-visit-type.yaml:38:61 patients[0].arrival.visitTypeId: visit type \"sick\" is not in dr-lee's template (new-patient, follow-up)",
  ]],
  ['unquoted-npi.yaml', [
    "unquoted-npi.yaml:11:15 clinic.billingNpi: expected text, got the number 1234567893 (put it in quotes: \"1234567893\")",
  ]],
  ['vaccine-administration-on-a-test.yaml', [
    "vaccine-administration-on-a-test.yaml:41:71 patients[0].orders[0].administration: administration describes a vaccine order; \"rapid-strep\" is not a vaccine",
    "vaccine-administration-on-a-test.yaml:41:170 patients[0].orders[1].administration.lastDoseDate: the last dose (2026-03-11) must be before the scenario's day (2026-03-10)",
  ]],
  ['vaccine-ordered-without-vial.yaml', [
    "vaccine-ordered-without-vial.yaml:46:67 patients[0].orders[1].testId: \"hepatitis-b-vaccine\" is ordered, but clinic.medicationStock holds no vial of it",
  ]],
  ['vaccine-stock-not-a-vaccine.yaml', [
    "vaccine-stock-not-a-vaccine.yaml:18:32 clinic.medicationStock.vials[1].testId: \"rapid-strep\" is not a vaccine of the test catalogue; the stock holds vaccines only",
  ]],
  ['vaccine-stock-unknown-unit.yaml', [
    "vaccine-stock-unknown-unit.yaml:18:57 clinic.medicationStock.vials[1].unitId: no storage unit with id \"freezer-1\" (units: fridge-1)",
  ]],
  ['utf16.yaml', [
    "utf16.yaml:1:1: file is UTF-16 text (it starts with a UTF-16 byte-order mark); save it as UTF-8, which a scenario file must be",
  ]],
  ['valid-bom.yaml', []],
  ['valid-book.yaml', []],
  ['valid-ecg-traps.yaml', []],
  ['valid-html-name.yaml', []],
  ['valid-same-name.yaml', []],
  ['valid-vaccine-traps.yaml', []],
  ['walk-in-late-minutes.yaml', [
    "walk-in-late-minutes.yaml:53:31 patients[1].arrival.lateMinutes: unknown field \"lateMinutes\" for kind \"walk-in\"",
  ]],
  ['wrong-type.yaml', [
    "wrong-type.yaml:8:14 clinic.examRooms: expected a number, got \"two\"",
  ]],
];

function problemLines(file: string): string[] {
  const result = parseScenarioBytes(readFileSync(`${FIXTURES}/${file}`), file);
  return result.ok ? [] : result.problems.map(formatProblem);
}

describe('the scenario fixtures', () => {
  it('are each listed in the table, and the table lists only files that exist', () => {
    const files = readdirSync(FIXTURES).filter((f) => f.endsWith('.yaml')).toSorted();
    expect(EXPECTED.map(([file]) => file).toSorted()).toEqual(files);
  });

  it('include at least 30 broken ones', () => {
    expect(EXPECTED.filter(([, lines]) => lines.length > 0).length).toBeGreaterThanOrEqual(30);
  });

  it.each(EXPECTED)('%s gives exactly its pinned problems', (file, lines) => {
    expect(problemLines(file)).toEqual(lines);
  });
});
