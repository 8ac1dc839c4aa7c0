/**
 * A patient's words as recorded, read for what they say: the speaker's tag a parent's words
 * carry in the chart ("(mother) …"), quotation marks around them, the full stop that closes
 * them, spacing and case are how the words are written down, not a change to them.
 */

// The tag as the chart writes it: a relationship in brackets before the words.
const SPEAKER_TAG = /^\(([\p{L} ]{1,40})\)\s*/u;

/** The words of a chief complaint or a reason for the visit, without speaker tag, quotation marks, the closing full stop (or ! ? …), extra spaces or case. */
export function patientWords(text: string): string {
  return text
    .trim()
    .replace(SPEAKER_TAG, '')
    .replace(/^["“”'‘’]+|["“”'‘’.!?…\s]+$/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** Who spoke the words, as the chart tags a parent's words ("(mother) …" gives "mother"), or null when the patient spoke them. */
export function speakerTag(text: string): string | null {
  return SPEAKER_TAG.exec(text.trim())?.[1]?.trim().toLowerCase() ?? null;
}

/** The words as they were said, without the chart's speaker tag: case and punctuation kept, for showing who said what. */
export function spokenWords(text: string): string {
  return text.trim().replace(SPEAKER_TAG, '');
}
