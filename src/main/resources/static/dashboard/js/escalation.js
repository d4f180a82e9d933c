/*
 * The escalation chart of the selected region (the world when none): weekly events (bars) and
 * fatalities (line), the weeks where surge or threat fired marked, the change level of the
 * evaluated week in the panel's heading, and a brush to choose the period. The table beside
 * it holds the same figures as text.
 */
import { query } from './api.js';
import { count, el, level, percent } from './dom.js';
import { activityFilter, select } from './selection.js';

export class EscalationChart {
  constructor(panel) {
    this.panel = panel;
    this.element = document.getElementById('escalation-chart');
    this.levelLine = document.getElementById('escalation-level');
    this.title = document.getElementById('escalation-title');
    this.table = document.getElementById('escalation-table');
    this.chart = echarts.init(this.element);
    this.weeks = [];
    this.brushing = false;
    new ResizeObserver(() => this.chart.resize()).observe(this.element);
    this.chart.on('brushEnd', (params) => this.brushed(params));
  }

  /**
   * Draws `region` over `range` ({from, to}: the whole span shown), with the selection's
   * period (from/to, either may be null) brushed and its last day evaluated; with an actor
   * selected, only that actor's events count.
   */
  load(selection, region, range, actor) {
    const filter = activityFilter(selection);
    const variables = { region: region.id, from: range.from, to: range.to, asOf: selection.to, filter };
    return this.panel.run({
      operation: 'Escalation',
      variables,
      load: (signal) => query('Escalation', variables, { signal, cacheable: true }),
      render: (data) => this.render(data, selection, region, actor),
    });
  }

  render(data, selection, region, actor) {
    const activity = data.region ? data.region.activity : [];
    const flags = new Map(data.escalationBacktest.weeks.map((week) => [week.week.start, week]));
    this.weeks = activity.map((bucket) => ({
      start: bucket.start,
      end: bucket.end,
      events: bucket.events,
      fatalities: bucket.fatalities.best,
      surge: Boolean(flags.get(bucket.start) && flags.get(bucket.start).surge),
      threat: Boolean(flags.get(bucket.start) && flags.get(bucket.start).threat),
    }));
    this.title.textContent = `Escalation: ${region.name}${actor ? `, events of ${actor.name}` : ''}`;
    const escalation = data.region && data.region.escalation;
    this.levelLine.textContent = escalation
      ? `${escalation.week.label}: ${level(escalation.changeLevel)} (${percent(escalation.change)}, ${count(escalation.current)} events against ${escalation.baseline.toFixed(1)} a week)${escalation.surge ? ' · surge' : ''}${escalation.threat ? ' · threat' : ''}${escalation.record ? ' · fatality record' : ''}`
      : 'no events';
    this.levelLine.dataset.changeLevel = escalation ? escalation.changeLevel : '';
    this.evaluated = escalation ? { start: escalation.week.start, label: `${escalation.week.label}: ${level(escalation.changeLevel)}` } : null;
    this.draw();
    this.showPeriod(selection);
    this.fillTable();
  }

  draw() {
    const labels = this.weeks.map((week) => week.start);
    const marked = (key) => this.weeks.map((week, index) => (week[key] ? [index, week.events] : null)).filter(Boolean);
    this.chart.setOption({
      animation: false,
      grid: { left: 44, right: 52, top: 52, bottom: 28 },
      legend: { top: 0, data: ['Events', 'Fatalities', 'Surge', 'Threat'] },
      tooltip: { trigger: 'axis' },
      toolbox: { show: false },
      // A click must not clear the period (ECharts' default): the selection's chips do that.
      brush: { xAxisIndex: 0, brushType: 'lineX', brushMode: 'single', removeOnClick: false, throttleType: 'debounce', throttleDelay: 200, outOfBrush: { colorAlpha: 0.35 } },
      xAxis: { type: 'category', data: labels, axisLabel: { formatter: (value) => value.slice(0, 7) } },
      yAxis: [
        { type: 'value', name: 'events', minInterval: 1 },
        { type: 'value', name: 'fatalities', minInterval: 1, splitLine: { show: false } },
      ],
      series: [
        {
          name: 'Events',
          type: 'bar',
          data: this.weeks.map((week) => week.events),
          itemStyle: { color: '#5b6b82' },
          // The week evaluated (the period's last), with its change level.
          markLine: this.evaluated && labels.includes(this.evaluated.start) ? {
            symbol: 'none',
            silent: true,
            lineStyle: { color: '#1f3b66', type: 'dashed' },
            label: { formatter: this.evaluated.label, position: 'insideEndTop', color: '#1f3b66' },
            data: [{ xAxis: this.evaluated.start }],
          } : undefined,
        },
        { name: 'Fatalities', type: 'line', yAxisIndex: 1, data: this.weeks.map((week) => week.fatalities), itemStyle: { color: '#d1453b' }, symbolSize: 4 },
        { name: 'Surge', type: 'scatter', data: marked('surge'), symbol: 'triangle', symbolSize: 12, symbolOffset: [0, -12], itemStyle: { color: '#e07b26' } },
        { name: 'Threat', type: 'scatter', data: marked('threat'), symbol: 'diamond', symbolSize: 11, symbolOffset: [0, -26], itemStyle: { color: '#8c2d9e' } },
      ],
    }, { replaceMerge: ['series'] });
    // Dragging across the chart brushes at once, without picking a tool first.
    this.chart.dispatchAction({ type: 'takeGlobalCursor', key: 'brush', brushOption: { brushType: 'lineX', brushMode: 'single' } });
  }

  showPeriod(selection) {
    this.brushing = true;
    const first = selection.from ? this.weeks.findIndex((week) => week.end >= selection.from) : -1;
    let last = -1;
    if (selection.to) this.weeks.forEach((week, index) => { if (week.start <= selection.to) last = index; });
    if (selection.from || selection.to) {
      const from = first >= 0 ? first : 0;
      const to = last >= 0 ? last : this.weeks.length - 1;
      this.chart.dispatchAction({ type: 'brush', areas: [{ brushType: 'lineX', xAxisIndex: 0, coordRange: [from, to] }] });
    } else {
      this.chart.dispatchAction({ type: 'brush', areas: [] });
    }
    this.brushing = false;
  }

  brushed(params) {
    if (this.brushing) return;
    const area = params.areas && params.areas[0];
    if (!area || !area.coordRange) {
      select({ from: null, to: null });
      return;
    }
    const [from, to] = area.coordRange.map((index) => Math.max(0, Math.min(this.weeks.length - 1, Math.round(index))));
    if (!this.weeks[from] || !this.weeks[to]) return;
    select({ from: this.weeks[from].start, to: this.weeks[to].end, event: null });
  }

  fillTable() {
    const head = el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'Week of'), el('th', { scope: 'col' }, 'Events'),
      el('th', { scope: 'col' }, 'Fatalities'), el('th', { scope: 'col' }, 'Flags')));
    const rows = [...this.weeks].reverse().map((week) => el('tr', { 'data-start': week.start, 'data-end': week.end },
      el('th', { scope: 'row' }, week.start),
      el('td', { class: 'number' }, count(week.events)),
      el('td', { class: 'number' }, count(week.fatalities)),
      el('td', {}, [week.surge ? 'surge' : null, week.threat ? 'threat' : null].filter(Boolean).join(', '))));
    this.table.replaceChildren(this.table.querySelector('caption'), head, el('tbody', {}, rows));
  }
}
