// The dashboard at / in Chromium, the way an analyst uses it: it loads with nothing from
// outside the server, its map and chart agree with the API (recounted here from the raw
// events), choosing the Gaza Strip or Putin re-draws every panel and the URL, a newly recorded
// event appears live (and by polling without a WebSocket), the keyboard reaches what the
// mouse does, and every panel's "Show query" is a request anyone can send. Screenshots of
// each state go to target/dashboard-screenshots/ (a CI artifact).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  actorId, api, baseUrl, locatedEvents, maxCost, openDashboard, origin, regionId, screenshot, settled, unique,
} from './dashboard.mjs';
import { launch } from './dashboard.mjs';

let browser;
const allCosts = [];

before(async () => {
  browser = await launch();
});

after(async () => {
  await browser.close();
});

async function close(opened) {
  allCosts.push(...opened.costs);
  assert.deepEqual(opened.problems, [], 'the page logged no errors');
  await opened.context.close();
}

function selectionOf(page) {
  return Object.fromEntries(new URL(page.url()).searchParams);
}

const RECORD_EVENT = `mutation($input: RecordEventInput!) {
  recordEvent(input: $input) { event { id } userErrors { field message } }
}`;

async function recordGazaEvent(summary) {
  const gaza = await regionId('Gaza Strip');
  const data = await api(RECORD_EVENT, {
    input: {
      typeCode: '190', occurredOn: '2023-10-30', region: gaza, summary,
      location: { name: 'Khan Younis', country: 'PSE', lat: 31.34, lon: 34.3 },
      fatalities: { best: 3 },
      reports: [{ url: 'https://example.org/flashpoint-browser-check', headline: 'Browser check', publishedOn: '2023-10-30' }],
    },
  }, { admin: true });
  assert.deepEqual(data.recordEvent.userErrors, []);
  return data.recordEvent.event.id;
}

test('loads with every request going to the server itself, and draws every panel', async () => {
  const opened = await openDashboard(browser);
  const { page, requests } = opened;
  const outside = requests.filter((url) => !url.startsWith(origin) && !url.startsWith(origin.replace(/^http/, 'ws')) && !url.startsWith('data:'));
  assert.deepEqual(outside, [], 'no request left the server');
  assert.ok(requests.some((url) => url.includes('/webjars/echarts/')), 'ECharts came from its WebJar');
  assert.ok(requests.some((url) => url.includes('/dashboard/geo/countries-50m.geojson')), 'the country shapes came from the app');

  const rendered = await page.evaluate(() => performance.getEntriesByName('dashboard-rendered')[0].startTime);
  console.log(`first render: ${Math.round(rendered)} ms after navigation`);
  assert.ok(Number(await page.getAttribute('#map', 'data-points')) > 0, 'the map shows events');
  assert.ok(await page.locator('#hotspots-table tbody tr').count() > 0, 'hotspots are listed');
  assert.ok(await page.locator('#timeline li.item').count() > 0, 'the timeline holds items');
  assert.ok(await page.locator('#escalation-table tbody tr').count() > 0, 'the chart has its table');
  assert.match(await page.textContent('#escalation-title'), /Escalation: World/);
  await page.waitForSelector('#live-status[data-state="live"]', { timeout: 10000 });
  await screenshot(page, '01-overview');
  await close(opened);
});

test('the map shows as many events as the API returns for the selection', async () => {
  const gaza = await regionId('Gaza Strip');
  for (const [path, filter] of [['/', {}], [`/?region=${encodeURIComponent(gaza)}`, { regions: [gaza] }],
    [`/?region=${encodeURIComponent(gaza)}&from=2023-10-01&to=2023-10-15`, { regions: [gaza], occurredFrom: '2023-10-01', occurredTo: '2023-10-15' }]]) {
    const opened = await openDashboard(browser, path);
    const expected = await locatedEvents(filter);
    const shown = Number(await opened.page.getAttribute('#map', 'data-points'));
    assert.equal(shown, expected, `points on the map for ${path}`);
    assert.ok(expected > 0, `the selection ${path} holds placed events`);
    await close(opened);
  }
});

