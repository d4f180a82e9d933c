/*
 * The dashboard: wires the panels to the linked selection. Every change of the selection
 * (a click, the search box, the period fields, the browser's back button) reloads the
 * panels it concerns; the URL always holds it. When every panel has drawn once, <body> gets
 * data-ready="true" and the performance mark "dashboard-rendered" is set; while the panels
 * reload after a change, <body> carries data-loading (for tests and assistive styling).
 */
import { onBudget, operation, query } from './api.js';
import { addDays, count, el } from './dom.js';
import { EscalationChart } from './escalation.js';
import { HotspotsTable } from './hotspots.js';
import { LiveFeed } from './live.js';
import { EventMap } from './map.js';
import { ActorNetwork } from './network.js';
import { Panel } from './panel.js';
import { SearchBox } from './search.js';
import { onSelection, select, selection } from './selection.js';
import { Timeline } from './timeline.js';

/** The escalation chart spans a year back from the latest event, unless the period reaches further. */
const CHART_DAYS = 364;
/** The backtest behind the chart's flags covers at most 520 weeks. */
const MAX_CHART_DAYS = 520 * 7 - 1;

// The first load's operations (the shell preloads them: DashboardPage.FIRST_QUERIES),
// asked for before anything else runs, so each panel's request waits for its answer only.
['MapEvents', 'Hotspots', 'Escalation', 'Timeline', 'LiveStart', 'LiveEvents'].forEach(operation);

const map = new EventMap(new Panel('map-panel'));
const escalation = new EscalationChart(new Panel('escalation-panel'));
const hotspots = new HotspotsTable(new Panel('hotspots-panel'));
const network = new ActorNetwork(new Panel('network-panel'));
const timeline = new Timeline(new Panel('timeline-panel'), new Panel('event-panel'));
const live = new LiveFeed((event) => {
  map.add(event);
  timeline.add(event);
});
new SearchBox();

const notice = document.getElementById('notice');
const chips = document.getElementById('selection');
const periodFrom = document.getElementById('period-from');
const periodTo = document.getElementById('period-to');
/** The names of the selection's region and actor, as last looked up for the current selection. */
let names = { region: null, actor: null };

/**
 * The overview (span of the events, the world region), asked for at once: the map, hotspots
 * and timeline need not wait for it, the chart does. A failure (the API down, the budget
 * spent) is retried until it is answered.
 */
let overview = null;
const overviewReady = (async () => {
  for (let attempt = 0; ; attempt += 1) {
    try {
      overview = await loadOverview();
      showNotice(null);
      return overview;
    } catch (error) {
      const seconds = error.classification === 'THROTTLED'
        ? Math.max(1, Math.ceil(Number(error.extensions.retryAfter) || 5)) : Math.min(30, 2 ** attempt);
      showNotice(`The API did not answer (${error.message}); trying again in ${seconds} s.`);
      await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
    }
  }
})();

/** Set while a link's unknown selection is being mended, so the refresh it causes keeps the notice. */
let mending = false;

let pendingRefreshes = 0;

/** Marks <body> as loading until every refresh started has finished. */
function track(refreshing) {
  pendingRefreshes += 1;
  document.body.dataset.loading = 'true';
  return refreshing
    .catch((error) => showNotice(`Something went wrong: ${error.message}`))
    .finally(() => {
      pendingRefreshes -= 1;
      if (pendingRefreshes === 0) delete document.body.dataset.loading;
    });
}

function showNotice(text) {
  notice.hidden = !text;
  notice.textContent = text || '';
}

onBudget((cost) => {
  const status = cost.throttleStatus;
  if (!status) return;
  document.getElementById('budget').textContent =
    `API budget: ${count(Math.floor(status.currentlyAvailable))} of ${count(status.maximumAvailable)} points (+${count(status.restoreRate)}/s); this request ${count(cost.actualQueryCost)}`;
});

async function loadOverview() {
  const data = await query('Overview', {}, { cacheable: true });
  const latest = data.latest.nodes[0] ? data.latest.nodes[0].occurredOn : new Date().toISOString().slice(0, 10);
  const earliest = data.earliest.nodes[0] ? data.earliest.nodes[0].occurredOn : latest;
  return { latest, earliest, world: data.world.nodes[0] || null };
}

/** The days the escalation chart spans: a year to the latest event, widened to hold the period. */
function chartRange(s) {
  let to = overview.latest;
  let from = addDays(to, -CHART_DAYS);
  if (overview.earliest > from) from = overview.earliest;
  if (s.from && s.from < from) from = s.from;
  if (s.to && s.to > to) to = s.to;
  if (addDays(from, MAX_CHART_DAYS) < to) from = addDays(to, -MAX_CHART_DAYS);
  return { from, to };
}

const FILTER_KEYS = ['region', 'actor', 'from', 'to'];

/** Whether the selection now still filters as `s` does (else a newer refresh has taken over). */
function stillSelected(s) {
  const now = selection();
  return FILTER_KEYS.every((key) => now[key] === s[key]);
}

