/**
 * Code search for the billing station: the ICD-10-CM and CPT/HCPCS entries of the game's
 * reference whose code or description matches what the trainee types, each with what an
 * encoder shows beside it — billable or header, and the dates it is in effect, judged on
 * the visit's date; our own short descriptions and the clinic's charge for CPT/HCPCS.
 *
 * It finds and describes codes; it never says which one fits the visit.
 */
import { CPT_CODES, type CptEntry } from '../../src/reference/cpt-hcpcs';
import { ICD10CM_CODES, icd10Entry, isIcd10ValidOn, type Icd10Entry } from '../../src/reference/icd10cm';

/** One line of a search's result list. */
export interface CodeOption {
  readonly code: string;
  readonly system: 'ICD-10-CM' | 'CPT' | 'HCPCS';
  readonly description: string;
  /** Billable / header / not in effect, on the visit's date. */
  readonly status: string;
  /** True when the code may go on a claim for the visit's date as it stands. */
  readonly validOnDate: boolean;
  /** The dates the code is (or was) in effect. */
  readonly dates: string;
  /** CPT/HCPCS: the clinic's charge, in cents. */
  readonly chargeCents?: number;
}

/** How many options a search lists at most. */
export const SEARCH_LIMIT = 8;

function tokens(query: string): string[] {
  return query
    .toLowerCase()
    .split(/[\s,;]+/)
    .map((token) => token.trim())
    .filter((token) => token.length > 0);
}

/** The shortest word of a description that may stand for a longer word typed ("pain" for "pains"): shorter ones would match too much. */
const STEM_LETTERS = 4;
/** The most letters a typed word may run past the description's word: an ending ("-s", "-ing", "-ed"), not another word ("well" is not "wellness"). */
const ENDING_LETTERS = 3;

/**
 * Whether a typed word is in the text: inside it ("hypert" in "hypertension"), or a word of the
 * text begins it, so the clinical word as the trainee types it finds the description's shorter
 * one ("pains" the pain, "coughing" the cough, "vaccinations" the vaccination; issue 19's playtest).
 */
function wordIn(word: string, haystack: string, haystackWords: readonly string[]): boolean {
  return haystack.includes(word) || haystackWords.some((stem) => stem.length >= STEM_LETTERS && word.length - stem.length <= ENDING_LETTERS && word.startsWith(stem));
}

/** How well an entry matches: 0 exact code, 1 code prefix, 2 every word in code or description; null no match. */
function rank(code: string, description: string, words: readonly string[]): number | null {
  const lowerCode = code.toLowerCase();
  const query = words.join(' ');
  if (lowerCode === query) return 0;
  if (words.length === 1 && lowerCode.startsWith(query)) return 1;
  const haystack = `${lowerCode} ${description.toLowerCase()}`;
  const haystackWords = haystack.split(/[^a-z0-9]+/).filter((word) => word.length > 0);
  return words.every((word) => wordIn(word, haystack, haystackWords)) ? 2 : null;
}

function datesText(from: string, to: string | undefined): string {
  return to === undefined ? `in effect since ${from}` : `in effect ${from} to ${to}`;
}

/** How an ICD-10-CM code reads on a date: billable, header, or not in effect. */
export function describeDiagnosis(code: string, date: string): CodeOption | null {
  const entry: Icd10Entry | undefined = icd10Entry(code, date) ?? icd10Entry(code);
  if (!entry) return null;
  const validity = isIcd10ValidOn(entry.code, date);
  let status: string;
  if (validity.valid) status = `Billable on ${date}`;
  else if (validity.reason === 'not-billable') status = 'Header — not billable; a code below it is';
  else if (validity.reason === 'deleted') status = `Not valid on ${date}: no longer billable`;
  else status = `Not yet in effect on ${date}`;
  const versions = ICD10CM_CODES.filter((version) => version.code === entry.code);
  const dates = versions.map((version) => `${version.billable ? 'billable' : 'header'} ${datesText(version.effectiveFrom, version.effectiveTo)}`).join('; ');
  return { code: entry.code, system: 'ICD-10-CM', description: entry.description, status, validOnDate: validity.valid, dates };
}

function cptStatus(entry: CptEntry, date: string): { status: string; valid: boolean } {
  if (date < entry.effectiveFrom) return { status: `Not yet in effect on ${date}`, valid: false };
  if (entry.effectiveTo !== undefined && date >= entry.effectiveTo) return { status: `Deleted ${entry.effectiveTo}`, valid: false };
  return { status: `In effect on ${date}${entry.addOn ? ' · add-on code' : ''}`, valid: true };
}

/** How a CPT/HCPCS code reads on a date: our description, its charge, in effect or not. */
export function describeProcedure(code: string, date: string): CodeOption | null {
  const wanted = code.trim().toUpperCase();
  const entry = CPT_CODES.find((candidate) => candidate.code === wanted);
  if (!entry) return null;
  const { status, valid } = cptStatus(entry, date);
  return {
    code: entry.code,
    system: entry.system,
    description: entry.shortDescription,
    status,
    validOnDate: valid,
    dates: datesText(entry.effectiveFrom, entry.effectiveTo),
    chargeCents: entry.chargeCents,
  };
}

function best<T>(matches: readonly { rank: number; order: number; item: T }[], limit: number): T[] {
  return [...matches]
    .sort((a, b) => a.rank - b.rank || a.order - b.order)
    .slice(0, limit)
    .map((match) => match.item);
}

/** ICD-10-CM codes matching `query` by code or words of their title, best first. */
export function searchDiagnoses(query: string, date: string, limit = SEARCH_LIMIT): CodeOption[] {
  const words = tokens(query);
  if (words.length === 0) return [];
  const seen = new Set<string>();
  const matches: { rank: number; order: number; item: CodeOption }[] = [];
  ICD10CM_CODES.forEach((entry, order) => {
    if (seen.has(entry.code)) return;
    const shown = icd10Entry(entry.code, date) ?? icd10Entry(entry.code) ?? entry;
    // The index terms count as words of the title: "bruising" finds spontaneous ecchymoses.
    const score = rank(entry.code, [shown.description, ...(shown.lookupTerms ?? [])].join(' '), words);
    if (score === null) return;
    const option = describeDiagnosis(entry.code, date);
    if (!option) return;
    seen.add(entry.code);
    matches.push({ rank: score, order, item: option });
  });
  return best(matches, limit);
}

/** CPT/HCPCS codes matching `query` by code or words of our description, best first. */
export function searchProcedures(query: string, date: string, limit = SEARCH_LIMIT): CodeOption[] {
  const words = tokens(query);
  if (words.length === 0) return [];
  const matches: { rank: number; order: number; item: CodeOption }[] = [];
  CPT_CODES.forEach((entry, order) => {
    const score = rank(entry.code, entry.shortDescription, words);
    if (score === null) return;
    const option = describeProcedure(entry.code, date);
    if (option) matches.push({ rank: score, order, item: option });
  });
  return best(matches, limit);
}
