/**
 * The rules of the day itself, judged when the day ends: every patient who came is seen
 * and their visit finished, nobody leaves without being seen, and the phone is answered.
 * These are the time-management mistakes of a beginner (work piling up, patients left
 * waiting), scored beside the workflows' own rules.
 */
import { formatMinutesOfDay } from '../scenario/clock-time';
import type { DayRecord } from '../session/session';
import { type Check, defineRule, missed, passed } from './finding';

const cmsLeftWithoutBeingSeen = {
  id: 'cmsOp22',
  title: 'OP-22: Left Without Being Seen (hospital outpatient quality measure)',
  publisher: 'Centers for Medicare & Medicaid Services, Hospital Outpatient Quality Reporting Program',
  note: 'Patients leaving before a provider sees them is a standard measure of access and flow; applied here to the clinic.',
};

const aamaCmaOutline = {
  id: 'aamaCmaContentOutline',
  title: 'CMA (AAMA) Certification Exam Content Outline',
  publisher: 'American Association of Medical Assistants',
  edition: 'effective July 2021',
  note: 'Administrative: scheduling and patient flow; General: communication, including telephone techniques.',
};

export const leftUnseenRule = defineRule({
  id: 'flow.left-unseen',
  competency: 'patient-flow',
  severity: 'major',
  title: 'No patient leaves without being seen',
  why: 'A patient who leaves before the provider sees them goes without care and often does not come back; waiting rooms are watched for exactly this.',
  source: cmsLeftWithoutBeingSeen,
});

export const visitFinishedRule = defineRule({
  id: 'flow.visit-finished',
  competency: 'patient-flow',
  severity: 'major',
  title: "Every visit that started is finished by the day's end",
  why: 'Work left at closing time (a patient not checked out, a claim not sent) is work the next day inherits, and an unsent claim is income the clinic does not get.',
  source: aamaCmaOutline,
});

export const phoneAnsweredRule = defineRule({
  id: 'communication.phone-answered',
  competency: 'communication',
  severity: 'minor',
  title: 'Answer the phone before it goes to voicemail',
  why: 'Calls are patients, relatives and payers who need the clinic; a call that goes to voicemail leaves them waiting and means more work later.',
  source: aamaCmaOutline,
});

/** The day's own checks, derived from the played day. */
export function dayChecks(record: DayRecord): Check[] {
  const checks: Check[] = [];
  for (const journey of record.journeys) {
    // A patient sent home from check-in with an appointment was neither left unseen nor left unfinished: the walk-in and eligibility rules judge that.
    if (journey.arrivedAt === null || journey.outcome === 'rebooked') continue;
    if (journey.outcome === 'left-unseen') {
      const at = journey.departedAt ?? record.endMinute;
      checks.push(
        missed(leftUnseenRule, {
          patientId: journey.patientId,
          atMinute: at,
          message: `${journey.name} left at ${formatMinutesOfDay(at)} without being seen.`,
          remedy: 'Keep an eye on who has waited longest; room and prepare the longest-waiting patient first, and tell a waiting patient how long it will be.',
        }),
      );
      continue;
    }
    checks.push(passed(leftUnseenRule, journey.patientId, journey.arrivedAt));
    if (journey.outcome === 'completed') {
      checks.push(passed(visitFinishedRule, journey.patientId, journey.departedAt ?? record.endMinute));
    } else {
      checks.push(
        missed(visitFinishedRule, {
          patientId: journey.patientId,
          atMinute: record.endMinute,
          message: `${journey.name}'s visit was not finished when the day ended (still at ${journey.stage.replaceAll('-', ' ')}).`,
          remedy: 'Finish each patient before starting optional work, and use the quiet moments for claims rather than leaving them to the end of the day.',
        }),
      );
    }
  }
  for (const entry of record.timeline) {
    if (entry.kind === 'phone-answered') checks.push(passed(phoneAnsweredRule, entry.patientId, entry.minute));
    if (entry.kind === 'phone-missed') {
      checks.push(
        missed(phoneAnsweredRule, {
          patientId: entry.patientId,
          atMinute: entry.minute,
          message: `${entry.text} at ${formatMinutesOfDay(entry.minute)}.`,
          remedy: 'Answer a ringing phone within a few rings; if you are with a patient, excuse yourself briefly or ask the caller to hold.',
        }),
      );
    }
  }
  return checks;
}

/** The day's rules, for the rule catalogue. */
export const DAY_RULES = [leftUnseenRule, visitFinishedRule, phoneAnsweredRule] as const;
