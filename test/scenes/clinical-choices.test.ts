import { describe, expect, it } from 'vitest';
import {
  codeLines,
  dropItem,
  emptyTrayProblem,
  labelFromDraft,
  moveItem,
  readMinutesLeft,
  SUPPLY_MICROTUBES,
  SUPPLY_TUBES,
  supplyDrawerInReach,
  tourniquetClockView,
  tubeName,
  typedResult,
  writtenMinute,
  clinicDateText,
  readWaitBlocker,
  additiveWord,
  capWord,
  TRAY_CAPTION_CHARS,
} from '../../scenes/stations/specimen-choices';
import { blankEntries, bmiText, CUFF_CHOICES, EMPTY_VITALS_DRAFT, isBlankRecord, parseEntry, recordedFromDraft, STANDING_CHOICES, THERMOMETER_CHOICES, vitalsFieldsFor } from '../../scenes/stations/vitals-choices';
import { orderableTest } from '../../src/reference/tests';
import { MICROTUBE_IDS, TUBE_IDS } from '../../src/reference/order-of-draw';

describe('The exam-room choices', () => {
  it('labels every cuff with the arm circumferences it fits', () => {
    expect(CUFF_CHOICES.map((c) => c.label)).toEqual([
      'Infant — arm up to 15 cm',
      'Child — arm over 15 cm, under 22 cm',
      'Small adult — arm 22–26 cm',
      'Adult — arm 27–34 cm',
      'Large adult — arm 35–44 cm',
      'Adult thigh — arm 45–52 cm',
    ]);
  });

  it('reads typed numbers, with a decimal comma, and charts blank or unreadable entries as blank', () => {
    expect(parseEntry(' 36,8 ')).toBe(36.8);
    expect(parseEntry('152')).toBe(152);
    expect(parseEntry('')).toBeNull();
    expect(parseEntry('about 90')).toBeNull();
  });

  it('charts the form exactly as typed', () => {
    const recorded = recordedFromDraft({ ...EMPTY_VITALS_DRAFT, systolicMmHg: '150', diastolicMmHg: '95', temperatureRoute: 'tympanic', painScore: '0' });
    expect(recorded).toEqual({
      heightCm: null,
      weightKg: null,
      bmi: null,
      temperatureC: null,
      temperatureRoute: 'tympanic',
      pulsePerMinute: null,
      respirationsPerMinute: null,
      systolicMmHg: 150,
      diastolicMmHg: 95,
      spo2Percent: null,
      painScore: 0,
    });
  });

  it('refuses to call a form blank when anything, even only the route, was chosen', () => {
    expect(isBlankRecord(recordedFromDraft(EMPTY_VITALS_DRAFT))).toBe(true);
    expect(isBlankRecord(recordedFromDraft({ ...EMPTY_VITALS_DRAFT, temperatureRoute: 'oral' }))).toBe(false);
    expect(isBlankRecord(recordedFromDraft({ ...EMPTY_VITALS_DRAFT, painScore: '0' }))).toBe(false);
  });

  it('names the entries the age calls for that are left blank, and the route of a typed temperature', () => {
    const adult = vitalsFieldsFor({ bmi: true, length: false, bloodPressure: true, pain: true });
    const typed = { ...EMPTY_VITALS_DRAFT, heightCm: '178', weightKg: '92', bmi: '29', temperatureC: '36.8', systolicMmHg: '128', diastolicMmHg: '82', spo2Percent: '98', painScore: 'about 3' };
    expect(blankEntries(typed, adult)).toEqual(['Pulse', 'Respirations', 'Pain', 'Temperature route']);
    expect(blankEntries({ ...typed, pulsePerMinute: '72', respirationsPerMinute: '16', painScore: '0', temperatureRoute: 'oral' }, adult)).toEqual([]);
    // A baby's form holds no blood pressure, pain score or BMI: their blanks are not named.
    const infant = vitalsFieldsFor({ bmi: false, length: true, head: true, bloodPressure: false, pain: false });
    expect(blankEntries(EMPTY_VITALS_DRAFT, infant)).toEqual(['Length', 'Weight', 'Head circumference', 'Temperature', 'Pulse', 'Respirations', 'SpO₂']);
  });

  it('names each thermometer with its route, and the standing times from the moment the patient is up', () => {
    expect(THERMOMETER_CHOICES.map((c) => c.label.split(' — ')[0])).toEqual(['Oral', 'Tympanic (ear)', 'Temporal (forehead)', 'Axillary (armpit)', 'Rectal']);
    expect(STANDING_CHOICES.map((c) => c.label)).toEqual(['As soon as the patient is up', '1 minute after standing up', '3 minutes after standing up', '5 minutes after standing up']);
  });

  it('calculates the BMI from the typed height and weight, and leaves it blank without both', () => {
    expect(bmiText({ heightCm: '177.5', weightKg: '95.9' })).toBe('30.4');
    expect(bmiText({ heightCm: '', weightKg: '95.9' })).toBe('');
  });
});

