/**
 * Where each clinical and billing fact comes from.
 *
 * Every reference entry carries a `source`. Entries name a catalogue source from `SOURCES`;
 * where an entry was checked against a particular page, `checked()` copies the catalogue
 * source and records what was checked in its `note`.
 */
import * as SOURCES from './source-catalogue';

/** A publication, standard or page a reference fact rests on. */
export interface Source {
  /** Stable id, the key of the entry in `SOURCES` (camelCase). */
  readonly id: string;
  readonly title: string;
  readonly publisher: string;
  readonly edition?: string;
  readonly url?: string;
  /** What was checked, or why the source is secondary, synthetic or an estimate. */
  readonly note?: string;
}

/**
 * Shape every sourced reference entry shares. `verified: false` marks a fact we could not
 * confirm; its `source.note` says what is missing. Absent means verified against `source`.
 */
export interface Sourced {
  readonly source: Source;
  readonly verified?: boolean;
}

/**
 * The named sources the reference data cites (`source-catalogue.ts`), as one namespace. Read a
 * source by name, as `SOURCES.medlinePlusVitalSigns`: the browser build then keeps only the
 * sources it cites.
 */
export { SOURCES };

/** Id of a catalogue source. */
export type SourceId = keyof typeof SOURCES;

/**
 * A catalogue source with a note saying what was checked (or what is missing) for one entry.
 *
 * Marked free of side effects so that the bundler drops a call whose entry the browser never
 * reads (a table only the command-line tools use) together with its note.
 */
/* @__NO_SIDE_EFFECTS__ */
export function checked(source: Source, note: string): Source {
  return { ...source, note: source.note === undefined ? note : `${note} ${source.note}` };
}
