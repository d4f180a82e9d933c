// The CI load check (issue 10): a bounded run against the packaged jar.
//
//   node .ci/load/load-check.mjs BASE_URL ADMIN_KEY
//
// 1. Load: CLIENTS readers (each with a READER key of its own, so each has its own budget)
//    send a weighted mix of real queries back to back for SECONDS, while two EDITOR writers
//    create and update actors and record events. Every response must be 200 without errors;
//    any 5xx, GraphQL error or network failure fails the check. The heap is sampled through
//    Actuator's metrics (ADMIN) during the run and must stay under MAX_HEAP_MB.
// 2. Abuse: each hostile shape (deep, wide, aliased, fragment bomb, batched, huge) is sent while
//    a small query keeps being asked; each must be refused (an error, no data) within
//    ABUSE_MS, and the small query must keep answering, without errors.
// 3. Afterwards /actuator/health is UP.
//
// Environment: LOAD_CLIENTS (32), LOAD_SECONDS (60), LOAD_WRITERS (2), MAX_HEAP_MB (900),
// ABUSE_MS (1000). Plain fetch on purpose: this measures the server, the stock clients are
// exercised by .ci/clients.
import { setTimeout as sleep } from 'node:timers/promises';

const [baseUrl, adminKey] = process.argv.slice(2);
if (!baseUrl || !adminKey) {
  console.error('usage: node load-check.mjs BASE_URL ADMIN_KEY');
  process.exit(2);
}
const clients = Number(process.env.LOAD_CLIENTS ?? 32);
const seconds = Number(process.env.LOAD_SECONDS ?? 60);
const writers = Number(process.env.LOAD_WRITERS ?? 2);
const maxHeapMb = Number(process.env.MAX_HEAP_MB ?? 900);
const abuseMs = Number(process.env.ABUSE_MS ?? 1000);
const graphqlUrl = `${baseUrl}/graphql`;
const failures = [];

function fail(message) {
  failures.push(message);
  if (failures.length <= 20) console.error(`FAIL: ${message}`);
}

async function post(body, key, { raw = false, timeoutMs = 30000 } = {}) {
  const headers = { 'Content-Type': 'application/json', Accept: 'application/json' };
  if (key) headers.Authorization = `Bearer ${key}`;
  const started = performance.now();
  const response = await fetch(graphqlUrl, {
    method: 'POST',
    headers,
    body: raw ? body : JSON.stringify(body),
    signal: AbortSignal.timeout(timeoutMs),
  });
  const text = await response.text();
  let json = null;
  try {
    json = JSON.parse(text);
  } catch {
    // kept as text: the caller reports it
  }
  return { status: response.status, json, text, ms: performance.now() - started };
}

async function graphQl(query, variables, key) {
  const result = await post({ query, variables }, key);
  if (result.status !== 200 || !result.json || result.json.errors) {
    throw new Error(`HTTP ${result.status}: ${result.text.slice(0, 300)}`);
  }
  return result.json.data;
}

// ---------------------------------------------------------------- setup

async function issueKey(name, role) {
  const data = await graphQl(
    'mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { key userErrors { field message } } }',
    { input: { name, role } },
    adminKey,
  );
  if (!data.createApiKey.key) throw new Error(`no key: ${JSON.stringify(data.createApiKey.userErrors)}`);
  return data.createApiKey.key;
}

const run = Date.now().toString(36);
const anActor = (await graphQl('{ actors(filter: {search: "putin"}, first: 1) { nodes { id } } }')).actors.nodes[0].id;
const anEvent = (await graphQl('{ events(first: 1) { nodes { id } } }')).events.nodes[0].id;

// ---------------------------------------------------------------- the mix of reads

