/**
 * A patient's name in the forms the clinic writes it: the full name as spoken and on a
 * label or form, the name the screen, the findings and the timeline call the patient by,
 * initials for the floor's token, a shortened label, and family name first as claims file
 * it. One place, so every screen and every message names a patient the same way.
 */

/** A person's name as the chart holds it (a patient, a subscriber, a corrected chart). */
export interface PersonName {
  readonly given: string;
  readonly middle?: string | undefined;
  readonly family: string;
}

/** The full name, as spoken and written on a label or form: given, middle and family ("Marcus Allen Johnson"). */
export function fullName(name: PersonName): string {
  return [name.given, name.middle, name.family].filter((part) => part !== undefined).join(' ');
}

/** The name the clinic calls a patient by on the screen, in findings and on the timeline: given and family ("Marcus Johnson"). */
export function displayName(person: { readonly name: PersonName }): string {
  return `${person.name.given} ${person.name.family}`;
}

/** Initials for a patient's token: the first letters of the given and family names, in capitals ("MJ"). */
export function initials(name: PersonName): string {
  return `${name.given.charAt(0)}${name.family.charAt(0)}`.toUpperCase();
}

/** The given name cut to its initial: "M. Johnson" (how a hurried label shortens it). */
export function abbreviatedName(name: PersonName): string {
  return `${name.given.charAt(0)}. ${name.family}`;
}

/** Family name first, then the given name and the middle initial: "Johnson, Marcus A" (a claim's box 2, before capitals). */
export function familyFirstName(name: PersonName): string {
  const middle = name.middle ? ` ${name.middle.charAt(0)}` : '';
  return `${name.family}, ${name.given}${middle}`;
}
