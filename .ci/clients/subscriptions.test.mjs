// Subscriptions with the stock clients: graphql-ws over the WebSocket at /graphql and
// graphql-sse (distinct connections mode) over POST /graphql. Each check makes records of
// its own, marked with a unique word, so it runs again against the same server.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createClient as createWsClient } from 'graphql-ws';
import { createClient as createSseClient } from 'graphql-sse';
import WebSocket from 'ws';
import { adminHeaders, baseUrl, endpoint, unique } from './flashpoint.mjs';

const wsUrl = baseUrl.replace(/^http/, 'ws') + '/graphql';

const RECORD_EVENT = `mutation Record($input: RecordEventInput!) {
  recordEvent(input: $input) { event { id } userErrors { field message code } }
}`;

const EVENT_RECORDED = `subscription Recorded($filter: EventFilter, $after: String) {
  eventRecorded(filter: $filter, after: $after) { cursor event { id summary location { country } } }
}`;

async function graphql(query, variables) {
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: { ...adminHeaders, 'Content-Type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  assert.equal(body.errors, undefined, JSON.stringify(body.errors));
  return body.data;
}

/** Records an event in a country with the summary given; returns its id. */
async function recordEvent(country, summary, reports = undefined) {
  const data = await graphql(RECORD_EVENT, {
    input: { typeCode: '190', occurredOn: '2023-10-09', location: { country, name: 'Subscription check' }, summary, reports },
  });
  assert.deepEqual(data.recordEvent.userErrors, []);
  return data.recordEvent.event.id;
}

/** Collects a subscription's results until `until(results)` holds, or fails after a while. */
function collect(client, payload, until, timeoutMs = 20000) {
  const results = [];
  let dispose;
  const done = new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`after ${timeoutMs} ms: ${JSON.stringify(results)}`)), timeoutMs);
    dispose = client.subscribe(payload, {
      next: (result) => {
        results.push(result);
        if (until(results)) {
          clearTimeout(timer);
          resolve(results);
        }
      },
      error: (error) => {
        clearTimeout(timer);
        reject(error);
      },
      complete: () => {
        clearTimeout(timer);
        resolve(results);
      },
    });
  });
  return { done, stop: () => dispose() };
}

function wsClient(options = {}) {
  return createWsClient({ url: wsUrl, webSocketImpl: WebSocket, connectionParams: adminHeaders, retryAttempts: 0, ...options });
}

