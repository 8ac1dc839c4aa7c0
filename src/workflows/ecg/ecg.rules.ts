/**
 * The rules of recording a 12-lead ECG, and the pure functions that judge them.
 */
import type { Rule } from '../../scoring/finding';

/** Every rule of the ECG workflow. */
export const ECG_RULES: readonly Rule[] = [];
