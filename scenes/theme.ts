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

/** The clinic floor's colours, as 0xRRGGBB numbers. */
export const FloorPalette = {
  outside: 0xdfe9e4,
  floor: 0xf3efe6,
  floorTile: 0xebe5d8,
  waiting: 0xe7f0ee,
  rug: 0xcfe3dd,
  exam: 0xeef4f6,
  examTaken: 0xe3eef2,
  corridor: 0xf7f4ee,
  lab: 0xeaf1f4,
  desk: 0xf6efe3,
  wall: 0x5d7b78,
  wallLight: 0x9db3ae,
  door: 0xc9a27c,
  label: 0x2f4a47,
  shadow: 0x173634,
  ringCalm: 0x3f9b6b,
  ringRestless: 0xe0a526,
  ringUpset: 0xc8452f,
  badgeAct: 0x1f6f6a,
  badgeWait: 0x8a6a1d,
  badgeBusy: 0x4d6480,
  badgeDone: 0x6b7a78,
  badgeAlert: 0x8a2b12,
  coat: 0xffffff,
  scrubs: 0x2a7f7a,
} as const;

/** Shirt, skin and hair colours patients are drawn with, picked by their place in the scenario. */
export const PeopleColours = {
  shirts: [0xd98c5f, 0x6f8fcf, 0x8fbf7f, 0xc76f9a, 0xe0b84f, 0x7fb8b8, 0x9a82c9, 0xcf6f6f] as const,
  skins: [0xf1d3b3, 0xd9a77c, 0xb07a4f, 0x8a5a3b, 0xe8bf98, 0x6e4630] as const,
  hair: [0x3b2a20, 0x1f1a17, 0x8a5a2b, 0xc9a06a, 0x6b6b6b, 0x4a3020] as const,
} as const;

/** CSS colour for a 0xRRGGBB number. */
export function cssColour(colour: number): string {
  return `#${colour.toString(16).padStart(6, '0')}`;
}
