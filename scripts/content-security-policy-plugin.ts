/**
 * A Vite plugin that puts the game's Content-Security-Policy into every built HTML page as
 * a `<meta http-equiv>` (a static host serves no headers of ours, and the meta tag is
 * enough for what the policy must stop: scripts from anywhere but the game's own files,
 * inline and `eval`-ed code, plug-ins, and leaks to other servers).
 *
 * Only `vite build` (production and the browser tests' build) gets it: the development
 * server injects its styles and its reload client inline, which this policy forbids.
 *
 * Why each directive is as it is, found by playing the built game under it
 * (`test/e2e/content-security-policy.test.ts` fails on any violation):
 * - `script-src 'self'`: the build is ES modules from `assets/`, with no inline script and
 *   no `eval` or `new Function` run (Phaser's bundle carries one `new Function` as a
 *   fallback for a missing `globalThis`, never reached in a current browser).
 * - `style-src 'self'`: our panels style through their stylesheets and through the CSSOM
 *   (`element.style`), which a policy does not restrict; Phaser sizes its canvas the same
 *   way. No inline `<style>` or `style="…"` attribute is needed, so no 'unsafe-inline'.
 * - `img-src 'self' data: blob:`: Phaser makes its default textures from `data:` URLs and
 *   may load images through `blob:` URLs; the floor is drawn once and shown as `data:`
 *   images (`scenes/floor-art.ts`).
 * - `connect-src 'self'`: the plain site fetches nothing from elsewhere. A school whose
 *   assignment links name a Learning Record Store builds with `CLINIC_DAY_LRS_ORIGINS` (the
 *   LRS's origins, space-separated), which this directive then lists; a cmi5 package, whose
 *   LMS's endpoint is known only at launch, allows `https:` (or the origins given to
 *   `npm run package -- --lrs-origin`: `withConnectSources`).
 * - `object-src 'none'`, `base-uri 'self'`, `form-action 'none'`: no plug-ins, no `<base>`
 *   that could move the relative URLs elsewhere, and no form that posts anywhere (every
 *   panel handles its form in script).
 * `frame-ancestors` cannot be set from a meta tag; a host that wants it sends the header.
 */
import type { Plugin } from 'vite';

/** The policy's directives, in the order the meta tag lists them. */
export const CONTENT_SECURITY_POLICY: Readonly<Record<string, string>> = {
  'default-src': "'self'",
  'script-src': "'self'",
  'style-src': "'self'",
  'img-src': "'self' data: blob:",
  'connect-src': "'self'",
  'object-src': "'none'",
  'base-uri': "'self'",
  'form-action': "'none'",
};

/** The policy as the meta tag's `content`, its `connect-src` also allowing `connectSources` (LRS origins). */
export function contentSecurityPolicy(connectSources: readonly string[] = []): string {
  return Object.entries(CONTENT_SECURITY_POLICY)
    .map(([directive, sources]) => `${directive} ${directive === 'connect-src' ? [sources, ...connectSources].join(' ') : sources}`)
    .join('; ');
}

/**
 * The LRS origins `CLINIC_DAY_LRS_ORIGINS` names (space- or comma-separated), each checked to
 * be an http(s) origin and nothing more, so a typing slip cannot open the policy wider.
 */
export function connectSourcesFrom(text: string | undefined): string[] {
  const sources = (text ?? '').split(/[\s,]+/).filter((source) => source !== '');
  for (const source of sources) {
    if (source === 'https:') continue;
    if (!URL.canParse(source) || new URL(source).origin !== source.replace(/\/$/, '') || !/^https?:$/.test(new URL(source).protocol)) {
      throw new Error(`"${source}" is not an origin such as https://lrs.example.edu (CLINIC_DAY_LRS_ORIGINS, --lrs-origin)`);
    }
  }
  return sources.map((source) => source.replace(/\/$/, ''));
}

/** A built page whose policy's `connect-src` also allows `connectSources`. */
export function withConnectSources(html: string, connectSources: readonly string[]): string {
  return html.replace(`connect-src ${CONTENT_SECURITY_POLICY['connect-src']};`, `connect-src ${[CONTENT_SECURITY_POLICY['connect-src'], ...connectSources].join(' ')};`);
}

/** The charset declaration every page starts with; the policy goes right after it, before anything loads. */
const CHARSET = /<meta charset="utf-8"\s*\/?>/i;

/** Returns `html` with the policy's meta tag after its charset declaration. */
export function withContentSecurityPolicy(html: string, page: string, connectSources: readonly string[] = []): string {
  if (!CHARSET.test(html)) throw new Error(`${page}: no <meta charset="utf-8"> to put the Content-Security-Policy after`);
  return html.replace(CHARSET, (charset) => `${charset}\n    <meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(connectSources)}" />`);
}

/** The plugin: every HTML page of a build carries the policy (allowing the LRS origins of `CLINIC_DAY_LRS_ORIGINS`). */
export function contentSecurityPolicyPlugin(connectSources: readonly string[] = connectSourcesFrom(process.env.CLINIC_DAY_LRS_ORIGINS)): Plugin {
  return {
    name: 'clinic-day:content-security-policy',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html, context) => withContentSecurityPolicy(html, context.path, connectSources),
    },
  };
}
