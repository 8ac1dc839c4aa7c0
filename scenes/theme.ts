/**
 * The logical screen size, the calm clinic palette and the type the scenes draw with.
 * The HTML panels use the same colours through `scenes/styles.css`.
 */

/** Colours as 0xRRGGBB numbers, for Phaser Graphics. */
export const Palette = {
  sky: 0xe6f0ef,
  ground: 0xcfe0d8,
  groundEdge: 0xb8cfc4,
  teal: 0x2a7f7a,
  track: 0xc9dad6,
} as const;

/** Colours as CSS strings, for Phaser Text and camera backgrounds. */
export const Ink = {
  sky: '#e6f0ef',
  heading: '#173634',
  body: '#2f4a47',
  alert: '#8a2b12',
} as const;

/** The system font stack: nothing is fetched from the internet. */
export const FontStack = 'system-ui, "Segoe UI", Roboto, "Helvetica Neue", "Liberation Sans", "DejaVu Sans", Arial, sans-serif';

/** The logical size every scene lays itself out in; the canvas scales to fit the window. */
export const GameSize = { width: 1280, height: 720 } as const;
