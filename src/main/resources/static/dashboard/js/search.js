/*
 * The search box, an ARIA combobox: while typing, regions and actors whose names start with
 * the words (a cheap query); Enter, or the last option, runs the full `search` over actors,
 * events and statements (a costly one, so never on every keystroke). Arrow keys move through
 * the options, Enter chooses, Escape closes. Choosing an actor, region or event selects it.
 */
import { query } from './api.js';
import { el } from './dom.js';
import { select } from './selection.js';

const DEBOUNCE_MS = 250;

export class SearchBox {
  constructor() {
    this.input = document.getElementById('search-input');
    this.list = document.getElementById('search-results');
    this.status = document.getElementById('search-status');
    this.options = [];
    this.active = -1;
    this.timer = null;
    this.controller = null;
    this.input.addEventListener('input', () => this.typed());
    this.input.addEventListener('keydown', (event) => this.key(event));
    this.input.addEventListener('blur', () => setTimeout(() => this.close(), 150));
  }

  typed() {
    clearTimeout(this.timer);
    const text = this.input.value.trim();
    if (text.length < 2) {
      this.close();
      return;
    }
    this.timer = setTimeout(() => this.suggest(text), DEBOUNCE_MS);
  }

  async run(name, text, toOptions) {
    if (this.controller) this.controller.abort();
    this.controller = new AbortController();
    try {
      const data = await query(name, { text }, { signal: this.controller.signal, cacheable: true });
      if (this.input.value.trim() === text) this.show(toOptions(data, text));
    } catch (error) {
      if (error.name !== 'AbortError') this.show([{ label: `Search failed: ${error.message}`, disabled: true }]);
    }
  }

  suggest(text) {
    return this.run('Suggest', text, (data, asked) => [
      ...data.regions.nodes.map((region) => ({ label: region.name, note: region.kind.toLowerCase(), choose: () => select({ region: region.id, event: null }) })),
      ...data.actors.nodes.map((actor) => ({ label: actor.name, note: [actor.kind.toLowerCase(), actor.country].filter(Boolean).join(', '), choose: () => select({ actor: actor.id }) })),
      { label: `Search events and statements for “${asked}”`, note: 'Enter', choose: () => this.search(asked), keepOpen: true },
    ]);
  }

  search(text) {
    return this.run('Search', text, (data) => {
      const options = data.search.map((hit) => {
        const node = hit.node;
        if (node.__typename === 'Actor') return { label: node.name, note: 'actor', choose: () => select({ actor: node.id }) };
        if (node.__typename === 'Event') {
          return { label: node.summary || 'An event', note: `event, ${node.occurredOn}`, choose: () => select({ event: node.id, region: node.region ? node.region.id : null }) };
        }
        return { label: `${node.speaker.name}: “${node.quote || node.summary || ''}”`, note: `statement, ${node.madeOn}`, choose: () => select({ actor: node.speaker.id }) };
      });
      return options.length > 0 ? options : [{ label: `Nothing found for “${text}”`, disabled: true }];
    });
  }

  show(options) {
    this.options = options;
    this.active = -1;
    this.input.removeAttribute('aria-activedescendant');
    const choices = options.filter((option) => !option.disabled && !option.keepOpen).length;
    this.status.textContent = options.length === 1 && options[0].disabled ? options[0].label
      : `${choices} result${choices === 1 ? '' : 's'}; use the arrow keys to choose`;
    this.list.replaceChildren(...options.map((option, index) => el('li', {
      id: `search-option-${index}`,
      role: 'option',
      class: option.disabled ? 'disabled' : null,
      'aria-disabled': option.disabled ? 'true' : null,
      'aria-selected': 'false',
      onmousedown: (event) => { event.preventDefault(); this.choose(index); },
    }, el('span', { class: 'label' }, option.label), option.note ? el('span', { class: 'note' }, option.note) : null)));
    this.list.hidden = false;
    this.input.setAttribute('aria-expanded', 'true');
  }

  close() {
    this.list.hidden = true;
    this.input.setAttribute('aria-expanded', 'false');
    this.input.removeAttribute('aria-activedescendant');
    this.active = -1;
  }

  move(step) {
    if (this.options.length === 0) return;
    this.active = (this.active + step + this.options.length) % this.options.length;
    [...this.list.children].forEach((item, index) => item.setAttribute('aria-selected', String(index === this.active)));
    this.input.setAttribute('aria-activedescendant', `search-option-${this.active}`);
    this.list.children[this.active].scrollIntoView({ block: 'nearest' });
  }

  choose(index) {
    const option = this.options[index];
    if (!option || option.disabled) return;
    if (!option.keepOpen) {
      this.close();
      this.input.value = '';
    }
    option.choose();
  }

  key(event) {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      if (this.list.hidden && this.options.length > 0) this.show(this.options);
      this.move(1);
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      this.move(-1);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const text = this.input.value.trim();
      if (this.active >= 0 && !this.list.hidden) this.choose(this.active);
      else if (text.length > 0) {
        clearTimeout(this.timer);
        this.search(text);
      }
    } else if (event.key === 'Escape') {
      this.close();
    }
  }
}
