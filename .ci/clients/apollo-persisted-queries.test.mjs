// Apollo's automatic persisted queries with Apollo Client's stock link: the first request
// sends only the hash, the server answers PersistedQueryNotFound, the link retries with the
// text and the server keeps it; a second client then gets its answer from the hash alone —
// by POST, and with useGETForHashedQueries by GET, which a CDN may cache.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { ApolloClient, HttpLink, InMemoryCache, gql } from '@apollo/client';
import { createPersistedQueryLink } from '@apollo/client/link/persisted-queries';
import { endpoint, recordingFetch, unique } from './flashpoint.mjs';

const sha256 = (text) => createHash('sha256').update(text).digest('hex');

// A document of its own per run (the alias), so that it is not registered yet on a server
// that has run this check before.
function freshQuery() {
  const alias = unique('run').replace(/[^A-Za-z0-9]/g, '_');
  return gql`query PersistedCheck { actors(filter: {search: "putin"}, first: 1) { totalCount nodes { name } } ${alias}: __typename }`;
}

function client(options) {
  const recorder = recordingFetch();
  const link = createPersistedQueryLink({ sha256, ...options }).concat(new HttpLink({ uri: endpoint, fetch: recorder.fetch }));
  return { apollo: new ApolloClient({ link, cache: new InMemoryCache() }), sent: recorder.sent };
}

const hasText = (request) => request.method === 'POST' ? request.body.query !== undefined : new URL(request.url).searchParams.has('query');

for (const [title, options, method] of [['POST', {}, 'POST'], ['GET', { useGETForHashedQueries: true }, 'GET']]) {
  test(`the first request misses and is retried with the text; a second client hits (${title})`, async () => {
    const query = freshQuery();

    const first = client(options);
    const answer = await first.apollo.query({ query });
    // Vladimir Putin on the demo data; an import may add look-alikes (GDELT's "Russia
    // Government" carries the alias PUTIN), so the check is the search's, not the ranking's.
    assert.ok(answer.data.actors.totalCount >= 1);
    assert.ok(answer.data.actors.nodes[0].name.length > 0);
    assert.equal(first.sent.length, 2, 'the hash alone, then the retry with the text');
    assert.equal(first.sent[0].method, method);
    assert.equal(hasText(first.sent[0]), false);
    assert.equal(hasText(first.sent[1]), true);

    const second = client(options);
    const again = await second.apollo.query({ query });
    assert.deepEqual(again.data, answer.data);
    assert.equal(second.sent.length, 1, 'the hash alone was enough');
    assert.equal(second.sent[0].method, method);
    assert.equal(hasText(second.sent[0]), false);
    if (method === 'GET') {
      assert.match(second.sent[0].cacheControl, /^public, max-age=\d+$/);
    }
  });
}

test('the server answers a hash alone as the link expects: PersistedQueryNotFound', async () => {
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/graphql-response+json, application/json' },
    body: JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash: sha256(unique('never sent')) } } }),
  });
  const body = await response.json();
  assert.equal(body.errors[0].message, 'PersistedQueryNotFound');
  assert.equal(body.errors[0].extensions.code, 'PERSISTED_QUERY_NOT_FOUND');
  assert.equal(body.data, undefined);
});
