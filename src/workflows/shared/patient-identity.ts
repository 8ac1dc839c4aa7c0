/**
 * Who a patient is as people say it, shared by the workflows and the phone: a person's name
 * as spoken, names compared as the desk compares them, and who answers for the patient (a
 * child's parent or guardian).
 */
import { ageInYears } from '../../reference/iso-date';
import type { ScenarioPatient } from '../../scenario/scenario.schema';
import { fullName } from '../../domain/patient';

/** Names compare without case, accents, punctuation or extra spaces. */
export function normalizeName(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');
}

/**
 * Below this age the accompanying parent or guardian gives the patient's identifiers. A
 * minor is registered by a parent or guardian, who consents to the care, and pediatric
 * identification practice does not let a child be the only spoken source of their own
 * identity (the parent states the name and date of birth; the child is asked to agree).
 */
export const ANSWERS_FOR_THEMSELVES_FROM_YEARS = 18;

/** Relationships of a companion who may answer for a child: a parent or a legal guardian. */
const PARENT_OR_GUARDIAN = /^(mother|father|parent|guardian|legal guardian|stepmother|stepfather|grandmother|grandfather|foster (mother|father|parent))$/i;

/** Who answers the questions put to the patient: the patient, or the parent or guardian with a child. */
export type Respondent =
  | { readonly kind: 'patient'; readonly name: string }
  | { readonly kind: 'companion'; readonly name: string; readonly relationship: string };

/**
 * Who answers for the patient on `date` (the scenario's day): a child's parent or guardian
 * (the scenario's `companion`, or else a parent or guardian emergency contact), otherwise
 * the patient. A child with nobody on record answers for themselves, as best they can.
 */
export function respondentFor(patient: ScenarioPatient, date: string): Respondent {
  const self: Respondent = { kind: 'patient', name: patient.name.given };
  if (ageInYears(patient.dateOfBirth, date) >= ANSWERS_FOR_THEMSELVES_FROM_YEARS) return self;
  if (patient.companion) return { kind: 'companion', name: fullName(patient.companion.name), relationship: patient.companion.relationship };
  const contact = patient.emergencyContact;
  if (contact && PARENT_OR_GUARDIAN.test(contact.relationship.trim())) return { kind: 'companion', name: contact.name, relationship: contact.relationship };
  return self;
}