const reads = [
  {
    weight: 4,
    name: 'events page with actors, region and reports',
    query: `query($after: String) { events(first: 50, after: $after, orderBy: {field: OCCURRED_ON, direction: DESC}) {
      totalCount pageInfo { hasNextPage endCursor }
      nodes { id occurredOn summary type { code name quadClass goldstein } initiator { name kind } target { name }
              region { name } location { name country lat lon } fatalities { best } reports { source { name } url } } } }`,
  },
  {
    weight: 2,
    name: 'Putin\'s calls (README)',
    query: `{ actors(filter: {search: "putin"}, first: 1) { nodes { name
      events(role: INITIATOR, filter: {types: ["04"]}) { totalCount nodes { occurredOn target { name } reports { source { name } } } } } } }`,
  },
  {
    weight: 2,
    name: 'Gaza Strip events with fatalities (README)',
    query: `{ regions(filter: {search: "gaza strip"}, first: 1) { nodes { name
      events(filter: {occurredFrom: "2023-10-07", minFatalities: 1}) { totalCount nodes { occurredOn summary initiator { name } } } } } }`,
  },
  {
    weight: 2,
    name: 'search',
    query: '{ search(text: "netanyahu gaza", first: 10) { score node { __typename ... on Actor { name } ... on Event { summary } } } }',
  },
  {
    weight: 1,
    name: 'timeline',
    query: '{ timeline(first: 30) { totalCount nodes { __typename ... on Event { occurredOn summary } ... on Statement { madeOn quote } } } }',
  },
  {
    weight: 1,
    name: 'actor network',
    query: `query($id: ID!) { actorNetwork(actor: $id, depth: 1) { nodes { name } edges { from { name } to { name } count } } }`,
    variables: { id: anActor },
  },
  {
    weight: 1,
    name: 'node by id',
    query: 'query($id: ID!) { node(id: $id) { id ... on Event { summary initiator { name } } } }',
    variables: { id: anEvent },
  },
  {
    weight: 1,
    name: 'changes',
    query: '{ changes(since: "2023-01-01T00:00:00Z", first: 20) { totalCount nodes { id operation at version } } }',
  },
  {
    weight: 1,
    name: 'statements',
    query: '{ statements(first: 20) { totalCount nodes { quote speaker { name } about { totalCount } } } }',
  },
];
const bag = reads.flatMap((read) => Array(read.weight).fill(read));

const stats = { requests: 0, errors: 0, status5xx: 0, writes: 0, latencies: [] };
let stopping = false;

async function reader(index, key) {
  let cursor = null;
  let i = index;
  while (!stopping) {
    const read = bag[i++ % bag.length];
    const variables = read.name.startsWith('events page') ? { after: cursor } : read.variables;
    try {
      const result = await post({ query: read.query, variables }, key);
      stats.requests++;
      stats.latencies.push(result.ms);
      if (result.status >= 500) stats.status5xx++;
      if (result.status !== 200 || !result.json || result.json.errors) {
        stats.errors++;
        fail(`reader ${index}, ${read.name}: HTTP ${result.status} ${result.text.slice(0, 300)}`);
      } else if (read.name.startsWith('events page')) {
        const page = result.json.data.events.pageInfo;
        cursor = page.hasNextPage ? page.endCursor : null;
      }
    } catch (error) {
      stats.errors++;
      fail(`reader ${index}, ${read.name}: ${error.message}`);
    }
  }
}