/**
 * The names of the selection's region and actor; null when a newer selection took over, or
 * when the selection named ids that are not recorded — then the URL is mended in place (the
 * back button does not lead back to it) and the mended selection's own refresh follows.
 */
async function lookUpNames(s) {
  if (!s.region && !s.actor) return { region: null, actor: null };
  let data;
  for (;;) {
    try {
      data = await query('Selection', {
        region: s.region || '', actor: s.actor || '', withRegion: Boolean(s.region), withActor: Boolean(s.actor),
      }, { cacheable: true });
      break;
    } catch (error) {
      if (!stillSelected(s)) return null;
      if (error.classification === 'THROTTLED') {
        // The ids may be fine: wait for the budget rather than drop them from a shared link.
        const seconds = Math.max(1, Math.ceil(Number(error.extensions.retryAfter) || 5));
        showNotice(`The API's rate budget for this browser is spent for now; trying again in ${seconds} s.`);
        await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
        if (!stillSelected(s)) return null;
        continue;
      }
      // A malformed id (BAD_REQUEST): the link cannot be read as it is.
      showNotice(`This link's selection could not be read (${error.message}); it was cleared.`);
      mending = true;
      select({ region: null, actor: null }, { replace: true });
      return null;
    }
  }
  if (!stillSelected(s)) return null;
  const found = { region: data.region || null, actor: data.actor || null };
  const unknown = [s.region && !found.region ? 'region' : null, s.actor && !found.actor ? 'actor' : null].filter(Boolean);
  if (unknown.length > 0) {
    showNotice(`This link names a ${unknown.join(' and an ')} that is not recorded; it was left out.`);
    mending = true;
    select(Object.fromEntries(unknown.map((key) => [key, null])), { replace: true });
    return null;
  }
  return found;
}

function chip(label, value, clear) {
  return el('span', { class: 'chip' }, el('span', { class: 'chip-label' }, `${label}: `), value,
    el('button', { type: 'button', class: 'chip-clear', 'aria-label': `Clear the ${label.toLowerCase()}`, onclick: clear }, '×'));
}

function showSelection(s) {
  const parts = [];
  if (names.region) parts.push(chip('Region', names.region.name, () => select({ region: null })));
  if (names.actor) parts.push(chip('Actor', names.actor.name, () => select({ actor: null })));
  if (s.from || s.to) parts.push(chip('Period', `${s.from || '…'} – ${s.to || '…'}`, () => select({ from: null, to: null })));
  if (s.event) parts.push(chip('Event', 'shown in the timeline', () => select({ event: null })));
  if (parts.length === 0) parts.push(el('span', { class: 'chip-none' }, 'Everything recorded. Choose a region, an actor or a period to narrow every panel.'));
  else parts.push(el('button', { type: 'button', class: 'link clear-all', onclick: () => select({ region: null, actor: null, from: null, to: null, event: null }) }, 'Clear all'));
  chips.replaceChildren(...parts);
  periodFrom.value = s.from || '';
  periodTo.value = s.to || '';
  if (overview) {
    periodFrom.min = overview.earliest;
    periodTo.min = overview.earliest;
  }
}

async function refresh(s, changed) {
  const filters = FILTER_KEYS.some((key) => changed.has(key));
  const loads = [];
  if (filters) {
    const found = await lookUpNames(s);
    if (!found) return; // a newer selection, or the mended one, refreshes instead
    names = found;
    if (!mending) showNotice(null);
    mending = false;
    // A territory is smaller than its country's shape: shading the country would mislead.
    const shaded = found.region && found.region.kind !== 'TERRITORY' ? found.region.countries : [];
    // The map and the timeline, which the live feed adds to, load once the feed's start is fixed.
    const following = live.follow(s);
    loads.push(following.then(() => (stillSelected(s) ? map.load(s, shaded) : null)));
    loads.push(hotspots.load(s, found.region));
    loads.push(overviewReady.then(() => {
      if (!stillSelected(s)) return null;
      const region = found.region || overview.world;
      return region ? escalation.load(s, region, chartRange(s), found.actor) : null;
    }));
    loads.push(following.then(() => (stillSelected(s) ? timeline.load(s) : null)));
    if (changed.has('actor') || changed.has('from') || changed.has('to')) loads.push(network.load(s));
  }
  // The chips show the selection as it is now: an event chosen while the names were looked up counts.
  showSelection(selection());
  if (changed.has('event')) loads.push(timeline.showEvent(s.event));
  await Promise.all(loads);
}

document.getElementById('period').addEventListener('change', () => {
  select({ from: periodFrom.value || null, to: periodTo.value || null, event: null });
});

async function start() {
  onSelection((s, changed) => track(refresh(s, changed)));
  await track(refresh(selection(), new Set(['region', 'actor', 'from', 'to', 'event'])));
  await overviewReady;
  document.body.dataset.ready = 'true';
  performance.mark('dashboard-rendered');
}

start();
