// How long the dashboard takes to draw every panel, as a new visitor sees it (a fresh browser
// profile each time: nothing cached) and on a reload (the browser's cache warm):
//
//   FLASHPOINT_BASE_URL=http://localhost:18080 FLASHPOINT_ADMIN_KEY=... node render-bench.mjs [loads]
//
// Prints, per page, the median, p90 and max of the "dashboard-rendered" mark (every panel
// drawn, from navigation start) and of DOMContentLoaded. Run the app with a large anonymous
// rate budget (--flashpoint.limits.rate.anonymous.capacity=1000000000): a page load costs
// about 2,500 points and the default budget holds 10,000, so a throttled load would measure
// the rate limiter. A benchmark, not a check: it asserts nothing but that no load was throttled.
import { baseUrl, launch, regionId } from './dashboard.mjs';

const loads = Number(process.argv[2] ?? 10);
const browser = await launch();

async function measure(context, path) {
  const page = await context.newPage();
  let throttled = false;
  page.on('response', (response) => {
    if (response.status() === 429) throttled = true;
  });
  await page.goto(`${baseUrl}${path}`);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 30000 });
  const timing = await page.evaluate(() => ({
    rendered: performance.getEntriesByName('dashboard-rendered')[0].startTime,
    contentLoaded: performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd,
  }));
  await page.close();
  if (throttled) throw new Error(`a request for ${path} was throttled: raise the anonymous rate budget`);
  return timing;
}

function summary(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
  return `median ${Math.round(at(0.5))} ms, p90 ${Math.round(at(0.9))} ms, max ${Math.round(sorted[sorted.length - 1])} ms`;
}

const gaza = await regionId('Gaza Strip');
for (const [label, path] of [['everything', '/'], ['Gaza Strip', `/?region=${encodeURIComponent(gaza)}`]]) {
  // One load first, so the server's code paths for this page are compiled.
  const warmup = await browser.newContext();
  await measure(warmup, path);
  await warmup.close();
  const fresh = [];
  const reloads = [];
  for (let i = 0; i < loads; i += 1) {
    const context = await browser.newContext({ viewport: { width: 1600, height: 1100 } });
    fresh.push(await measure(context, path));
    reloads.push(await measure(context, path));
    await context.close();
  }
  console.log(`${label}, new visitor (${loads} loads): rendered ${summary(fresh.map((t) => t.rendered))}; DOMContentLoaded ${summary(fresh.map((t) => t.contentLoaded))}`);
  console.log(`${label}, reload (${loads} loads):      rendered ${summary(reloads.map((t) => t.rendered))}; DOMContentLoaded ${summary(reloads.map((t) => t.contentLoaded))}`);
}
await browser.close();
