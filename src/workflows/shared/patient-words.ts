/**
 * A patient's words as recorded, read for what they say: the speaker's tag a parent's words
 * carry in the chart ("(mother) …"), quotation marks around them, spacing and case are how
 * the words are written down, not a change to them.
 */

/** The words of a chief complaint or a reason for the visit, without speaker tag, quotation marks, extra spaces or case. */
export function patientWords(text: string): string {
  return text
    .trim()
    .replace(/^\([\p{L} ]{1,40}\)\s*/u, '')
    .replace(/^["“”'‘’]+|["“”'‘’]+$/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}
