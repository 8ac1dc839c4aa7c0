/**
 * Assignment links. A bundled scenario is named in the query (`?scenario=<id>`); a custom
 * scenario travels in the URL fragment (`#scenario=` + base64url of its text compressed
 * with raw DEFLATE), which browsers never send to a server, so the scenario stays between
 * the instructor and the trainee. The assignment (`src/session/assignment.ts`: its id, mode,
 * timer, seed and the scenario's content hash) travels beside the scenario, in the same part.
 */
import { type Assignment, type AssignmentRead, assignmentLinkParams, readAssignmentParams } from '../../src/session/assignment';

/** The fragment parameter that carries a custom scenario. */
export const SCENARIO_FRAGMENT_KEY = 'scenario';
/** Longest compressed scenario a link may carry, in characters (about 1 MB of scenario text). */
const MAX_FRAGMENT_CHARS = 1_500_000;
/** Largest scenario text a link may expand to (the loader's own limit is 1 MB). */
const MAX_EXPANDED_BYTES = 1024 * 1024 + 1;

/** The link that assigns the bundled scenario `id` (as `assignment`, when given), on the page at `base`. */
export function bundledScenarioLink(base: string, id: string, assignment?: Assignment): string {
  const url = new URL(base);
  url.search = `?${SCENARIO_FRAGMENT_KEY}=${encodeURIComponent(id)}${assignmentPart(assignment)}`;
  url.hash = '';
  return url.href;
}

/** The link that carries a custom scenario's text in its fragment (with `assignment`, when given), on the page at `base`. */
export async function customScenarioLink(base: string, text: string, assignment?: Assignment): Promise<string> {
  const url = new URL(base);
  url.search = '';
  url.hash = `${SCENARIO_FRAGMENT_KEY}=${await compressToBase64Url(text)}${assignmentPart(assignment)}`;
  return url.href;
}

/**
 * `link` with a Learning Record Store for the days it starts to report to (`lrs` and
 * `lrs-auth`, the Basic credential `key:secret` in base64, read by `scenes/lms/find-xapi-launch.ts`).
 * They go in the fragment, which a browser never sends to a server, so the key stays out of
 * the game host's logs; anyone holding the link can still read it.
 */
export function withLrs(link: string, endpoint: string, key: string, secret: string): string {
  const url = new URL(link);
  const fragment = new URLSearchParams(url.hash.replace(/^#/, ''));
  fragment.set('lrs', endpoint);
  fragment.set('lrs-auth', btoa(String.fromCharCode(...new TextEncoder().encode(`${key}:${secret}`))));
  url.hash = fragment.toString();
  return url.href;
}

function assignmentPart(assignment: Assignment | undefined): string {
  return assignment ? `&${new URLSearchParams(assignmentLinkParams(assignment)).toString()}` : '';
}

/** What a page's address asks for. */
export interface LinkRequest {
  /** `?scenario=<id>`: a bundled scenario. */
  readonly bundledId: string | null;
  /** `#scenario=…`: the compressed text of a custom scenario. */
  readonly customPayload: string | null;
  /** `?instructor`: the instructor page. */
  readonly instructor: boolean;
  /** The assignment beside the scenario, read (or what is wrong with it); null for a plain scenario link. */
  readonly assignment: AssignmentRead | null;
}

/** Reads a page address. */
export function readLink(href: string): LinkRequest {
  const url = new URL(href);
  const fragment = new URLSearchParams(url.hash.replace(/^#/, ''));
  const customPayload = fragment.get(SCENARIO_FRAGMENT_KEY);
  return {
    bundledId: url.searchParams.get(SCENARIO_FRAGMENT_KEY),
    customPayload,
    instructor: url.searchParams.has('instructor'),
    assignment: readAssignmentParams(customPayload === null ? url.searchParams : fragment),
  };
}

/** Text → raw DEFLATE → base64url (no padding). */
export async function compressToBase64Url(text: string): Promise<string> {
  const stream = new Blob([text]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  const bytes = new Uint8Array(await new Response(stream).arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

/** The reverse of `compressToBase64Url`; rejects with a readable message when the payload is not one. */
export async function decompressFromBase64Url(payload: string): Promise<string> {
  if (payload.length > MAX_FRAGMENT_CHARS) throw new Error('the scenario in the link is too large');
  if (!/^[A-Za-z0-9_-]*$/.test(payload)) throw new Error('the scenario in the link is not valid base64url text');
  const base64 = payload.replaceAll('-', '+').replaceAll('_', '/').padEnd(Math.ceil(payload.length / 4) * 4, '=');
  let binary: string;
  try {
    binary = atob(base64);
  } catch {
    throw new Error('the scenario in the link is not valid base64url text');
  }
  const bytes = Uint8Array.from(binary, (char) => char.charCodeAt(0));
  try {
    const reader = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('deflate-raw')).getReader();
    const chunks: Uint8Array[] = [];
    let size = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.length;
      // Stop a small link that expands without limit before it fills the memory.
      if (size > MAX_EXPANDED_BYTES) {
        await reader.cancel();
        throw new Error('the scenario in the link expands beyond 1 MB');
      }
      chunks.push(value);
    }
    const joined = new Uint8Array(size);
    let offset = 0;
    for (const chunk of chunks) {
      joined.set(chunk, offset);
      offset += chunk.length;
    }
    return new TextDecoder('utf-8', { fatal: true }).decode(joined);
  } catch (error) {
    if (error instanceof Error && error.message.startsWith('the scenario in the link')) throw error;
    throw new Error('the scenario in the link is damaged (it does not decompress): was the link copied in full?', { cause: error });
  }
}
