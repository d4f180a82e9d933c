/*
 * What every panel does around its request: only the latest request counts (an older one is
 * aborted), the panel says it is busy (aria-busy) and why it is empty or failed, its "Show
 * query" link opens exactly the request it sent in GraphiQL, and a THROTTLED answer (the
 * caller's rate budget is spent) is retried once the API says it can be paid for.
 */
import { graphiqlLink } from './api.js';
import { el } from './dom.js';

export class Panel {
  constructor(sectionId) {
    this.section = document.getElementById(sectionId);
    this.link = this.section.querySelector('.show-query');
    this.controller = null;
    this.retry = null;
    this.generation = 0;
  }

  /**
   * Loads and renders: `load(signal)` fetches, `render(data)` draws. `operation` and
   * `variables` name the request the "Show query" link opens.
   */
  async run({ operation, variables, load, render }) {
    if (this.controller) this.controller.abort();
    clearTimeout(this.retry);
    const controller = new AbortController();
    this.controller = controller;
    const generation = ++this.generation;
    this.section.setAttribute('aria-busy', 'true');
    if (this.link && operation) {
      graphiqlLink(operation, variables).then((href) => {
        if (generation === this.generation) this.link.href = href;
      });
    }
    try {
      const data = await load(controller.signal);
      if (generation !== this.generation) return;
      this.message(null);
      render(data);
    } catch (error) {
      if (error.name === 'AbortError' || generation !== this.generation) return;
      if (error.classification === 'THROTTLED') {
        const seconds = Math.max(1, Math.ceil(Number(error.extensions.retryAfter) || 5));
        this.message(`The API's rate budget for this browser is spent for now; trying again in ${seconds} s.`);
        this.retry = setTimeout(() => this.run({ operation, variables, load, render }), seconds * 1000);
      } else {
        this.message(`Could not load: ${error.message}${error.classification ? ` (${error.classification})` : ''}`);
      }
    } finally {
      if (generation === this.generation) this.section.setAttribute('aria-busy', 'false');
    }
  }

  /** Shows a line of text at the top of the panel (or removes it, for null). */
  message(text) {
    let line = this.section.querySelector('.panel-message');
    if (!text) {
      if (line) line.remove();
      return;
    }
    if (!line) {
      line = el('p', { class: 'panel-message', role: 'alert' });
      this.section.querySelector('header').after(line);
    }
    line.textContent = text;
  }
}
