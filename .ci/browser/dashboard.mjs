// What every dashboard check needs: the server and the admin key from the environment
// (../browser-check.sh sets them), Debian's Chromium driven by playwright-core, a page that
// records every request it makes and every GraphQL cost it is charged, and the API asked
// directly (never through the page) so the page's figures can be checked against it.
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { randomBytes } from 'node:crypto';
import { chromium } from 'playwright-core';

export const baseUrl = (process.env.FLASHPOINT_BASE_URL ?? '').replace(/\/$/, '');
export const adminKey = process.env.FLASHPOINT_ADMIN_KEY ?? '';
if (!baseUrl || !adminKey) {
  throw new Error('set FLASHPOINT_BASE_URL and FLASHPOINT_ADMIN_KEY (or run ../browser-check.sh BASE_URL ADMIN_KEY)');
}
export const origin = new URL(baseUrl).origin;
export const maxCost = Number(process.env.FLASHPOINT_MAX_COST ?? 10000);

const here = dirname(fileURLToPath(import.meta.url));
export const screenshotDir = process.env.FLASHPOINT_SCREENSHOTS ?? join(here, '..', '..', 'target', 'dashboard-screenshots');
mkdirSync(screenshotDir, { recursive: true });

/** Chromium as the GraphiQL check starts it: headless, no background networking, a fresh profile. */
export function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
}

/** Sends a GraphQL request to the API (as admin when `admin`), failing on any error. */
export async function api(query, variables = {}, { admin = false } = {}) {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(admin ? { Authorization: `Bearer ${adminKey}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  if (body.errors) throw new Error(`${query.slice(0, 60)}…: ${JSON.stringify(body.errors)}`);
  return body.data;
}

export async function regionId(name) {
  const data = await api('query($name: String!) { regions(filter: { search: $name }, first: 10) { nodes { id name } } }', { name });
  const region = data.regions.nodes.find((node) => node.name === name);
  if (!region) throw new Error(`no region named ${name}`);
  return region.id;
}

export async function actorId(name) {
  const data = await api('query($name: String!) { actors(filter: { search: $name }, first: 10) { nodes { id name } } }', { name });
  const actor = data.actors.nodes.find((node) => node.name === name);
  if (!actor) throw new Error(`no actor named ${name}`);
  return actor.id;
}

export function unique(prefix) {
  return `${prefix} ${new Date().toISOString()} ${randomBytes(4).toString('hex')}`;
}

/**
 * Opens the dashboard at `path` in a new browser context and waits until every panel has
 * drawn. The returned page records what it asked for: `requests` (every URL, WebSockets
 * included), `costs` (each GraphQL answer's requested cost, over POST or GET), `problems` (page errors and
 * console errors).
 */
export async function openDashboard(browser, path = '/', { beforeLoad } = {}) {
  const context = await browser.newContext({ viewport: { width: 1600, height: 1100 } });
  if (beforeLoad) await beforeLoad(context);
  const page = await context.newPage();
  const requests = [];
  const costs = [];
  const problems = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('websocket', (socket) => requests.push(socket.url()));
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('response', async (response) => {
    const url = new URL(response.url());
    if (url.pathname !== '/graphql') return;
    try {
      const body = await response.json();
      const operationName = response.request().method() === 'GET'
        ? url.searchParams.get('operationName')
        : JSON.parse(response.request().postData() || '{}').operationName;
      if (body.extensions && body.extensions.cost) costs.push({ operationName, cost: body.extensions.cost.requestedQueryCost });
    } catch {
      // a response the page aborted has no body to read
    }
  });
  await page.goto(`${baseUrl}${path}`);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 20000 });
  await settled(page);
  return { context, page, requests, costs, problems };
}

/** Waits until the page has finished reloading its panels after the last change. */
export async function settled(page) {
  await page.waitForFunction(() => !document.body.dataset.loading
    && [...document.querySelectorAll('.panel')].every((panel) => panel.getAttribute('aria-busy') !== 'true'), null, { timeout: 20000 });
}

export async function screenshot(page, name) {
  await page.screenshot({ path: join(screenshotDir, `${name}.png`), fullPage: true });
}

/**
 * The events the map should show for an event filter, asked for as the map does (pages of 100,
 * at most 500, latest first): how many have a place.
 */
export async function locatedEvents(filter) {
  let after = null;
  let fetched = 0;
  let located = 0;
  do {
    const data = await api(`query($filter: EventFilter, $after: String) {
      events(filter: $filter, first: 100, after: $after) { pageInfo { hasNextPage endCursor } nodes { location { lat lon } } }
    }`, { filter, after });
    fetched += data.events.nodes.length;
    located += data.events.nodes.filter((event) => event.location && event.location.lat !== null && event.location.lon !== null).length;
    after = data.events.pageInfo.hasNextPage ? data.events.pageInfo.endCursor : null;
  } while (after && fetched < 500);
  return located;
}
