/**
 * `npx tsx scripts/app-icons.ts`: draws the installed game's PNG icons (`assets/icons/*.png`)
 * from the game's own art, in the system Chromium: the favicon (`assets/favicon.svg`) at
 * 192 and 512 pixels, and its full-bleed variant (`assets/icons/maskable.svg`) at 512 for
 * launchers that cut icons to a circle or a rounded square. Chrome asks a web app manifest
 * for a 192 and a 512 pixel icon; the PNGs are committed, so a build needs no browser.
 * Run it again after changing either SVG (`test/e2e/offline.test.ts` checks the sizes).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS, chromiumPath } from '../test/e2e/support/browser';
import { PROJECT_ROOT } from './built-game';

/** Each PNG icon: the SVG it is drawn from and its size in pixels. */
export const APP_ICONS: readonly { readonly file: string; readonly from: string; readonly size: number }[] = [
  { file: 'icons/icon-192.png', from: 'favicon.svg', size: 192 },
  { file: 'icons/icon-512.png', from: 'favicon.svg', size: 512 },
  { file: 'icons/icon-maskable-512.png', from: 'icons/maskable.svg', size: 512 },
];

async function main(): Promise<void> {
  const browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: [...CHROMIUM_FLAGS] });
  try {
    for (const icon of APP_ICONS) {
      const page = await browser.newPage({ viewport: { width: icon.size, height: icon.size }, deviceScaleFactor: 1 });
      const svg = await readFile(join(PROJECT_ROOT, 'assets', icon.from), 'utf8');
      const source = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
      await page.setContent(`<!doctype html><html><body style="margin:0;background:transparent"><img src="${source}" width="${icon.size}" height="${icon.size}" style="display:block"></body></html>`);
      await page.locator('img').evaluate((image: HTMLImageElement) => image.decode());
      await page.screenshot({ path: join(PROJECT_ROOT, 'assets', icon.file), omitBackground: true, clip: { x: 0, y: 0, width: icon.size, height: icon.size } });
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
