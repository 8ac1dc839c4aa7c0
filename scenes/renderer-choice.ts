/**
 * Which of Phaser's renderers draws the game: WebGL where the browser draws WebGL on a
 * graphics processor, the 2D canvas where WebGL would be drawn in software (SwiftShader,
 * llvmpipe and the like: a machine with no GPU, or one whose GPU the browser blocks, as on
 * many old school laptops and remote desktops). There the 2D canvas is the faster of the
 * two by far: on this project's test machine (no GPU) a day's floor opened in 5.6–8.9 s
 * on the 2D canvas against 9.7–19.8 s in software WebGL, in turns under the same load.
 * Both renderers draw the floor alike; the game uses nothing only WebGL can draw.
 *
 * `?renderer=webgl` or `?renderer=canvas` in the page's address overrides the choice (the
 * browser tests use it to check the WebGL path on a machine without a GPU).
 */

/** The renderer the game asks Phaser for. */
export type RendererChoice = 'webgl' | 'canvas';

/** What the address may ask for, in `?renderer=`. */
const RENDERER_PARAM = 'renderer';

/** Renderer names (WebGL's `UNMASKED_RENDERER`) of drivers that draw WebGL in software on the CPU. */
const SOFTWARE_RENDERER = /swiftshader|llvmpipe|softpipe|lavapipe|software rasterizer|basic render driver|mesa offscreen/i;

/**
 * The choice for an address's query and the WebGL renderer's name (`null`: no WebGL at all).
 * An unknown `renderer` value is reported in `problem` and otherwise ignored.
 */
export function chooseRenderer(search: string, webglRenderer: string | null): { choice: RendererChoice; problem: string | null } {
  const asked = new URLSearchParams(search).get(RENDERER_PARAM);
  if (asked === 'webgl' || asked === 'canvas') return { choice: asked, problem: null };
  const problem = asked === null ? null : `the address's ${RENDERER_PARAM}=${JSON.stringify(asked)} is neither "webgl" nor "canvas"; the renderer is chosen for this browser`;
  const choice = webglRenderer === null || SOFTWARE_RENDERER.test(webglRenderer) ? 'canvas' : 'webgl';
  return { choice, problem };
}

/** The name of the browser's WebGL renderer (e.g. "ANGLE (…SwiftShader…)"), or `null` when it has no WebGL. */
export function webglRendererName(document: Document): string | null {
  const canvas = document.createElement('canvas');
  const gl = canvas.getContext('webgl');
  if (gl === null) return null;
  try {
    const debug = gl.getExtension('WEBGL_debug_renderer_info');
    const name: unknown = gl.getParameter(debug ? debug.UNMASKED_RENDERER_WEBGL : gl.RENDERER);
    return typeof name === 'string' ? name : '';
  } finally {
    // The probe's context is let go at once: the browser allows only a few at a time.
    gl.getExtension('WEBGL_lose_context')?.loseContext();
  }
}
