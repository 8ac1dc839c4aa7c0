import { chromium } from 'playwright-core';
import { buildGame, serveBuild } from './built-game';
const dir = await buildGame('production' as never);
const served = await serveBuild(dir);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--enable-unsafe-swiftshader'] });
for (let i = 0; i < 4; i++) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  await context.addInitScript({ content: 'globalThis.__name = (t, v) => Object.defineProperty(t, "name", { value: v, configurable: true });' });
  const page = await context.newPage();
  await page.addInitScript(() => {
    const marks: Record<string, number> = {};
    (window as any).__marks = marks;
    const lt: number[][] = [];
    (window as any).__long = lt;
    new PerformanceObserver((l) => { for (const e of l.getEntries()) lt.push([Math.round(e.startTime), Math.round(e.duration)]); }).observe({ type: 'longtask', buffered: true });
    const check = () => {
      if (!marks.canvas && document.querySelector('canvas')) marks.canvas = performance.now();
      const radio = document.querySelector<HTMLInputElement>('input[type="radio"][name="scenario"]');
      if (radio && !marks.interactive) { marks.interactive = performance.now(); return true; }
      return false;
    };
    const f = () => { if (!check()) requestAnimationFrame(f); };
    requestAnimationFrame(f);
  });
  await page.goto(served.url, { waitUntil: 'commit' });
  await page.waitForFunction(() => (window as any).__marks.interactive, null, { timeout: 60000 });
  const out = await page.evaluate(() => ({
    marks: (window as any).__marks,
    long: (window as any).__long,
    res: performance.getEntriesByType('resource').map((e: any) => [e.name.split('/').pop(), Math.round(e.startTime), Math.round(e.responseEnd)]),
    nav: (() => { const n = performance.getEntriesByType('navigation')[0] as any; return { dcl: Math.round(n.domContentLoadedEventEnd), resp: Math.round(n.responseEnd) }; })(),
  }));
  console.log(JSON.stringify(out));
  await context.close();
}
await browser.close(); await served.close();
