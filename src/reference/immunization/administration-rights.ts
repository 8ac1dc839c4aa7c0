/**
 * The rights of medication administration as CDC applies them to vaccines, the three label
 * checks, screening before every dose, and who may act on which order (the MA's scope).
 */
import { SOURCES, checked, type Sourced } from '../source';

/** The rights CDC asks to be applied at every vaccination encounter, in its order. */
const VACCINE_ADMINISTRATION_RIGHTS = [
  { right: 'patient', text: 'Right patient: two identifiers, stated by the patient (or parent), matched to the order.' },
  { right: 'vaccine', text: 'Right vaccine (and diluent, where there is one): the label read against the order.' },
  { right: 'time', text: 'Right time: the right age and interval since the last dose, and before the vial’s expiry or beyond-use date.' },
  { right: 'dosage', text: 'Right dosage: the volume for the product and the patient’s age.' },
  { right: 'route', text: 'Right route, with the right needle gauge and length and the right technique.' },
  { right: 'site', text: 'Right site for the route and the patient.' },
  { right: 'documentation', text: 'Right documentation: the record the law and CDC ask for, and the VIS.' },
] as const;

/** The rights CDC asks to be applied at every vaccination encounter, in its order, as one sourced entry. */
export const ADMINISTRATION_RIGHTS: Sourced & { readonly rights: typeof VACCINE_ADMINISTRATION_RIGHTS } = {
  rights: VACCINE_ADMINISTRATION_RIGHTS,
  source: checked(
    SOURCES.pinkBookVaccineAdministration,
    'Checked: the "Rights of Medication Administration" applied to each vaccination: right patient, vaccine and diluent, time (age, interval, before expiry), dosage, route (needle gauge, length, technique), site, documentation (Pink Book chapter 6 text as mirrored from cdc.gov/vaccines/pubs/pinkbook/vac-admin.html, 13th edition; California EZIZ guidance lists the same). Two identifiers: The Joint Commission NPSG.01.01.01 (jointCommissionNpsg).',
  ),
};

/** When the label is read against the order. */
export const LABEL_CHECKS: Sourced & { readonly moments: readonly ['from-storage', 'drawing-up', 'before-giving']; readonly text: string } = {
  moments: ['from-storage', 'drawing-up', 'before-giving'],
  text: 'Read the vial label against the order three times: as you take it from storage, as you draw up the dose, and just before you give it (name, strength, form, and the expiry).',
  source: checked(SOURCES.nursingLabelChecks, 'Only secondary nursing-education sources give the three moments; the teaching versions differ on the third (before giving, or before putting the vial back).'),
  verified: false,
};

/** Screening for contraindications before every dose. */
export const SCREENING_RULE: Sourced & { readonly everyDose: true; readonly text: string } = {
  everyDose: true,
  text: 'Screen for contraindications and precautions, allergies first, every time a vaccine is given, even if the patient had the same vaccine before.',
  source: checked(SOURCES.aapRedBookContraindications, 'Checked: screen before administering vaccines and document it (Red Book); CDC/EZIZ vaccine administration guidance: screen every time a vaccine is administered.'),
};

/** Who may act on which form of order: the game takes the stricter reading of the sources. */
export const ORDER_SCOPE: Sourced & {
  readonly signedOrderRequired: true;
  readonly verbalOrderMayBeTakenBy: 'depends-on-state';
  readonly text: string;
} = {
  signedOrderRequired: true,
  verbalOrderMayBeTakenBy: 'depends-on-state',
  text: 'Give a vaccine only on the provider’s signed order. An unsigned order, or an order given to you by word of mouth, goes back to the provider to sign: many states let a medical assistant act on a physician’s verbal order, some do not, and clinic policy may forbid it.',
  source: checked(
    SOURCES.aamaVerbalOrders,
    'Sources differ: AAMA counsel allows MAs to receive and execute the delegating physician’s orders; LegalClarity notes states that reserve verbal orders to licensed staff. The game scores on the stricter (a signed order before the dose).',
  ),
};