test('choosing the Gaza Strip in the search box re-draws the chart, hotspots and timeline, and the URL keeps it', async () => {
  const gaza = await regionId('Gaza Strip');
  const opened = await openDashboard(browser);
  const { page } = opened;
  const worldHotspots = await page.textContent('#hotspots-table tbody');

  // By keyboard only: focus the box, type, move to the option, choose it.
  await page.focus('#search-input');
  await page.keyboard.type('gaza str');
  const option = page.locator('#search-results li', { hasText: 'Gaza Strip' }).first();
  await option.waitFor();
  const position = await page.locator('#search-results li').evaluateAll((items) => items.findIndex((item) => item.textContent.startsWith('Gaza Strip')));
  for (let i = 0; i <= position; i += 1) await page.keyboard.press('ArrowDown');
  assert.equal(await page.getAttribute('#search-input', 'aria-activedescendant'), `search-option-${position}`);
  await page.keyboard.press('Enter');
  await page.waitForFunction((id) => new URL(location.href).searchParams.get('region') === id, gaza);
  await settled(page);

  assert.equal(await page.textContent('#escalation-title'), 'Escalation: Gaza Strip');
  assert.match(await page.textContent('#selection'), /Region: Gaza Strip/);
  assert.match(await page.textContent('#hotspots-week'), /in Gaza Strip/);
  assert.notEqual(await page.textContent('#hotspots-table tbody'), worldHotspots, 'the hotspots changed');
  const regions = await page.locator('#timeline li.item').evaluateAll((items) => items.map((item) => {
    const region = item.querySelector('button.region');
    return region ? region.textContent : null;
  }));
  assert.ok(regions.length > 0);
  assert.deepEqual([...new Set(regions)], ['Gaza Strip'], 'every timeline item is in the Gaza Strip');

  // The chart's weekly counts, recounted here from the raw events of the Gaza Strip.
  const weeks = await page.locator('#escalation-table tbody tr').evaluateAll((rows) => rows.map((row) => ({
    start: row.dataset.start, end: row.dataset.end, events: Number(row.children[1].textContent.replaceAll(',', '')),
  })));
  const dates = [];
  let afterCursor = null;
  do {
    const data = await api(`query($filter: EventFilter, $after: String) {
      events(filter: $filter, first: 100, after: $after) { pageInfo { hasNextPage endCursor } nodes { occurredOn } }
    }`, { filter: { regions: [gaza], occurredFrom: weeks[weeks.length - 1].start, occurredTo: weeks[0].end }, after: afterCursor });
    dates.push(...data.events.nodes.map((event) => event.occurredOn));
    afterCursor = data.events.pageInfo.hasNextPage ? data.events.pageInfo.endCursor : null;
  } while (afterCursor);
  for (const week of weeks) {
    assert.equal(week.events, dates.filter((day) => day >= week.start && day <= week.end).length, `events of the week of ${week.start}`);
  }
  assert.ok(weeks.some((week) => week.events > 0));
  await screenshot(page, '02-gaza-strip');

  // A reload of the URL shows the same selection.
  await page.reload();
  await page.waitForSelector('body[data-ready="true"]');
  await settled(page);
  assert.equal(await page.textContent('#escalation-title'), 'Escalation: Gaza Strip');
  assert.equal(selectionOf(page).region, gaza);
  await close(opened);
});

test('brushing the chart chooses a period that filters every panel', async () => {
  const gaza = await regionId('Gaza Strip');
  const opened = await openDashboard(browser, `/?region=${encodeURIComponent(gaza)}`);
  const { page } = opened;
  // Across the last three weeks of the chart that have events (October 2023 in the demo data),
  // from the middle of the first to the middle of the last, where ECharts draws those bars.
  const weeks = await page.locator('#escalation-table tbody tr').evaluateAll((rows) => rows.map((row) => Number(row.children[1].textContent.replaceAll(',', ''))).reverse());
  const last = weeks.findLastIndex((events) => events > 0);
  assert.ok(last >= 2, `weeks with events: ${weeks}`);
  const [left, right] = await page.evaluate(([first, end]) => {
    const chart = echarts.getInstanceByDom(document.getElementById('escalation-chart'));
    const box = document.getElementById('escalation-chart').getBoundingClientRect();
    return [first, end].map((index) => box.left + chart.convertToPixel({ xAxisIndex: 0 }, index));
  }, [last - 2, last]);
  const box = await page.locator('#escalation-chart').boundingBox();
  const y = box.y + box.height / 2;
  await page.mouse.move(left, y);
  await page.mouse.down();
  await page.mouse.move((left + right) / 2, y, { steps: 6 });
  await page.mouse.move(right, y, { steps: 6 });
  await page.mouse.up();
  await page.waitForFunction(() => new URL(location.href).searchParams.has('from'), null, { timeout: 5000 });
  await settled(page);
  const { from, to } = selectionOf(page);
  assert.match(from, /^\d{4}-\d{2}-\d{2}$/);
  assert.ok(to >= from);
  assert.equal(await page.inputValue('#period-from'), from);
  assert.equal(await page.inputValue('#period-to'), to);
  const days = await page.locator('#timeline li.item time').evaluateAll((times) => times.map((time) => time.getAttribute('datetime')));
  assert.ok(days.length > 0, 'the period holds timeline items');
  assert.ok(days.every((day) => day >= from && day <= to), `timeline items within ${from}–${to}: ${days}`);
  const shown = Number(await page.getAttribute('#map', 'data-points'));
  assert.ok(shown > 0, 'the period holds events on the map');
  assert.equal(shown, await locatedEvents({ regions: [gaza], occurredFrom: from, occurredTo: to }));
  // A plain click on the chart keeps the period (only the selection's chips clear it).
  await page.mouse.click(left, y);
  await settled(page);
  assert.equal(selectionOf(page).from, from);
  await screenshot(page, '03-period');
  await close(opened);
});