/** Waits until the server has the subscription running: a first mutation may not race it. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 750));

test('graphql-ws: eventRecorded with a filter receives exactly the matching events', async () => {
  const word = unique('wsfilter').replace(/[^a-z0-9]/gi, '');
  const client = wsClient();
  try {
    const expected = 3;
    const subscription = collect(client, { query: EVENT_RECORDED, variables: { filter: { text: word, countries: ['ISR'] } } },
      (results) => results.length >= expected);
    await settle();
    const matching = [];
    for (let i = 0; i < expected; i++) {
      matching.push(await recordEvent('ISR', `${word} matching ${i}`));
      await recordEvent('PSE', `${word} other country ${i}`);
      await recordEvent('ISR', `unrelated ${i}`);
    }
    const results = await subscription.done;
    // A moment more: anything that should not have come would come now.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    subscription.stop();
    assert.deepEqual(results.map((result) => result.errors), results.map(() => undefined));
    assert.deepEqual(results.map((result) => result.data.eventRecorded.event.id), matching);
    for (const result of results) {
      assert.equal(result.data.eventRecorded.event.location.country, 'ISR');
      assert.ok(result.data.eventRecorded.cursor.length > 10);
    }
  } finally {
    await client.dispose();
  }
});

test('graphql-ws: a dropped connection resumes from the last cursor, losing nothing and repeating nothing', async () => {
  const word = unique('wsresume').replace(/[^a-z0-9]/gi, '');
  const filter = { text: word };
  const first = wsClient();
  const before = [];
  const subscription = collect(first, { query: EVENT_RECORDED, variables: { filter } }, (results) => results.length >= 2);
  await settle();
  before.push(await recordEvent('ISR', `${word} before 1`));
  before.push(await recordEvent('ISR', `${word} before 2`));
  const received = await subscription.done;
  const lastCursor = received.at(-1).data.eventRecorded.cursor;
  // The socket drops without a goodbye.
  await first.terminate();

  const missed = [];
  for (let i = 1; i <= 3; i++) {
    missed.push(await recordEvent('ISR', `${word} missed ${i}`));
  }
  const second = wsClient();
  try {
    const resumed = collect(second, { query: EVENT_RECORDED, variables: { filter, after: lastCursor } },
      (results) => results.length >= 4);
    await settle();
    const live = await recordEvent('ISR', `${word} live`);
    const results = await resumed.done;
    await new Promise((resolve) => setTimeout(resolve, 1000));
    resumed.stop();
    assert.deepEqual(received.map((result) => result.data.eventRecorded.event.id), before);
    assert.deepEqual(results.map((result) => result.data.eventRecorded.event.id), [...missed, live]);
  } finally {
    await second.dispose();
  }
});

test('graphql-ws: more subscriptions on one connection than allowed are refused with TOO_MANY_SUBSCRIPTIONS', async () => {
  const client = wsClient();
  const open = [];
  try {
    // flashpoint.live.max-per-connection defaults to 25.
    for (let i = 0; i < 25; i++) {
      open.push(client.subscribe({ query: 'subscription { changes(types: [SOURCE]) { cursor } }' }, {
        next: () => {}, error: () => {}, complete: () => {},
      }));
    }
    await settle();
    // graphql-ws hands the operation's errors to the sink's error callback.
    const errors = await collect(client, { query: 'subscription { changes { cursor } }' }, () => true).done.then(
      () => assert.fail('the 26th subscription was accepted'), (refusal) => refusal);
    assert.equal(errors[0].extensions.classification, 'TOO_MANY_SUBSCRIPTIONS');
    assert.equal(errors[0].extensions.limit, 25);
  } finally {
    open.forEach((dispose) => dispose());
    await client.dispose();
  }
});

test('graphql-ws: a consumer that stops reading is ended with SLOW_CONSUMER, closed with 1013, and resumes from its last cursor', async () => {
  const word = unique('wsslow').replace(/[^a-z0-9]/gi, '');
  const sockets = [];
  // Without compression, so that what the server sends fills the socket's buffers.
  class UncompressedWebSocket extends WebSocket {
    constructor(url, protocols) {
      super(url, protocols, { perMessageDeflate: false });
      sockets.push(this);
    }
  }
  let closeEvent;
  const client = wsClient({ webSocketImpl: UncompressedWebSocket, lazy: false, onNonLazyError: () => {}, on: { closed: (event) => { closeEvent = event; } } });
  // Ten aliases of twenty reports with long excerpts make each item about 400 kB, so the
  // socket's buffers (tens of MB on Linux loopback) fill after about a hundred events, and
  // the server's buffer (CI runs with flashpoint.live.buffer=8) overflows soon after.
  const aliases = Array.from({ length: 10 }, (_, i) => `r${i}: reports { excerpt }`).join(' ');
  const query = `subscription Slow($filter: EventFilter) { eventRecorded(filter: $filter) { cursor event { id ${aliases} } } }`;
  const received = [];
  let ended;
  const endedPromise = new Promise((resolve) => {
    client.subscribe({ query, variables: { filter: { text: word } } }, {
      next: (result) => received.push(result),
      error: (error) => { ended = error; resolve(); },
      complete: () => resolve(),
    });
  });
  await settle();
  sockets[0].pause();
  const reports = Array.from({ length: 20 }, (_, i) => ({ url: `https://example.org/slow/${i}`, excerpt: 'x'.repeat(2000) }));
  const recorded = [];
  const events = Number(process.env.SLOW_EVENTS ?? 250);
  for (let i = 0; i < events; i++) {
    recorded.push(await recordEvent('ISR', `${word} ${i}`, reports));
  }
  sockets[0].resume();
  await Promise.race([endedPromise, new Promise((resolve) => setTimeout(resolve, 20000))]);
  await new Promise((resolve) => setTimeout(resolve, 1000));
  assert.ok(ended, `the subscription was ended (received ${received.length} of ${recorded.length})`);
  assert.equal(ended[0].extensions.classification, 'SLOW_CONSUMER');
  assert.ok(closeEvent, 'the connection was closed');
  assert.equal(closeEvent.code, 1013, `close code ${closeEvent.code} ${closeEvent.reason}`);
  assert.match(closeEvent.reason, /Slow consumer/);
  assert.ok(received.length > 0 && received.length < recorded.length, `received ${received.length} of ${recorded.length}`);
  assert.deepEqual(received.map((result) => result.data.eventRecorded.event.id), recorded.slice(0, received.length));

  // Resuming from the last cursor received delivers the rest, in order.
  const lastCursor = received.at(-1).data.eventRecorded.cursor;
  const resumedClient = wsClient();
  try {
    const rest = recorded.slice(received.length);
    const resumed = await collect(resumedClient,
      { query: 'subscription Rest($filter: EventFilter, $after: String) { eventRecorded(filter: $filter, after: $after) { event { id } } }',
        variables: { filter: { text: word }, after: lastCursor } },
      (results) => results.length >= rest.length, 60000).done;
    assert.deepEqual(resumed.map((result) => result.data.eventRecorded.event.id), rest);
  } finally {
    await resumedClient.dispose();
    await client.dispose();
  }
});

test('graphql-sse: statementRecorded and changes, with the key in the Authorization header', async () => {
  const word = unique('ssecheck').replace(/[^a-z0-9]/gi, '');
  const client = createSseClient({ url: endpoint, headers: adminHeaders, retryAttempts: 0 });
  try {
    const statements = collect(client, {
      query: `subscription Said($filter: StatementFilter) { statementRecorded(filter: $filter) { cursor statement { id quote } } }`,
      variables: { filter: { text: word, kinds: ['WARNING'] } },
    }, (results) => results.length >= 1);
    const changes = collect(client, { query: 'subscription { changes(types: [STATEMENT]) { cursor node { recordId operation } } }' },
      (results) => results.some((result) => result.data?.changes.node.operation === 'CREATED'));
    await settle();
    const actors = await graphql('{ actors(first: 1) { nodes { id } } }');
    const speaker = actors.actors.nodes[0].id;
    const record = `mutation Say($input: RecordStatementInput!) { recordStatement(input: $input) { statement { id } userErrors { field message } } }`;
    const other = await graphql(record, { input: { speaker, kind: 'REPORT', madeOn: '2023-10-10', quote: `${word} a report` } });
    const warning = await graphql(record, { input: { speaker, kind: 'WARNING', madeOn: '2023-10-10', quote: `${word} a warning` } });
    assert.deepEqual(warning.recordStatement.userErrors, []);
    const said = await statements.done;
    const changed = await changes.done;
    statements.stop();
    changes.stop();
    assert.deepEqual(said.map((result) => result.data.statementRecorded.statement.id), [warning.recordStatement.statement.id]);
    assert.equal(changed.find((result) => result.data.changes.node.operation === 'CREATED').data.changes.node.recordId,
      other.recordStatement.statement.id);
  } finally {
    client.dispose();
  }
});

test('graphql-sse: a cursor that is not one is refused with BAD_REQUEST naming after', async () => {
  const client = createSseClient({ url: endpoint, headers: adminHeaders, retryAttempts: 0 });
  try {
    const results = await collect(client, { query: 'subscription { changes(after: "not-a-cursor") { cursor } }' },
      (all) => all.length >= 1).done;
    assert.equal(results[0].errors[0].extensions.classification, 'BAD_REQUEST');
    assert.equal(results[0].errors[0].extensions.argument, 'after');
  } finally {
    client.dispose();
  }
});

test('an import streams its progress to importJob, and its events to eventRecorded', async () => {
  const file = new URL('../../src/test/resources/gdelt/20161013151500.export.CSV.gz', import.meta.url);
  const client = wsClient();
  try {
    const since = await graphql('{ changes(since: "2000-01-01T00:00:00Z", last: 1) { edges { cursor } } }');
    const cursorBefore = since.changes.edges[0]?.cursor;
    const response = await fetch(`${baseUrl}/imports?format=gdelt&name=subscription-check.export.CSV.gz`, {
      method: 'POST',
      headers: { ...adminHeaders, 'Content-Type': 'application/octet-stream' },
      body: await readFile(file),
    });
    assert.equal(response.status, 202);
    const job = await response.json();
    const progress = await collect(client, {
      query: `subscription Progress($id: ID!) { importJob(id: $id) { state rowsRead inserted } }`,
      variables: { id: job.id },
    }, () => false, 300000).done;
    const states = progress.map((result) => result.data.importJob);
    assert.equal(states.at(-1).state, 'DONE');
    assert.equal(states.at(-1).rowsRead, 3566);
    for (let i = 1; i < states.length; i++) {
      assert.ok(states[i].rowsRead >= states[i - 1].rowsRead);
    }
    // The import's new events, replayed from a cursor taken before it.
    if (states.at(-1).inserted > 0 && cursorBefore) {
      const events = await collect(client, {
        query: `subscription Imported($after: String) { eventRecorded(filter: {sourceSystems: [GDELT]}, after: $after) { event { id } } }`,
        variables: { after: cursorBefore },
      }, (results) => results.length >= states.at(-1).inserted, 120000).done;
      assert.equal(new Set(events.map((result) => result.data.eventRecorded.event.id)).size, states.at(-1).inserted);
    }
  } finally {
    await client.dispose();
  }
});