async function writer(index, key) {
  let round = 0;
  while (!stopping) {
    round++;
    try {
      const created = await graphQl(
        `mutation($input: CreateActorInput!) { createActor(input: $input) { actor { id version } userErrors { field message } } }`,
        { input: { name: `Load ${run} writer ${index} actor ${round}`, kind: 'ORGANIZATION', country: 'PSE' } },
        key,
      );
      const actor = created.createActor.actor;
      if (!actor) throw new Error(`createActor: ${JSON.stringify(created.createActor.userErrors)}`);
      const updated = await graphQl(
        `mutation($input: UpdateActorInput!) { updateActor(input: $input) { actor { version } userErrors { field message code } } }`,
        { input: { id: actor.id, expectedVersion: actor.version, aliases: [`load-${run}-${index}-${round}`] } },
        key,
      );
      if (!updated.updateActor.actor) throw new Error(`updateActor: ${JSON.stringify(updated.updateActor.userErrors)}`);
      const recorded = await graphQl(
        `mutation($input: RecordEventInput!) { recordEvent(input: $input) { event { id } userErrors { field message } } }`,
        {
          input: {
            typeCode: '190',
            occurredOn: '2023-10-20',
            initiator: actor.id,
            summary: `Load ${run} writer ${index} event ${round}`,
            location: { name: 'Gaza City', country: 'PSE', lat: 31.5, lon: 34.47 },
          },
        },
        key,
      );
      if (!recorded.recordEvent.event) throw new Error(`recordEvent: ${JSON.stringify(recorded.recordEvent.userErrors)}`);
      stats.writes += 3;
    } catch (error) {
      stats.errors++;
      fail(`writer ${index}: ${error.message.slice(0, 300)}`);
      await sleep(200);
    }
  }
}

async function heapUsedMb() {
  const response = await fetch(`${baseUrl}/actuator/metrics/jvm.memory.used?tag=area:heap`, {
    headers: { Authorization: `Bearer ${adminKey}` },
  });
  if (response.status !== 200) throw new Error(`metrics: HTTP ${response.status}`);
  const body = await response.json();
  return body.measurements.find((m) => m.statistic === 'VALUE').value / (1024 * 1024);
}

async function sampleHeap(samples) {
  while (!stopping) {
    try {
      samples.push(await heapUsedMb());
    } catch (error) {
      fail(`heap sample: ${error.message}`);
    }
    await sleep(2000);
  }
}

function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : 0;
}

console.log(`issuing ${clients} READER and ${writers} EDITOR keys`);
const readerKeys = await Promise.all(Array.from({ length: clients }, (_, i) => issueKey(`load ${run} reader ${i}`, 'READER')));
const writerKeys = await Promise.all(Array.from({ length: writers }, (_, i) => issueKey(`load ${run} writer ${i}`, 'EDITOR')));

console.log(`load: ${clients} readers and ${writers} writers for ${seconds}s against ${baseUrl}`);
const heap = [];
const started = Date.now();
const workers = [
  ...readerKeys.map((key, i) => reader(i, key)),
  ...writerKeys.map((key, i) => writer(i, key)),
  sampleHeap(heap),
];
await sleep(seconds * 1000);
stopping = true;
await Promise.all(workers);
const elapsed = (Date.now() - started) / 1000;
const maxHeap = Math.max(...heap);
console.log(
  `load: ${stats.requests} reads (${(stats.requests / elapsed).toFixed(1)}/s), ${stats.writes} writes, ` +
    `${stats.errors} errors, ${stats.status5xx} 5xx; read latency p50 ${percentile(stats.latencies, 50).toFixed(0)} ms, ` +
    `p95 ${percentile(stats.latencies, 95).toFixed(0)} ms, p99 ${percentile(stats.latencies, 99).toFixed(0)} ms; ` +
    `heap max ${maxHeap.toFixed(0)} MB over ${heap.length} samples`,
);
if (stats.requests === 0) fail('no read completed');
if (stats.writes === 0) fail('no write completed');
if (heap.length === 0) fail('no heap sample');
if (maxHeap > maxHeapMb) fail(`heap reached ${maxHeap.toFixed(0)} MB, over ${maxHeapMb} MB`);

// ---------------------------------------------------------------- abuse

function deep(levels) {
  let inner = 'name';
  for (let i = 0; i < levels; i++) inner = `events(first: 100) { nodes { initiator { ${inner} } } }`;
  return `{ actors(first: 100) { nodes { ${inner} } } }`;
}

function aliased(count, field) {
  return `{ ${Array.from({ length: count }, (_, i) => `a${i}: ${field}`).join(' ')} }`;
}

