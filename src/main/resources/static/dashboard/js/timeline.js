/*
 * The timeline: the selection's events and statements, latest first, each with who did or
 * said it, the quote, and the outlets that reported it; names are buttons that select the
 * actor or region. New events pushed live appear at the top, marked as new. The card above
 * it shows the selected event with what was said about it.
 */
import { query } from './api.js';
import { QUAD_CLASS_COLOURS, count, el, quadClassName } from './dom.js';
import { select, timelineFilter } from './selection.js';

function actorButton(actor) {
  return actor ? el('button', { type: 'button', class: 'link actor', 'data-actor': actor.id, onclick: () => select({ actor: actor.id }) }, actor.name) : null;
}

function regionButton(region) {
  return region ? el('button', { type: 'button', class: 'link region', 'data-region': region.id, onclick: () => select({ region: region.id, event: null }) }, region.name) : null;
}

/** The host of an article's address, or the address itself when it is not a URL. */
function hostOf(url) {
  try {
    return new URL(url).hostname;
  } catch {
    return url;
  }
}

/** "Reported by Interfax, Reuters", each outlet a link to the article where there is one. */
function reportedBy(reports) {
  const outlets = reports.filter((report) => report.source || report.url);
  if (outlets.length === 0) return null;
  const names = outlets.map((report) => {
    const name = (report.source && report.source.name) || hostOf(report.url);
    return /^https?:\/\//i.test(report.url || '')
      ? el('a', { href: report.url, rel: 'noopener noreferrer', target: '_blank', title: report.headline || null }, name)
      : el('span', { class: 'outlet' }, name);
  });
  return el('p', { class: 'reported' }, 'Reported by ', names.flatMap((name, index) => (index === 0 ? [name] : [', ', name])));
}

function joined(nodes, separator = ', ') {
  return nodes.filter(Boolean).flatMap((node, index) => (index === 0 ? [node] : [separator, node]));
}

function eventItem(event, { fresh = false } = {}) {
  const quadClass = event.type ? event.type.quadClass : null;
  return el('li', { class: `item item-event${fresh ? ' fresh' : ''}`, 'data-id': event.id, 'data-kind': 'event' },
    el('p', { class: 'meta' },
      el('time', { datetime: event.occurredOn }, event.occurredOn), ' · ',
      el('span', { class: 'quad', style: `border-color:${QUAD_CLASS_COLOURS[quadClass] || '#999'}` }, event.type ? event.type.name : 'event'),
      event.region ? [' · ', regionButton(event.region)] : null,
      fresh ? el('span', { class: 'badge' }, 'new') : null),
    el('p', { class: 'text' }, el('button', { type: 'button', class: 'link event', onclick: () => select({ event: event.id }) }, event.summary || (event.type && event.type.name) || 'An event')),
    event.initiator || event.target ? el('p', { class: 'who' }, joined([actorButton(event.initiator), actorButton(event.target)], ' → ')) : null,
    event.fatalities && event.fatalities.best ? el('p', { class: 'fatalities' }, `${count(event.fatalities.best)} killed`) : null,
    reportedBy(event.reports || []));
}

function statementItem(statement) {
  return el('li', { class: 'item item-statement', 'data-id': statement.id, 'data-kind': 'statement' },
    el('p', { class: 'meta' },
      el('time', { datetime: statement.madeOn }, statement.madeOn), ' · ',
      el('span', { class: 'quad statement' }, statement.kind ? statement.kind.toLowerCase().replaceAll('_', ' ') : 'statement'),
      statement.region ? [' · ', regionButton(statement.region)] : null),
    el('p', { class: 'who' }, actorButton(statement.speaker),
      statement.addressees.length > 0 ? [' to ', joined(statement.addressees.map(actorButton))] : null),
    statement.quote ? el('blockquote', { class: 'quote' }, `“${statement.quote}”`) : null,
    statement.summary ? el('p', { class: 'text' }, statement.summary) : null,
    reportedBy(statement.reports || []));
}

export class Timeline {
  constructor(panel, detailPanel) {
    this.panel = panel;
    this.detailPanel = detailPanel;
    this.list = document.getElementById('timeline');
    this.more = document.getElementById('timeline-more');
    this.countLine = document.getElementById('timeline-count');
    this.detail = document.getElementById('event-panel');
    this.detailBody = document.getElementById('event-body');
    this.detailTitle = document.getElementById('event-title');
    this.detail.querySelector('.close').addEventListener('click', () => select({ event: null }));
    this.after = null;
    this.filter = {};
    this.fresh = 0;
    this.more.addEventListener('click', () => this.page());
  }

