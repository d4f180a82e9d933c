/*
 * The hotspots table: the places inside the selected region (the world when none) ranked by
 * how they escalate in the week of the period's last day. Its headers sort it (buttons, so
 * the keyboard can too); a row's place is a button that selects its region.
 */
import { query } from './api.js';
import { count, el, level, percent } from './dom.js';
import { activityFilter, select } from './selection.js';

/** Regions that are one place on the map: inside them, hotspots ranks first-level divisions. */
const COUNTRY_LIKE = new Set(['COUNTRY', 'AREA', 'TERRITORY']);

const LEVEL_ORDER = { LARGE_INCREASE: 3, MODERATE_INCREASE: 2, LIMITED_CHANGE: 1, LARGE_DECREASE: 0 };

const COLUMNS = [
  { key: 'rank', label: 'Rank', number: true, value: (h) => h.rank },
  { key: 'place', label: 'Place', value: (h) => placeName(h) },
  { key: 'current', label: 'Events', number: true, value: (h) => h.escalation.current },
  { key: 'baseline', label: 'Baseline', number: true, value: (h) => h.escalation.baseline },
  { key: 'change', label: 'Change', number: true, value: (h) => (h.escalation.change === null ? -Infinity : h.escalation.change) },
  { key: 'level', label: 'Level', value: (h) => LEVEL_ORDER[h.escalation.changeLevel] },
  { key: 'flags', label: 'Flags', value: (h) => (h.escalation.surge ? 2 : 0) + (h.escalation.threat ? 1 : 0) },
];

function placeName(hotspot) {
  if (hotspot.region) return hotspot.region.name;
  return [hotspot.admin1, hotspot.country].filter(Boolean).join(', ');
}

export class HotspotsTable {
  constructor(panel) {
    this.panel = panel;
    this.table = document.getElementById('hotspots-table');
    this.weekLine = document.getElementById('hotspots-week');
    this.hotspots = [];
    this.sort = { key: 'rank', ascending: true };
    this.selectedRegion = null;
  }

  /** Ranks the places inside `region` (a Region with its kind, or null for the world). */
  load(selection, region) {
    const level = region && COUNTRY_LIKE.has(region.kind) ? 'ADMIN1' : 'COUNTRY';
    const variables = { within: region ? region.id : null, asOf: selection.to, level, filter: activityFilter(selection) };
    this.selectedRegion = selection.region;
    this.scope = `${region ? `in ${region.name}` : 'worldwide'}${level === 'ADMIN1' ? ', by first-level division' : ''}`;
    return this.panel.run({
      operation: 'Hotspots',
      variables,
      load: (signal) => query('Hotspots', variables, { signal, cacheable: true }),
      render: (data) => {
        this.hotspots = data.hotspots;
        const week = this.hotspots[0] && this.hotspots[0].escalation.week.label;
        this.weekLine.textContent = `${this.scope}${week ? ` · week ${week}` : ''}`;
        this.draw();
      },
    });
  }

  sortBy(key) {
    this.sort = { key, ascending: this.sort.key === key ? !this.sort.ascending : key === 'rank' || key === 'place' };
    this.draw();
    const button = this.table.querySelector(`th[data-key="${key}"] button`);
    if (button) button.focus();
  }

  draw() {
    const column = COLUMNS.find((c) => c.key === this.sort.key);
    const sorted = [...this.hotspots].sort((a, b) => {
      const [x, y] = [column.value(a), column.value(b)];
      const order = typeof x === 'string' ? x.localeCompare(y) : x - y;
      return (this.sort.ascending ? order : -order) || a.rank - b.rank;
    });
    const head = el('thead', {}, el('tr', {}, COLUMNS.map((c) => el('th', {
      scope: 'col',
      'data-key': c.key,
      class: c.number ? 'number' : null,
      'aria-sort': c.key === this.sort.key ? (this.sort.ascending ? 'ascending' : 'descending') : 'none',
    }, el('button', { type: 'button', class: 'sort', onclick: () => this.sortBy(c.key) }, c.label)))));
    const rows = sorted.map((h) => {
      const e = h.escalation;
      const place = h.region
        ? el('button', { type: 'button', class: 'link', 'data-region': h.region.id, onclick: () => select({ region: h.region.id, event: null }) }, placeName(h))
        : placeName(h);
      return el('tr', { class: h.region && h.region.id === this.selectedRegion ? 'selected' : null, 'data-level': e.changeLevel },
        el('td', { class: 'number' }, h.rank),
        el('th', { scope: 'row' }, place),
        el('td', { class: 'number' }, count(e.current)),
        el('td', { class: 'number' }, e.baseline.toFixed(1)),
        el('td', { class: 'number' }, percent(e.change)),
        el('td', {}, el('span', { class: `level level-${e.changeLevel.toLowerCase()}` }, level(e.changeLevel))),
        el('td', {}, [e.surge ? 'surge' : null, e.threat ? 'threat' : null].filter(Boolean).join(', ')));
    });
    const body = rows.length > 0 ? rows : [el('tr', {}, el('td', { colspan: COLUMNS.length }, 'No place inside this region has events that week.'))];
    this.table.replaceChildren(this.table.querySelector('caption'), head, el('tbody', {}, body));
  }
}
