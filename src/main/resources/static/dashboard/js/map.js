/*
 * The map: the selection's events on Natural Earth's country shapes (a file of this app, no
 * tile server), coloured by quad class, sized by fatalities, and clustered where they are
 * denser than the zoom can tell apart. The selected region's countries are shaded.
 */
import { query } from './api.js';
import { QUAD_CLASS_COLOURS, count, el, escapeHtml as escape, quadClassName } from './dom.js';
import { eventFilter, select } from './selection.js';

/** How many events the map fetches at most (pages of 100): the latest, when there are more. */
export const MAP_LIMIT = 500;

const settings = document.body.dataset;

export class EventMap {
  constructor(panel) {
    this.panel = panel;
    this.element = document.getElementById('map');
    this.countLine = document.getElementById('map-count');
    this.chart = echarts.init(this.element);
    this.events = [];
    this.more = false;
    this.countries = [];
    this.zoom = 1;
    // The shapes are fetched at once (the shell preloads them) but parsed and drawn only once
    // the first events have been asked for: parsing takes the main thread a while.
    this.shapes = fetch(`${settings.base}/dashboard/geo/countries-50m.geojson`);
    this.ready = null;
    this.drawable = false;
    this.chart.on('click', (params) => this.clicked(params));
    this.chart.on('georoam', () => this.roamed());
    new ResizeObserver(() => this.chart.resize()).observe(this.element);
    this.legend();
  }

  async loadShapes() {
    const response = await this.shapes;
    if (!response.ok) throw new Error(`cannot load the country shapes (HTTP ${response.status})`);
    const shapes = await response.json();
    // ECharts names a shape by one property: the ISO code where there is one, so that a
    // region's countries (ISO alpha-3) can be shaded.
    for (const feature of shapes.features) feature.properties.key = feature.properties.iso3 || feature.properties.name;
    echarts.registerMap('world', shapes);
    this.names = new Map(shapes.features.map((feature) => [feature.properties.key, feature.properties.name]));
    this.chart.setOption({
      animation: false,
      tooltip: { trigger: 'item', confine: true, formatter: (params) => this.tooltip(params) },
      geo: {
        map: 'world',
        nameProperty: 'key',
        roam: true,
        scaleLimit: { min: 1, max: 60 },
        zoom: 1,
        itemStyle: { areaColor: '#eef0f3', borderColor: '#a9b0ba', borderWidth: 0.5 },
        emphasis: { disabled: true },
        select: { disabled: true },
        tooltip: { show: false },
      },
      series: [{ id: 'events', type: 'scatter', coordinateSystem: 'geo', data: [], encode: { value: 2 } }],
    });
    this.drawable = true;
  }

  legend() {
    const line = document.getElementById('map-legend');
    line.replaceChildren(...Object.entries(QUAD_CLASS_COLOURS).map(([quadClass, colour]) =>
      el('span', { class: 'legend-item' }, el('span', { class: 'swatch', style: `background:${colour}` }), quadClassName(quadClass))),
    el('span', { class: 'legend-item' }, 'larger: more fatalities; a number: a cluster of events'));
  }

  /** Loads the events of the selection (with the region's countries to shade). */
  load(selection, regionCountries) {
    const filter = eventFilter(selection);
    return this.panel.run({
      operation: 'MapEvents',
      variables: { filter },
      load: async (signal) => {
        const pages = async () => {
          const events = [];
          let after = null;
          do {
            const data = await query('MapEvents', { filter, after }, { signal });
            events.push(...data.events.nodes);
            after = data.events.pageInfo.hasNextPage ? data.events.pageInfo.endCursor : null;
          } while (after && events.length < MAP_LIMIT);
          return { events, more: Boolean(after) };
        };
        // The events are asked for before the shapes are parsed, not after.
        const answer = pages();
        if (!this.ready) {
          // A failed load is tried again with the next selection, not kept.
          this.ready = this.loadShapes().catch((error) => {
            this.ready = null;
            this.shapes = fetch(`${settings.base}/dashboard/geo/countries-50m.geojson`);
            throw error;
          });
        }
        await this.ready;
        return answer;
      },
      render: ({ events, more }) => {
        this.events = events;
        this.more = more;
        this.countries = regionCountries || [];
        this.fit();
        this.draw();
      },
    });
  }

  /** Adds an event pushed live, if the map does not show it yet. */
  add(event) {
    if (this.events.some((known) => known.id === event.id)) return;
    this.events.unshift(event);
    this.draw();
  }

  placed() {
    return this.events.filter((event) => event.location && event.location.lat !== null && event.location.lon !== null);
  }