function fragmentBomb(levels) {
  const fragments = ['fragment F0 on Event { id summary }'];
  for (let i = 1; i <= levels; i++) {
    fragments.push(`fragment F${i} on Event { ...F${i - 1} initiator { events(first: 100) { nodes { ...F${i - 1} } } } }`);
  }
  return `{ events(first: 100) { nodes { ...F${levels} } } } ${fragments.join(' ')}`;
}

const abuses = [
  { name: 'depth 15, first: 100 at every level', body: JSON.stringify({ query: deep(7) }) },
  { name: '500 aliased events(first: 100)', body: JSON.stringify({ query: aliased(500, 'events(first: 100) { nodes { id summary } }') }) },
  { name: '14 fragments, each spreading the previous twice', body: JSON.stringify({ query: fragmentBomb(14) }) },
  {
    name: '100 aliases of a filtered totalCount',
    body: JSON.stringify({ query: aliased(100, 'events(filter: {text: "gaza", minFatalities: 1}) { totalCount }') }),
  },
  {
    name: '50 aliases of actorNetwork(depth: 2)',
    body: JSON.stringify({ query: aliased(50, `actorNetwork(actor: "${anActor}", depth: 2) { nodes { name } }`) }),
  },
  {
    name: 'a batch of 200 operations in one request',
    body: JSON.stringify(Array.from({ length: 200 }, () => ({ query: '{ events(first: 100) { nodes { id } } }' }))),
  },
  { name: 'a 6 MB query', body: JSON.stringify({ query: `{ events(first: 1) { nodes { id } } } # ${'x'.repeat(6 * 1024 * 1024)}` }) },
];

const small = '{ actors(filter: {search: "netanyahu"}, first: 1) { nodes { name } } }';
for (const abuse of abuses) {
  let answering = true;
  let smallAnswers = 0;
  const smallLoop = (async () => {
    while (answering) {
      const result = await post({ query: small });
      if (result.status !== 200 || result.json?.errors || result.json?.data?.actors?.nodes?.[0]?.name == null) {
        fail(`small query during "${abuse.name}": HTTP ${result.status} ${result.text.slice(0, 200)}`);
      }
      smallAnswers++;
    }
  })();
  // Anonymous, as the hostile caller in the issue; then with a READER key, which has its own budget.
  for (const key of [null, readerKeys[0]]) {
    const who = key ? 'reader' : 'anonymous';
    try {
      const result = await post(abuse.body, key, { raw: true, timeoutMs: 10000 });
      const refused = result.status >= 400 || (result.json && result.json.errors && !hasData(result.json.data));
      const classification = result.json?.errors?.[0]?.extensions?.classification ?? result.json?.classification ?? '';
      console.log(`abuse (${who}): ${abuse.name}: HTTP ${result.status} ${classification} in ${result.ms.toFixed(0)} ms`);
      if (result.status >= 500) fail(`${abuse.name} (${who}): HTTP ${result.status}`);
      if (!refused) fail(`${abuse.name} (${who}) was answered, not refused: ${result.text.slice(0, 200)}`);
      if (result.ms > abuseMs) fail(`${abuse.name} (${who}) took ${result.ms.toFixed(0)} ms to refuse, over ${abuseMs} ms`);
    } catch (error) {
      fail(`${abuse.name} (${who}): ${error.message}`);
    }
  }
  answering = false;
  await smallLoop;
  if (smallAnswers === 0) fail(`the small query never answered during "${abuse.name}"`);
}

function hasData(data) {
  return data != null && Object.values(data).some((value) => value != null);
}

// ---------------------------------------------------------------- afterwards

const health = await fetch(`${baseUrl}/actuator/health`);
const healthBody = await health.text();
console.log(`health after the run: HTTP ${health.status} ${healthBody.slice(0, 100)}`);
if (health.status !== 200 || !healthBody.includes('"UP"')) fail(`health is not UP: ${healthBody.slice(0, 200)}`);

if (failures.length) {
  console.error(`load check FAILED: ${failures.length} failure(s)`);
  process.exit(1);
}
console.log('load check passed');