  load(selection) {
    this.filter = timelineFilter(selection);
    this.fresh = 0;
    this.generation = (this.generation || 0) + 1;
    const variables = { filter: this.filter };
    return this.panel.run({
      operation: 'Timeline',
      variables,
      load: (signal) => query('Timeline', variables, { signal }),
      render: (data) => {
        this.list.replaceChildren();
        this.append(data.timeline);
      },
    });
  }

  async page() {
    this.more.disabled = true;
    const generation = this.generation;
    try {
      const data = await query('Timeline', { filter: this.filter, after: this.after });
      // A page of the previous selection, answered after the selection changed, is dropped.
      if (generation === this.generation) this.append(data.timeline);
    } catch (error) {
      this.panel.message(`Could not load older items: ${error.message}`);
    } finally {
      this.more.disabled = false;
    }
  }

  append(timeline) {
    const items = timeline.edges.map((edge) => (edge.node.__typename === 'Event' ? eventItem(edge.node) : statementItem(edge.node)));
    this.list.append(...items);
    if (this.list.children.length === 0) this.list.append(el('li', { class: 'empty' }, 'Nothing in this selection.'));
    this.after = timeline.pageInfo.hasNextPage ? timeline.pageInfo.endCursor : null;
    this.more.hidden = !this.after;
    this.showCount();
  }

  showCount() {
    const shown = this.list.querySelectorAll('li.item').length;
    this.countLine.textContent = `${count(shown)} shown${this.after ? ', more below' : ''}${this.fresh ? ` · ${count(this.fresh)} new` : ''}`;
  }

  /** An event pushed live: at the top, marked new. */
  add(event) {
    if (this.list.querySelector(`li[data-id="${CSS.escape(event.id)}"]`)) return;
    const empty = this.list.querySelector('li.empty');
    if (empty) empty.remove();
    this.list.prepend(eventItem(event, { fresh: true }));
    this.fresh += 1;
    this.showCount();
  }

  /** Shows the selected event's card, or hides it. */
  showEvent(id) {
    if (!id) {
      this.detail.hidden = true;
      this.detailBody.replaceChildren();
      return Promise.resolve();
    }
    this.detail.hidden = false;
    return this.detailPanel.run({
      operation: 'EventDetail',
      variables: { id },
      load: (signal) => query('EventDetail', { id }, { signal }),
      render: (data) => this.renderEvent(data.event),
    });
  }

  renderEvent(event) {
    if (!event) {
      this.detailTitle.textContent = 'Event';
      this.detailBody.replaceChildren(el('p', {}, 'No event has this id.'));
      return;
    }
    const fatalities = event.fatalities && event.fatalities.best !== null
      ? `${count(event.fatalities.best)} killed${event.fatalities.low !== null && event.fatalities.high !== null ? ` (${count(event.fatalities.low)}–${count(event.fatalities.high)})` : ''}`
      : null;
    this.detailTitle.textContent = event.summary || event.type.name;
    this.detailBody.replaceChildren(
      el('p', { class: 'meta' }, event.occurredOn, ' · ', `${event.type.name} (CAMEO ${event.type.code}, ${quadClassName(event.type.quadClass)})`,
        event.location && event.location.name ? ` · ${event.location.name}` : null, event.region ? [' · ', regionButton(event.region)] : null,
        ` · ${event.sourceSystem.toLowerCase()}`),
      event.initiator || event.target ? el('p', { class: 'who' }, joined([actorButton(event.initiator), actorButton(event.target)], ' → ')) : null,
      fatalities ? el('p', { class: 'fatalities' }, fatalities) : null,
      reportedBy(event.reports),
      event.statements.nodes.length > 0
        ? el('div', { class: 'said' }, el('h4', {}, 'What was said about it'), el('ul', {}, event.statements.nodes.map((statement) =>
          el('li', {}, actorButton(statement.speaker), ` (${statement.madeOn}): `, statement.quote ? `“${statement.quote}”` : statement.summary))))
        : null);
  }
}
