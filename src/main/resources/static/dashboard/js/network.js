/*
 * The actor network: the selected actor and their counterparts over the period, edges as
 * thick as the interactions between two actors and coloured by their mean Goldstein score
 * (red conflictual, blue cooperative). Clicking a node selects that actor; the table beside
 * it lists every link, with buttons that do the same.
 */
import { query } from './api.js';
import { count, el, escapeHtml } from './dom.js';
import { select } from './selection.js';

export class ActorNetwork {
  constructor(panel) {
    this.panel = panel;
    this.element = document.getElementById('network-chart');
    this.actorLine = document.getElementById('network-actor');
    this.table = document.getElementById('network-table');
    this.chart = echarts.init(this.element);
    this.chart.on('click', (params) => {
      if (params.dataType === 'node' && params.data.id) select({ actor: params.data.id });
    });
    new ResizeObserver(() => this.chart.resize()).observe(this.element);
  }

  load(selection) {
    if (!selection.actor) {
      this.panel.message(null);
      this.chart.clear();
      this.element.hidden = true;
      this.element.dataset.nodes = '';
      this.actorLine.textContent = '';
      this.table.replaceChildren(this.table.querySelector('caption'),
        el('tbody', {}, el('tr', {}, el('td', {}, 'Choose an actor — in the search box, the timeline or a hotspot’s events — to draw their network.'))));
      return Promise.resolve();
    }
    const variables = { actor: selection.actor, from: selection.from, to: selection.to };
    return this.panel.run({
      operation: 'ActorNetwork',
      variables,
      load: (signal) => query('ActorNetwork', variables, { signal, cacheable: true }),
      render: (data) => this.render(data.actorNetwork, selection.actor),
    });
  }

  render(network, centre) {
    this.element.hidden = false;
    this.chart.resize();
    if (!network) {
      this.panel.message('No actor has this id.');
      return;
    }
    const names = new Map(network.nodes.map((node) => [node.id, node.name]));
    const strength = new Map();
    for (const edge of network.edges) {
      strength.set(edge.from.id, (strength.get(edge.from.id) || 0) + edge.count);
      strength.set(edge.to.id, (strength.get(edge.to.id) || 0) + edge.count);
    }
    const maximum = Math.max(1, ...network.edges.map((edge) => edge.count));
    this.chart.setOption({
      animationDuration: 300,
      tooltip: { formatter: (params) => (params.dataType === 'edge'
        ? `${escapeHtml(names.get(params.data.source))} – ${escapeHtml(names.get(params.data.target))}: ${count(params.data.value)} interactions`
        : `${escapeHtml(params.data.name)}${params.data.country ? ` (${escapeHtml(params.data.country)})` : ''}`) },
      series: [{
        type: 'graph',
        layout: 'force',
        roam: true,
        draggable: true,
        force: { repulsion: 260, edgeLength: [60, 140], gravity: 0.12 },
        label: { show: true, position: 'right', fontSize: 11 },
        data: network.nodes.map((node) => ({
          id: node.id,
          name: node.name,
          country: node.country,
          symbolSize: node.id === centre ? 30 : 12 + Math.min(18, 3 * Math.sqrt(strength.get(node.id) || 1)),
          itemStyle: { color: node.id === centre ? '#1f3b66' : '#6c8ebf' },
          label: { fontWeight: node.id === centre ? 'bold' : 'normal' },
        })),
        edges: network.edges.map((edge) => ({
          source: edge.from.id,
          target: edge.to.id,
          value: edge.count,
          lineStyle: { width: 1 + 5 * (edge.count / maximum), color: goldsteinColour(edge.meanGoldstein), opacity: 0.8, curveness: 0.1 },
        })),
      }],
    }, { notMerge: true });
    this.element.dataset.nodes = network.nodes.map((node) => node.name).join('|');
    this.actorLine.textContent = `${names.get(centre) || ''}: ${count(network.nodes.length - 1)} counterpart${network.nodes.length === 2 ? '' : 's'}${network.truncated ? ' (the strongest 200)' : ''}`;
    const actorButton = (id) => el('button', { type: 'button', class: 'link', onclick: () => select({ actor: id }) }, names.get(id));
    const head = el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'Between'), el('th', { scope: 'col' }, 'and'),
      el('th', { scope: 'col', class: 'number' }, 'Interactions'), el('th', { scope: 'col', class: 'number' }, 'Mean Goldstein')));
    const rows = network.edges.map((edge) => el('tr', {}, el('td', {}, actorButton(edge.from.id)), el('td', {}, actorButton(edge.to.id)),
      el('td', { class: 'number' }, count(edge.count)),
      el('td', { class: 'number' }, edge.meanGoldstein === null ? '–' : edge.meanGoldstein.toFixed(1))));
    this.table.replaceChildren(this.table.querySelector('caption'), head, el('tbody', {}, rows));
  }
}

/** Red for conflict (−10), grey for none, blue for cooperation (+10). */
function goldsteinColour(score) {
  if (score === null || score === undefined) return '#9aa3ad';
  const t = Math.max(-1, Math.min(1, score / 10));
  return t < 0 ? `rgb(${Math.round(150 + 60 * -t)}, ${Math.round(150 - 90 * -t)}, ${Math.round(150 - 90 * -t)})`
    : `rgb(${Math.round(150 - 100 * t)}, ${Math.round(150 - 20 * t)}, ${Math.round(150 + 70 * t)})`;
}
