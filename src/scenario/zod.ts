/**
 * Zod as the game uses it: `zod/mini`, whose schemas carry only what they use, so the browser
 * does not ship the whole of classic Zod (its chained methods and JSON Schema generation) to
 * validate a few structures. Every schema module imports `z` from here, never from 'zod', so
 * the configuration below runs before any schema is built:
 *
 * - the English messages classic Zod installs by default ("Too small: expected number to be
 *   >=0"), which `zod/mini` leaves out;
 * - the memoizer that lets Zod walk inputs whose objects repeat or refer to themselves (YAML
 *   aliases), which classic Zod also installs by default.
 */
import en from 'zod/v4/locales/en.js';
import { z } from 'zod/mini';

z.config({ ...en(), memoizer: z.memoizer() });

export { z };

/** `T` with every `readonly` removed, through arrays and objects: how a Zod schema's output spells a type. */
type Writable<T> = T extends readonly (infer E)[] ? Writable<E>[] : T extends object ? { -readonly [K in keyof T]: Writable<T[K]> } : T;

/** True when `A` and `B` are the same type, readonly aside (optional fields included, unlike mutual assignability). */
type SameShape<A, B> = (<G>() => G extends Writable<A> ? 1 : 2) extends <G>() => G extends Writable<B> ? 1 : 2 ? true : false;

/**
 * Keeps a schema and a hand-written TypeScript type provably in step: `schemaOf<T>()(schema)`
 * compiles only when the schema reads exactly the values of `T` (readonly aside), so a
 * field added to one and not the other is a compile error, never a silent gap at the edge.
 */
export function schemaOf<T>() {
  return <S extends z.ZodMiniType>(schema: S & (SameShape<z.output<S>, T> extends true ? unknown : { readonly 'the schema and the type differ': T })): S => schema;
}
