/**
 * `npx tsx scripts/app-icons.ts`: draws the installed game's PNG icons (`assets/icons/*.png`)
 * from the game's own art, in the system Chromium: the favicon (`assets/favicon.svg`) at
 * 192 and 512 pixels, and its full-bleed variant (`assets/icons/maskable.svg`) at 512 for
 * launchers that cut icons to a circle or a rounded square. Chrome asks a web app manifest
 * for a 192 and a 512 pixel icon; the PNGs are committed, so a build needs no browser.
 * Run it again after changing either SVG (`test/e2e/offline.test.ts` checks the sizes).
 *
 * Each screenshot is stored again with pngjs as compactly as it goes (`compactPng`), pixel for
 * pixel the same: the service worker precaches the icons with the rest of the build, so every
 * visit to the standalone site downloads them.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { PNG } from 'pngjs';
import { CHROMIUM_FLAGS, chromiumPath } from '../test/e2e/support/browser';
import { PROJECT_ROOT } from './built-game';

/** Each PNG icon: the SVG it is drawn from and its size in pixels. */
export const APP_ICONS: readonly { readonly file: string; readonly from: string; readonly size: number }[] = [
  { file: 'icons/icon-192.png', from: 'favicon.svg', size: 192 },
  { file: 'icons/icon-512.png', from: 'favicon.svg', size: 512 },
  { file: 'icons/icon-maskable-512.png', from: 'icons/maskable.svg', size: 512 },
];

/**
 * A PNG stored again with the same pixels, smaller: Chromium's screenshots are written for
 * speed. For the game's flat-coloured icons, no row filter and zlib's best level do best
 * (measured on the three icons, 41.3 kB as screenshots against 31.6 kB; pngjs's adaptive
 * filters gave 41.0 kB), and an icon with no transparent pixel is stored without alpha.
 */
export function compactPng(png: Buffer): Buffer {
  const image = PNG.sync.read(png);
  let opaque = true;
  for (let alpha = 3; alpha < image.data.length && opaque; alpha += 4) opaque = image.data[alpha] === 0xff;
  return PNG.sync.write(image, { deflateLevel: 9, deflateStrategy: 0, filterType: 0, colorType: opaque ? 2 : 6, inputHasAlpha: true });
}

async function main(): Promise<void> {
  const browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: [...CHROMIUM_FLAGS] });
  try {
    for (const icon of APP_ICONS) {
      const page = await browser.newPage({ viewport: { width: icon.size, height: icon.size }, deviceScaleFactor: 1 });
      const svg = await readFile(join(PROJECT_ROOT, 'assets', icon.from), 'utf8');
      const source = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
      await page.setContent(`<!doctype html><html><body style="margin:0;background:transparent"><img src="${source}" width="${icon.size}" height="${icon.size}" style="display:block"></body></html>`);
      await page.locator('img').evaluate((image: HTMLImageElement) => image.decode());
      const shot = await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: icon.size, height: icon.size } });
      await writeFile(join(PROJECT_ROOT, 'assets', icon.file), compactPng(shot));
      await page.close();
      console.log(`assets/${icon.file}  ${icon.size}×${icon.size} from assets/${icon.from}`);
    }
  } finally {
    await browser.close();
  }
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