test('clicking Putin draws his network with Netanyahu and Abbas; clicking a counterpart selects them', async () => {
  const putin = await actorId('Vladimir Putin');
  const opened = await openDashboard(browser);
  const { page } = opened;
  await page.fill('#search-input', 'putin');
  await page.locator('#search-results li', { hasText: 'Vladimir Putin' }).first().click();
  await page.waitForFunction((id) => new URL(location.href).searchParams.get('actor') === id, putin);
  await settled(page);
  const nodes = (await page.getAttribute('#network-chart', 'data-nodes')).split('|');
  assert.ok(nodes.includes('Benjamin Netanyahu'), `network nodes: ${nodes}`);
  assert.ok(nodes.includes('Mahmoud Abbas'), `network nodes: ${nodes}`);
  const expected = await api('query($actor: ID!) { actorNetwork(actor: $actor) { nodes { name } edges { count } } }', { actor: putin });
  assert.deepEqual(nodes, expected.actorNetwork.nodes.map((node) => node.name), 'the nodes the API returns, in its order');
  assert.equal(await page.locator('#network-table tbody tr').count(), expected.actorNetwork.edges.length, 'one row per edge');
  assert.match(await page.textContent('#selection'), /Actor: Vladimir Putin/);
  await screenshot(page, '04-putin-network');

  // The timeline is Putin's now: his calls, with him as initiator.
  const names = await page.locator('#timeline li.item .who button.actor').allTextContents();
  assert.ok(names.includes('Vladimir Putin'), `names in the timeline: ${names}`);

  const netanyahu = await actorId('Benjamin Netanyahu');
  await page.locator('#network-table button', { hasText: 'Benjamin Netanyahu' }).first().click();
  await page.waitForFunction((id) => new URL(location.href).searchParams.get('actor') === id, netanyahu);
  await settled(page);
  assert.equal((await page.getAttribute('#network-chart', 'data-nodes')).split('|')[0], 'Benjamin Netanyahu');
  await page.goBack();
  await page.waitForFunction((id) => new URL(location.href).searchParams.get('actor') === id, putin);
  await settled(page);
  assert.equal((await page.getAttribute('#network-chart', 'data-nodes')).split('|')[0], 'Vladimir Putin');
  await close(opened);
});

test('an event recorded while the page is open appears on the map and in the timeline within 5 s', async () => {
  const gaza = await regionId('Gaza Strip');
  const opened = await openDashboard(browser, `/?region=${encodeURIComponent(gaza)}`);
  const { page } = opened;
  await page.waitForSelector('#live-status[data-state="live"]', { timeout: 10000 });
  const pointsBefore = Number(await page.getAttribute('#map', 'data-points'));
  const started = Date.now();
  const id = await recordGazaEvent(unique('Live check'));
  await page.waitForSelector(`#timeline li.fresh[data-id="${id}"]`, { timeout: 5000 });
  const elapsed = Date.now() - started;
  console.log(`recorded → shown live: ${elapsed} ms`);
  assert.equal(Number(await page.getAttribute('#map', 'data-points')), pointsBefore + 1);
  assert.match(await page.textContent('#timeline-count'), /1 new/);
  await screenshot(page, '05-live');
  await close(opened);
});

test('without a WebSocket the page polls, says so, and still shows a new event', async () => {
  const gaza = await regionId('Gaza Strip');
  const opened = await openDashboard(browser, `/?region=${encodeURIComponent(gaza)}`, {
    beforeLoad: (context) => context.routeWebSocket(/\/graphql$/, (socket) => socket.close({ code: 1011, reason: 'blocked by the check' })),
  });
  const { page } = opened;
  await page.waitForSelector('#live-status[data-state="polling"]', { timeout: 15000 });
  assert.match(await page.textContent('#live-status'), /polling/);
  const id = await recordGazaEvent(unique('Polling check'));
  await page.waitForSelector(`#timeline li.fresh[data-id="${id}"]`, { timeout: 20000 });
  await close(opened);
});

