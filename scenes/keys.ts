/**
 * Every Phaser scene key, texture key and shipped asset path in one place, so a typo is a
 * type error rather than a black screen.
 */

/** Keys of the registered Phaser scenes, in the order the game runs them. */
export const SceneKeys = {
  Boot: 'boot',
  Preload: 'preload',
  Title: 'title',
} as const;

/** One of the registered scene keys. */
export type SceneKey = (typeof SceneKeys)[keyof typeof SceneKeys];

/** Keys of the textures the scenes draw. */
export const TextureKeys = {
  Logo: 'logo',
  ClinicFront: 'clinic-front',
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

/** The logo, loaded by the boot scene so the preload scene can show it. */
export const LogoAsset: SvgAsset = {
  key: TextureKeys.Logo,
  url: 'images/clinic-logo.svg',
  width: 120,
  height: 120,
};

/** Everything the preload scene loads behind its progress bar. */
export const PreloadAssets: readonly SvgAsset[] = [
  { key: TextureKeys.ClinicFront, url: 'images/clinic-front.svg', width: 560, height: 340 },
];
