// Apollo Client's normalised cache and the change feed: the cache keys objects by
// __typename and id, so when a change carried the changed record's id, two changes of one
// record became one cache entry and the client saw v2, v2 instead of v1, v2. Each change
// now has its own id; recordId is the record's.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ApolloClient, HttpLink, InMemoryCache, gql } from '@apollo/client';
import { adminHeaders, endpoint, unique } from './flashpoint.mjs';

const CREATE = gql`
  mutation CreateForCache($input: CreateActorInput!) {
    createActor(input: $input) { actor { id version createdAt } userErrors { field message code } }
  }`;

const UPDATE = gql`
  mutation UpdateForCache($input: UpdateActorInput!) {
    updateActor(input: $input) { actor { id version } userErrors { field message code } }
  }`;

// Only fields today's main has too, so that this check shows the difference on either.
const CHANGES = gql`
  query ChangesForCache($since: DateTime!) {
    changes(since: $since, types: [ACTOR], first: 100) {
      nodes { id operation version node { id } }
    }
  }`;

const RECORD_IDS = gql`
  query ChangeRecordIds($since: DateTime!) {
    changes(since: $since, types: [ACTOR], first: 100) {
      nodes { id recordId version }
    }
  }`;

function client() {
  return new ApolloClient({ link: new HttpLink({ uri: endpoint, headers: adminHeaders }), cache: new InMemoryCache() });
}

async function actorUpdatedTwice(apollo) {
  const created = await apollo.mutate({ mutation: CREATE, variables: { input: { name: unique('Cache check'), kind: 'OTHER' } } });
  assert.deepEqual(created.data.createActor.userErrors, []);
  const actor = created.data.createActor.actor;
  for (const [expectedVersion, name] of [[0, 'first rename'], [1, 'second rename']]) {
    const updated = await apollo.mutate({
      mutation: UPDATE,
      variables: { input: { id: actor.id, expectedVersion, name: unique(`Cache check, ${name}`) } },
    });
    assert.deepEqual(updated.data.updateActor.userErrors, []);
  }
  return actor;
}

test('InMemoryCache keeps two updates of one record as two Change entries (v1, v2)', async () => {
  const apollo = client();
  const actor = await actorUpdatedTwice(apollo);

  const { data } = await apollo.query({ query: CHANGES, variables: { since: actor.createdAt }, fetchPolicy: 'network-only' });
  const ofActor = data.changes.nodes.filter((change) => change.node?.id === actor.id);
  assert.deepEqual(ofActor.map((change) => [change.operation, change.version]),
    [['CREATED', 0], ['UPDATED', 1], ['UPDATED', 2]]);

  const cached = Object.values(apollo.cache.extract())
    .filter((entry) => entry.__typename === 'Change' && entry.node?.__ref === `Actor:${actor.id}`);
  assert.equal(cached.length, 3, 'one cache entry per change');
  assert.deepEqual(cached.filter((entry) => entry.operation === 'UPDATED').map((entry) => entry.version).sort(), [1, 2]);
});

test('a change has its own id; recordId is the changed record\'s', async () => {
  const apollo = client();
  const actor = await actorUpdatedTwice(apollo);
  const { data } = await apollo.query({ query: RECORD_IDS, variables: { since: actor.createdAt }, fetchPolicy: 'network-only' });
  const ofActor = data.changes.nodes.filter((change) => change.recordId === actor.id);
  assert.equal(ofActor.length, 3);
  assert.equal(new Set(ofActor.map((change) => change.id)).size, 3);
  assert.ok(ofActor.every((change) => change.id !== actor.id));
});