test('the keyboard sorts the hotspots table and reaches every panel', async () => {
  const opened = await openDashboard(browser);
  const { page } = opened;
  const header = page.locator('#hotspots-table th[data-key="current"] button');
  await header.focus();
  // A count sorts most first, then, pressed again, least first.
  await page.keyboard.press('Enter');
  assert.equal(await page.getAttribute('#hotspots-table th[data-key="current"]', 'aria-sort'), 'descending');
  const counts = await page.locator('#hotspots-table tbody tr').evaluateAll((rows) => rows.map((row) => Number(row.children[2].textContent.replaceAll(',', ''))));
  assert.deepEqual(counts, [...counts].sort((a, b) => b - a), 'sorted by events, most first');

  // Tab alone reaches the search box, the period, the chart's table and every panel.
  const wanted = ['search-input', 'period-from', 'map-panel', 'escalation-panel', 'hotspots-panel', 'network-panel', 'timeline-panel'];
  const reached = new Set();
  for (let i = 0; i < 300 && !wanted.every((place) => reached.has(place)); i += 1) {
    await page.keyboard.press('Tab');
    reached.add(await page.evaluate(() => {
      const active = document.activeElement;
      return active.id && !active.closest('section') ? active.id : (active.closest('section') ? active.closest('section').id : active.tagName);
    }));
  }
  for (const place of wanted) assert.ok(reached.has(place), `Tab reaches ${place}: ${[...reached]}`);
  await close(opened);
});

test('every panel\'s "Show query" opens the request it sent, which the API answers', async () => {
  const gaza = await regionId('Gaza Strip');
  const putin = await actorId('Vladimir Putin');
  const event = (await api('{ events(first: 1) { nodes { id } } }')).events.nodes[0].id;
  const opened = await openDashboard(browser, `/?region=${encodeURIComponent(gaza)}&actor=${encodeURIComponent(putin)}&event=${encodeURIComponent(event)}`);
  const { page } = opened;
  const links = await page.locator('.show-query').evaluateAll((anchors) => anchors.map((a) => ({ panel: a.dataset.query, href: a.href })));
  assert.deepEqual(links.map((link) => link.panel).sort(), ['ActorNetwork', 'Escalation', 'EventDetail', 'Hotspots', 'MapEvents', 'Timeline']);
  for (const { panel, href } of links) {
    const url = new URL(href);
    assert.equal(url.pathname, '/graphiql');
    const query = url.searchParams.get('query');
    const variables = JSON.parse(url.searchParams.get('variables'));
    assert.match(query, new RegExp(`(query|subscription) ${panel}\\b`), `the ${panel} panel's link holds its query`);
    const data = await api(query, variables);
    assert.ok(data, `${panel}: the API answers the linked request`);
  }
  const mapLink = links.find((link) => link.panel === 'MapEvents');
  const graphiql = await opened.context.newPage();
  await graphiql.goto(mapLink.href);
  await graphiql.waitForSelector('.graphiql-query-editor .CodeMirror-line', { timeout: 15000 });
  const editor = await graphiql.locator('.graphiql-query-editor').innerText();
  assert.match(editor, /query MapEvents/);
  await graphiql.close();
  await close(opened);
});

test('a shared link with an unknown region or a malformed date is mended, not broken', async () => {
  const opened = await openDashboard(browser, '/?region=UmVnaW9uOm5vLXN1Y2gtcmVnaW9u&from=yesterday');
  const { page } = opened;
  await page.waitForFunction(() => !new URL(location.href).searchParams.has('region'), null, { timeout: 10000 });
  await settled(page);
  assert.match(await page.textContent('#notice'), /not recorded/);
  assert.equal(await page.inputValue('#period-from'), '');
  assert.ok(Number(await page.getAttribute('#map', 'data-points')) > 0);
  await close(opened);
});

test('the heaviest request the page sent stays well under the cost limit', () => {
  assert.ok(allCosts.length > 20, `costs seen: ${allCosts.length}`);
  const heaviest = allCosts.reduce((a, b) => (b.cost > a.cost ? b : a));
  console.log(`heaviest request: ${heaviest.operationName} at ${heaviest.cost} of ${maxCost} points`);
  assert.ok(heaviest.cost <= maxCost / 2, `${heaviest.operationName} cost ${heaviest.cost}`);
});

console.log(`dashboard checks against ${baseUrl}`);
