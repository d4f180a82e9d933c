// graphql-request, the smallest stock client: a query with variables, a mutation with a
// key, and a bad request that comes back as a GraphQL error it can read.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ClientError, GraphQLClient, gql } from 'graphql-request';
import { adminHeaders, endpoint, unique } from './flashpoint.mjs';

test('a query with variables', async () => {
  const client = new GraphQLClient(endpoint);
  const data = await client.request(gql`query Latest($n: Int) { events(first: $n) { totalCount nodes { occurredOn } } }`, { n: 2 });
  assert.equal(data.events.nodes.length, 2);
  assert.ok(data.events.totalCount >= 2);
});

test('a mutation with a key', async () => {
  const client = new GraphQLClient(endpoint, { headers: adminHeaders });
  const name = unique('graphql-request check');
  const data = await client.request(gql`mutation($input: CreateActorInput!) { createActor(input: $input) { actor { name } userErrors { code } } }`,
    { input: { name, kind: 'OTHER' } });
  assert.deepEqual(data.createActor.userErrors, []);
  assert.equal(data.createActor.actor.name, name);
});

test('an unknown field is a BAD_REQUEST error the client can read', async () => {
  const client = new GraphQLClient(endpoint);
  await assert.rejects(client.request(gql`{ actors { shoeSize } }`), (error) => {
    assert.ok(error instanceof ClientError);
    assert.equal(error.response.errors[0].extensions.classification, 'BAD_REQUEST');
    return true;
  });
});
