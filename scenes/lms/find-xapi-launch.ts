/**
 * Whether the page should report to a Learning Record Store, read from its address: a cmi5
 * LMS's launch (the five launch parameters in the query, cmi5 8.1: `endpoint`, `fetch`,
 * `actor`, `registration`, `activityId`), or an instructor's assignment link naming an LRS
 * (`lrs` and `lrs-auth` in the fragment, which a browser never sends to a server). Small on
 * purpose: it runs on every page load; what it finds is parsed, and the xAPI code fetched,
 * only when it finds something (`xapi-persistence.ts`).
 */

/** The fragment parameters of an assignment link that names an LRS. */
export const LRS_LINK_PARAM = { endpoint: 'lrs', auth: 'lrs-auth' } as const;

/** The raw launch the address carries; every value is still to be parsed. */
export type FoundXapiLaunch =
  | { readonly kind: 'cmi5'; readonly params: Readonly<Record<'endpoint' | 'fetch' | 'actor' | 'registration' | 'activityId', string>> }
  | { readonly kind: 'lrs'; readonly endpoint: string; readonly auth: string };

/** The LRS launch in `href`, or null when the page reports to none. */
export function findXapiLaunch(href: string): FoundXapiLaunch | null {
  const url = new URL(href);
  const query = url.searchParams;
  const endpoint = query.get('endpoint');
  const fetchUrl = query.get('fetch');
  const actor = query.get('actor');
  const registration = query.get('registration');
  const activityId = query.get('activityId');
  if (endpoint !== null && fetchUrl !== null && actor !== null && registration !== null && activityId !== null) {
    return { kind: 'cmi5', params: { endpoint, fetch: fetchUrl, actor, registration, activityId } };
  }
  const fragment = new URLSearchParams(url.hash.replace(/^#/, ''));
  const lrs = fragment.get(LRS_LINK_PARAM.endpoint);
  const auth = fragment.get(LRS_LINK_PARAM.auth);
  return lrs !== null && auth !== null ? { kind: 'lrs', endpoint: lrs, auth } : null;
}