describe('The lab-station choices', () => {
  it('names every tube by cap colour and additive, and keeps the drawer out of draw order', () => {
    expect(tubeName('lavender-edta')).toBe('Lavender (EDTA)');
    expect([...SUPPLY_TUBES].sort()).toEqual([...TUBE_IDS].sort());
    expect(SUPPLY_TUBES).not.toEqual(TUBE_IDS);
  });

  it('offers every microtube by cap colour and additive, none marked right, out of the capillary order', () => {
    expect(SUPPLY_MICROTUBES.map((m) => m.id).sort()).toEqual([...MICROTUBE_IDS].sort());
    expect(SUPPLY_MICROTUBES.map((m) => m.id)).not.toEqual(MICROTUBE_IDS);
    expect(SUPPLY_MICROTUBES.find((m) => m.id === 'lavender-edta-micro')?.label).toBe('Lavender microtube (EDTA)');
    expect(SUPPLY_MICROTUBES.every((m) => Object.keys(m).sort().join() === 'id,label')).toBe(true);
  });

  it('times each tourniquet application on its own: once released the bar empties, and a new application shows only its own seconds', () => {
    expect(tourniquetClockView({ on: true, seconds: 50 }, 60)).toEqual({ label: 'Tourniquet on: 50 s (this application)', seconds: 50, max: 60 });
    const released = tourniquetClockView({ on: false, seconds: 50 }, 60);
    expect(released).toEqual({ label: 'Tourniquet off (the last application lasted 50 s)', seconds: 0, max: 60 });
    expect(tourniquetClockView({ on: true, seconds: 30 }, 60).seconds).toBe(30);
    expect(tourniquetClockView({ on: true, seconds: 75 }, 60).max).toBe(75);
    expect(tourniquetClockView({ on: false, seconds: 0 }, 60).label).toBe('Tourniquet off');
  });

  it('keeps the supply drawer in reach from before the tourniquet until the needle is out', () => {
    const stage = { tourniquetOn: false, needleIn: false, needleOut: false, tubesDrawn: 0 };
    expect(supplyDrawerInReach(stage)).toBe(true);
    expect(supplyDrawerInReach({ ...stage, tourniquetOn: true })).toBe(true);
    expect(supplyDrawerInReach({ ...stage, needleIn: true, tubesDrawn: 2 })).toBe(true);
    expect(supplyDrawerInReach({ ...stage, needleOut: true, tubesDrawn: 2 })).toBe(false);
    expect(supplyDrawerInReach({ ...stage, tubesDrawn: 2 })).toBe(false);
  });

  it('refuses the tourniquet and the needle on an empty tray, saying to set the tubes out first', () => {
    expect(emptyTrayProblem([], 'tourniquet')).toMatch(/^The tray is empty: set out the tubes .* before the tourniquet goes on/);
    expect(emptyTrayProblem([], 'needle')).toMatch(/^The tray is empty: set out the tubes .* before you insert the needle/);
    expect(emptyTrayProblem(['lavender-edta'], 'tourniquet')).toBeNull();
    expect(emptyTrayProblem(['lavender-edta'], 'needle')).toBeNull();
  });

  it('moves a tube one place with the arrow keys, clamped at the ends', () => {
    expect(moveItem(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(moveItem(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moveItem(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
  });

  it('drops a dragged tube before the tube it lands on', () => {
    expect(dropItem(['a', 'b', 'c'], 'c', 0)).toEqual(['c', 'a', 'b']);
    expect(dropItem(['a', 'b', 'c'], 'a', 2)).toEqual(['b', 'c', 'a']);
  });

  it('turns the written date and time into a clinic minute, the day before counting negative, and refuses a date the calendar lacks', () => {
    // The chart's way of writing a date (month/day/year) reads, and so does an ISO date.
    expect(writtenMinute('3/10/2026', '09:12', '2026-03-10')).toBe(552);
    expect(writtenMinute('03/09/2026', '09:12', '2026-03-10')).toBe(552 - 1440);
    expect(writtenMinute('2026-03-10', '09:12', '2026-03-10')).toBe(552);
    expect(writtenMinute('2026-03-09', '09:12', '2026-03-10')).toBe(552 - 1440);
    expect(writtenMinute('13/03/2026', '09:12', '2026-03-10')).toBeNull();
    expect(writtenMinute('2/30/2026', '09:12', '2026-03-10')).toBeNull();
    expect(writtenMinute('2026-03-10', '25:00', '2026-03-10')).toBeNull();
    expect(writtenMinute(' 2026-03-11 ', '08:00', '2026-03-10')).toBe(1440 + 480);
    expect(writtenMinute('2026-02-29', '08:00', '2026-03-10')).toBeNull();
    expect(writtenMinute('2024-02-29', '08:00', '2024-03-01')).toBe(480 - 1440);
  });

  it('writes the label as typed, or says why it cannot be written', () => {
    const draft = { fullName: ' Beatrice Lindqvist ', secondKind: 'date-of-birth' as const, secondValue: '1959-07-12', date: '2026-11-10', time: '08:47', initials: 'ma' };
    expect(labelFromDraft(draft, '2026-11-10')).toEqual({
      label: { fullName: 'Beatrice Lindqvist', secondIdentifier: { kind: 'date-of-birth', value: '1959-07-12' }, collectedAtMinute: 527, initials: 'ma' },
    });
    expect(labelFromDraft({ ...draft, date: '11/10/2026' }, '2026-11-10')).toEqual(labelFromDraft(draft, '2026-11-10'));
    expect(labelFromDraft({ ...draft, time: '' }, '2026-11-10')).toEqual({ problem: 'Write the date as MM/DD/YYYY and the time as HH:MM.' });
  });

  it('captions every tube on the tray with its whole cap colour, each line short enough to fit between its neighbours', () => {
    expect(capWord('light-blue-citrate')).toBe('Light blue');
    for (const tube of SUPPLY_TUBES) {
      expect(capWord(tube).length, tube).toBeLessThanOrEqual(TRAY_CAPTION_CHARS);
      expect(additiveWord(tube).length, tube).toBeLessThanOrEqual(TRAY_CAPTION_CHARS);
      // The cap's words are the tube's own name, whole: never a first word cut from it.
      expect(tubeName(tube).toLowerCase().startsWith(capWord(tube).toLowerCase()) || tube === 'blood-culture' || tube === 'discard', tube).toBe(true);
    }
  });

  it('lets the trainee wait at the bench for a read timer only when it is the next thing due and no other work waits', () => {
    expect(readWaitBlocker({ readyAt: 550, nextDue: 550, otherWork: null })).toBeNull();
    expect(readWaitBlocker({ readyAt: 550, nextDue: undefined, otherWork: null })).toBeNull();
    expect(readWaitBlocker({ readyAt: 550, nextDue: 545, otherWork: null })).toBe('Something else at the clinic falls due at 09:05, before the read time: go back to the floor; the read timer keeps running.');
    expect(readWaitBlocker({ readyAt: 550, nextDue: 550, otherWork: 'A call is waiting for you.' })).toBe('A call is waiting for you. Go back to the floor; the read timer keeps running.');
  });

  it('writes every date of the lab and the ECG bed as the chart does', () => {
    expect(clinicDateText('2026-03-10')).toBe('3/10/2026');
    expect(clinicDateText('2026-11-28')).toBe('11/28/2026');
  });

  it('shows a test’s codes with their modifiers and our short descriptions', () => {
    const lines = codeLines(orderableTest('rapid-strep'));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^87880-QW \S/);
    expect(codeLines(orderableTest('glucose-poc')).map((l) => l.split(' ')[0])).toEqual(['82962', '36416']);
  });

  it('counts the read timer down in whole clinic minutes', () => {
    expect(readMinutesLeft(540, 5, 541)).toBe(4);
    expect(readMinutesLeft(540, 0.5, 540)).toBe(1);
    expect(readMinutesLeft(540, 5, 546)).toBe(0);
  });

  it('records a numeric result as a number and words as typed', () => {
    expect(typedResult(' 6.1 ')).toBe(6.1);
    expect(typedResult('influenza A positive')).toBe('influenza A positive');
  });
});
