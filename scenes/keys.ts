/**
 * Every Phaser scene key, texture key and shipped asset path in one place, so a typo is a
 * type error rather than a black screen.
 */

/** Keys of the registered Phaser scenes, in the order the game runs them. */
export const SceneKeys = {
  Boot: 'boot',
  Preload: 'preload',
  Title: 'title',
  ClinicFloor: 'clinic-floor',
  Debrief: 'debrief',
} as const;

/** One of the registered scene keys. */
export type SceneKey = (typeof SceneKeys)[keyof typeof SceneKeys];

/** Keys of the textures the scenes draw. */
export const TextureKeys = {
  Logo: 'logo',
  ClinicFront: 'clinic-front',
  Chair: 'chair',
  ExamTable: 'exam-table',
  Desk: 'desk',
  LabBench: 'lab-bench',
  Plant: 'plant',
  Phone: 'phone',
} as const;

/** One of the texture keys. */
export type TextureKey = (typeof TextureKeys)[keyof typeof TextureKeys];

/** An SVG that ships in `assets/` and the size it is rasterised at. */
export interface SvgAsset {
  readonly key: TextureKey;
  /** Path relative to the page, so the build runs from any static path. */
  readonly url: string;
  readonly width: number;
  readonly height: number;
}

/**
 * The logo, loaded by the boot scene so the preload scene can show it: the favicon itself
 * (`assets/favicon.svg`, which the page has already fetched for its tab), not a copy of it.
 */
export const LogoAsset: SvgAsset = {
  key: TextureKeys.Logo,
  url: 'favicon.svg',
  width: 120,
  height: 120,
};

/** Everything the preload scene loads behind its progress bar. */
export const PreloadAssets: readonly SvgAsset[] = [
  { key: TextureKeys.ClinicFront, url: 'images/clinic-front.svg', width: 560, height: 340 },
  { key: TextureKeys.Chair, url: 'images/chair.svg', width: 30, height: 30 },
  { key: TextureKeys.ExamTable, url: 'images/exam-table.svg', width: 56, height: 96 },
  { key: TextureKeys.Desk, url: 'images/desk.svg', width: 200, height: 56 },
  { key: TextureKeys.LabBench, url: 'images/lab-bench.svg', width: 150, height: 64 },
  { key: TextureKeys.Plant, url: 'images/plant.svg', width: 40, height: 40 },
  { key: TextureKeys.Phone, url: 'images/phone.svg', width: 40, height: 40 },
];

/**
 * The keyboard key of each clock speed on the floor: the digit of the speed, and H for
 * half speed (0.5× has no digit of its own). `key` is what the HUD announces in
 * `aria-keyshortcuts`; `phaser` is the name of Phaser's key event.
 */
export const SpeedKeys = {
  0.5: { key: 'H', phaser: 'H' },
  1: { key: '1', phaser: 'ONE' },
  2: { key: '2', phaser: 'TWO' },
  4: { key: '4', phaser: 'FOUR' },
} as const satisfies Record<number, { readonly key: string; readonly phaser: string }>;
