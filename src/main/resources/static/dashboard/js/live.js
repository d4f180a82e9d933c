/*
 * New events of the selection, live: the `eventRecorded` subscription over graphql-ws
 * (the library's browser build), resumed from the last cursor after a dropped connection so
 * nothing is missed, and started from the change feed's head when the panels were loaded.
 * When the socket keeps failing, the page polls the latest recorded events instead and tries
 * the socket again now and then. The indicator in the top bar says which is happening.
 */
import { operation, query, webSocketUrl } from './api.js';
import { eventFilter } from './selection.js';

const RETRIES_BEFORE_POLLING = 3;
const POLL_INTERVAL_MS = 15_000;
const SOCKET_RETRY_MS = 60_000;

const LABELS = {
  connecting: 'Live: connecting…',
  live: 'Live',
  polling: 'Live: polling every 15 s (no WebSocket)',
  off: 'Live: off',
};

export class LiveFeed {
  constructor(onEvent) {
    this.onEvent = onEvent;
    this.status = document.getElementById('live-status');
    this.url = webSocketUrl();
    this.client = null;
    this.unsubscribe = null;
    this.cursor = null;
    this.failures = 0;
    this.filter = {};
    this.generation = 0;
    this.pollTimer = null;
    this.retryTimer = null;
    this.lastCreatedAt = null;
    this.connected = false;
    this.polling = null;
  }

  setState(state) {
    this.status.dataset.state = state;
    this.status.textContent = LABELS[state];
  }

  /**
   * Follows the new events of a selection, instead of the previous one's, from the change
   * feed's head as it is now. Resolves once the head is known: the panels the feed adds to
   * load after that, so an event is either in their answer or pushed (or both: the panels
   * drop repeats by id), never in neither.
   */
  async follow(selection) {
    const generation = ++this.generation;
    this.stop();
    this.filter = eventFilter(selection);
    const head = await this.head();
    if (generation !== this.generation) return;
    this.start(head, generation);
  }

  start(head, generation) {
    // Both in the server's terms: the cursor for the socket, the instant for polling.
    this.cursor = head ? head.cursor : null;
    this.lastCreatedAt = head ? Date.parse(head.node.at) : null;
    if (!this.url || typeof graphqlWs === 'undefined') {
      this.poll(generation);
      return;
    }
    this.failures = 0;
    this.subscribe(generation);
  }

  async head() {
    try {
      const since = new Date(Date.now() - 30 * 24 * 3600 * 1000).toISOString();
      const data = await query('LiveStart', { since });
      const edges = data.changes.edges;
      return edges.length > 0 ? edges[edges.length - 1] : null;
    } catch {
      return null;
    }
  }

  stop() {
    if (this.unsubscribe) this.unsubscribe();
    this.unsubscribe = null;
    this.polling = null;
    clearTimeout(this.pollTimer);
    clearTimeout(this.retryTimer);
  }

  connection() {
    if (!this.client) {
      this.client = graphqlWs.createClient({
        url: this.url,
        lazy: true,
        retryAttempts: 0,
        keepAlive: 20_000,
        on: {
          connected: () => {
            this.connected = true;
            if (this.unsubscribe) this.setState('live');
          },
          closed: () => { this.connected = false; },
        },
      });
    }
    return this.client;
  }

  async subscribe(generation) {
    this.setState('connecting');
    const text = await operation('LiveEvents');
    if (generation !== this.generation) return;
    let settled = false;
    const retry = (error) => {
      if (settled || generation !== this.generation) return;
      settled = true;
      this.unsubscribe = null;
      this.failures += 1;
      // graphql-ws hands on a refusal as the server's list of GraphQL errors.
      const first = Array.isArray(error) ? error[0] : error;
      const classification = first && (first.classification || (first.extensions && first.extensions.classification));
      if (classification === 'CURSOR_TOO_OLD') this.cursor = null;
      if (this.failures >= RETRIES_BEFORE_POLLING) {
        this.poll(generation);
        this.retryTimer = setTimeout(() => this.retrySocket(generation), SOCKET_RETRY_MS);
      } else {
        this.retryTimer = setTimeout(() => this.subscribe(generation), 1000 * 2 ** (this.failures - 1));
      }
    };
    this.unsubscribe = this.connection().subscribe(
      { query: text, operationName: 'LiveEvents', variables: { filter: this.filter, after: this.cursor } },
      {
        next: (message) => {
          if (message.errors && message.errors.length > 0) {
            const extensions = message.errors[0].extensions || {};
            retry({ classification: extensions.classification });
            return;
          }
          const pushed = message.data.eventRecorded;
          this.cursor = pushed.cursor;
          this.failures = 0;
          this.onEvent(pushed.event);
        },
        error: (error) => retry(error),
        complete: () => retry(null),
      },
    );
    // A subscription on a socket already open is live at once; otherwise once it connects.
    if (this.connected) this.setState('live');
  }

  retrySocket(generation) {
    if (generation !== this.generation) return;
    clearTimeout(this.pollTimer);
    this.polling = null;
    this.failures = 0;
    this.subscribe(generation);
  }

  /** Starts polling, unless a poll loop for this selection already runs. */
  poll(generation) {
    if (this.polling && this.polling.generation === generation) return;
    const loop = { generation };
    this.polling = loop;
    this.pollOnce(loop);
  }

  /** One poll of a loop; only the current loop goes on (a retried socket or a new selection ends it). */
  async pollOnce(loop) {
    const { generation } = loop;
    if (generation !== this.generation || this.polling !== loop) return;
    this.setState('polling');
    try {
      const data = await query('RecentEvents', { filter: this.filter });
      if (generation !== this.generation || this.polling !== loop) return;
      const nodes = data.events.nodes;
      if (this.lastCreatedAt === null) {
        // No change to start from: this first answer is the baseline, not news.
        this.lastCreatedAt = nodes.length > 0 ? Date.parse(nodes[0].createdAt) : 0;
      } else {
        const fresh = nodes.filter((event) => Date.parse(event.createdAt) > this.lastCreatedAt).reverse();
        for (const event of fresh) this.onEvent(event);
        if (fresh.length > 0) this.lastCreatedAt = Date.parse(fresh[fresh.length - 1].createdAt);
      }
    } catch {
      // The next poll tries again; the indicator already says the page is not live.
    }
    if (generation !== this.generation || this.polling !== loop) return;
    this.pollTimer = setTimeout(() => this.pollOnce(loop), POLL_INTERVAL_MS);
  }
}
