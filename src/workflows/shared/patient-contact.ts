/**
 * Active patient identification, shared by rooming and the lab station: the patient states
 * two identifiers (full name and date of birth, or another identifier on the chart) in
 * answer to an open question; a yes/no question does not count, and a room number is never
 * an identifier (The Joint Commission NPSG.01.01.01; CLSI GP33).
 */
import type { PatientIdentifiedAction, PatientIdentifier } from '../vitals/vitals.actions';

/** The identifiers that count: each is on the chart and belongs to the person, not the place. */
export const ACCEPTED_IDENTIFIERS: readonly PatientIdentifier[] = ['full-name', 'date-of-birth', 'mrn', 'phone'];

/** How many accepted identifiers the patient must state. */
export const IDENTIFIERS_REQUIRED = 2;

/** What was wrong with an identification, in plain words; empty when it was done right. */
export function identificationProblems(identification: PatientIdentifiedAction | null): string[] {
  if (identification === null) return ['the patient was not identified at all'];
  const problems: string[] = [];
  if (identification.question !== 'open') problems.push('a yes/no question was asked instead of letting the patient state their identity');
  if (identification.identifiers.includes('room-number')) problems.push('the room number was used, and a location is never an identifier');
  const accepted = new Set(identification.identifiers.filter((id) => ACCEPTED_IDENTIFIERS.includes(id)));
  if (accepted.size < IDENTIFIERS_REQUIRED) problems.push(`only ${accepted.size} accepted identifier${accepted.size === 1 ? ' was' : 's were'} stated`);
  return problems;
}
