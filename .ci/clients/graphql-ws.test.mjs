// graphql-ws over the WebSocket at /graphql: a query, anonymously and with the key in
// connection_init, as browser apps send it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { adminHeaders, baseUrl } from './flashpoint.mjs';

const url = baseUrl.replace(/^http/, 'ws') + '/graphql';

async function first(connectionParams, query) {
  const client = createClient({ url, webSocketImpl: WebSocket, connectionParams, retryAttempts: 0, lazy: true });
  try {
    for await (const result of client.iterate({ query })) {
      return result;
    }
    throw new Error('no result');
  } finally {
    await client.dispose();
  }
}

test('a query over graphql-ws, anonymously', async () => {
  const result = await first(undefined, '{ actors(first: 1) { totalCount } }');
  assert.equal(result.errors, undefined);
  assert.ok(result.data.actors.totalCount > 0);
});

test('a query over graphql-ws with the key in connection_init', async () => {
  const result = await first(adminHeaders, '{ apiKeys(first: 1) { totalCount } }');
  assert.equal(result.errors, undefined);
  assert.ok(result.data.apiKeys.totalCount >= 1);
});