  /** Centres the map on the events (or shows the world when there are none). */
  fit() {
    if (!this.drawable) return;
    const points = this.placed();
    let center = [20, 25];
    let zoom = 1;
    if (points.length > 0) {
      const lons = points.map((event) => event.location.lon);
      const lats = points.map((event) => event.location.lat);
      const [west, east, south, north] = [Math.min(...lons), Math.max(...lons), Math.min(...lats), Math.max(...lats)];
      center = [(west + east) / 2, (south + north) / 2];
      // Twice the events' extent in view, never closer than a small country's size.
      zoom = Math.max(1, Math.min(360 / Math.max(16, (east - west) * 2.2), 170 / Math.max(8, (north - south) * 2.2)));
    }
    this.zoom = zoom;
    this.chart.setOption({
      geo: { center, zoom, regions: this.countries.map((iso3) => ({ name: iso3, itemStyle: { areaColor: '#f6dcc8' } })) },
    });
  }

  roamed() {
    const zoom = this.chart.getOption().geo[0].zoom;
    if (Math.abs(zoom - this.zoom) / this.zoom > 0.15) {
      this.zoom = zoom;
      this.draw();
    }
  }

  /** Groups events closer than the zoom can separate: cells of 3° at the world view, finer as one zooms in. */
  clusters() {
    const cell = 3 / this.zoom;
    const cells = new Map();
    for (const event of this.placed()) {
      const key = `${Math.floor(event.location.lon / cell)}:${Math.floor(event.location.lat / cell)}`;
      if (!cells.has(key)) cells.set(key, []);
      cells.get(key).push(event);
    }
    return [...cells.values()];
  }

  draw() {
    // An event pushed live before the shapes are drawn waits for the first draw.
    if (!this.drawable) return;
    const data = this.clusters().map((members) => {
      const lon = members.reduce((sum, event) => sum + event.location.lon, 0) / members.length;
      const lat = members.reduce((sum, event) => sum + event.location.lat, 0) / members.length;
      const fatalities = members.reduce((sum, event) => sum + ((event.fatalities && event.fatalities.best) || 0), 0);
      const colour = QUAD_CLASS_COLOURS[dominantQuadClass(members)] || '#666';
      const single = members.length === 1;
      return {
        name: single ? members[0].summary || members[0].type.name : `${members.length} events`,
        value: [lon, lat, members.length],
        members,
        fatalities,
        symbolSize: single ? 8 + Math.min(24, Math.sqrt(fatalities)) : 14 + Math.min(26, 4 * Math.log2(members.length) + Math.sqrt(fatalities) / 4),
        itemStyle: { color: colour, borderColor: '#fff', borderWidth: single ? 1 : 2, opacity: 0.9 },
        label: { show: !single, formatter: String(members.length), color: '#fff', fontWeight: 'bold', fontSize: 11 },
      };
    });
    this.chart.setOption({ series: [{ id: 'events', data }] });
    const plotted = data.reduce((sum, point) => sum + point.members.length, 0);
    this.element.dataset.points = String(plotted);
    this.element.dataset.clusters = String(data.length);
    const unplaced = this.events.length - plotted;
    const parts = [`${count(plotted)} event${plotted === 1 ? '' : 's'}`];
    if (unplaced > 0) parts.push(`${count(unplaced)} without a place`);
    if (this.more) parts.push(`the latest ${count(this.events.length)}; narrow the selection to see the rest`);
    this.countLine.textContent = parts.join(' · ');
  }

  tooltip(params) {
    const point = params.data;
    if (!point || !point.members) return '';
    const lines = point.members.slice(0, 6).map((event) =>
      `${escape(event.occurredOn)} · ${escape(event.summary || event.type.name)}${event.fatalities && event.fatalities.best ? ` (${count(event.fatalities.best)} killed)` : ''}`);
    if (point.members.length > 6) lines.push(`… and ${count(point.members.length - 6)} more`);
    const place = point.members[0].location.name;
    const head = point.members.length === 1 ? escape(place || '') : `${count(point.members.length)} events${place ? ` around ${escape(place)}` : ''}`;
    return `<strong>${head}</strong><br>${lines.join('<br>')}`;
  }

  clicked(params) {
    const point = params.data;
    if (!point || !point.members) return;
    if (point.members.length === 1) {
      select({ event: point.members[0].id });
      return;
    }
    const distinct = new Set(point.members.map((event) => `${event.location.lon}:${event.location.lat}`));
    if (distinct.size > 1 && this.zoom < 40) {
      this.zoom = Math.min(40, this.zoom * 3);
      this.chart.setOption({ geo: { center: point.value.slice(0, 2), zoom: this.zoom } });
      this.draw();
      return;
    }
    // One place that no zoom splits: choose its region, which every panel then shows.
    const regions = new Set(point.members.map((event) => event.region && event.region.id));
    if (regions.size === 1 && point.members[0].region) select({ region: point.members[0].region.id, event: null });
  }
}

function dominantQuadClass(members) {
  const counts = new Map();
  for (const event of members) counts.set(event.type.quadClass, (counts.get(event.type.quadClass) || 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0][0];
}
