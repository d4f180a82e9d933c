// Subscription benchmark: latency from an acknowledged mutation to delivery, at N
// subscribers, with the stock graphql-ws client. Not a check: run it by hand against a
// server started with limits that admit N subscribers from one key, e.g.
//
//   java -jar target/flashpoint.jar --flashpoint.embedded.storage=memory \
//     --flashpoint.live.max-per-caller=5000 --flashpoint.limits.rate.admin.capacity=1000000000
//   FLASHPOINT_BASE_URL=http://localhost:8080 FLASHPOINT_ADMIN_KEY=... \
//     node subscription-bench.mjs 1 100 1000
//
// For each N it opens N subscriptions to eventRecorded (one filter, 25 per connection),
// records EVENTS events one after the other, and times each delivery from the moment the
// mutation's answer arrived. It prints the median and p99 over all deliveries, and the
// heap the subscriptions hold (jvm.memory.used of the heap after a GC, before and after
// opening them; pass the server's pid as FLASHPOINT_PID to have jcmd run the GC).
import { execFileSync } from 'node:child_process';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { adminHeaders, baseUrl, endpoint, unique } from './flashpoint.mjs';

const EVENTS = Number(process.env.EVENTS ?? 30);
const PER_CONNECTION = 25;
const counts = process.argv.slice(2).map(Number);

async function graphql(query, variables) {
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: { ...adminHeaders, 'Content-Type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return response.json();
}

async function heapUsed() {
  if (process.env.FLASHPOINT_PID) {
    execFileSync('jcmd', [process.env.FLASHPOINT_PID, 'GC.run'], { stdio: 'ignore' });
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  const response = await fetch(`${baseUrl}/actuator/metrics/jvm.memory.used?tag=area:heap`, { headers: adminHeaders });
  const body = await response.json();
  return body.measurements[0].value;
}

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
}

for (const n of counts) {
  const word = unique('bench').replace(/[^a-z0-9]/gi, '');
  const heapBefore = await heapUsed();
  const clients = [];
  const received = new Map();
  let started = 0;
  for (let i = 0; i < n; i++) {
    if (i % PER_CONNECTION === 0) {
      clients.push(createClient({ url: baseUrl.replace(/^http/, 'ws') + '/graphql', webSocketImpl: WebSocket,
        connectionParams: adminHeaders, retryAttempts: 0 }));
    }
    const client = clients.at(-1);
    client.subscribe({ query: `subscription { eventRecorded(filter: {text: "${word}"}) { cursor event { id } } }` }, {
      next: (result) => {
        const at = performance.now();
        const id = result.data?.eventRecorded.event.id;
        if (!received.has(id)) {
          received.set(id, []);
        }
        received.get(id).push(at);
      },
      error: (error) => console.error('subscription error', JSON.stringify(error)),
      complete: () => {},
    });
    started++;
  }
  // Let every subscription start.
  await new Promise((resolve) => setTimeout(resolve, 2000 + n * 5));
  const heapAfter = await heapUsed();
  const latencies = [];
  for (let e = 0; e < EVENTS; e++) {
    const answer = await graphql(`mutation($input: RecordEventInput!) { recordEvent(input: $input) { event { id } } }`, {
      input: { typeCode: '190', occurredOn: '2023-10-09', summary: `${word} ${e}`, location: { country: 'ISR', name: 'bench' } },
    });
    const acknowledged = performance.now();
    const id = answer.data.recordEvent.event.id;
    const deadline = acknowledged + 30000;
    while ((received.get(id)?.length ?? 0) < n && performance.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 1));
    }
    for (const at of received.get(id) ?? []) {
      latencies.push(Math.max(0, at - acknowledged));
    }
  }
  latencies.sort((a, b) => a - b);
  const expected = n * EVENTS;
  console.log(JSON.stringify({
    subscribers: n,
    connections: clients.length,
    deliveries: latencies.length,
    expected,
    medianMs: Number(percentile(latencies, 0.5).toFixed(1)),
    p99Ms: Number(percentile(latencies, 0.99).toFixed(1)),
    maxMs: Number(latencies.at(-1).toFixed(1)),
    heapPerSubscriberKiB: Number(((heapAfter - heapBefore) / n / 1024).toFixed(1)),
  }));
  await Promise.all(clients.map((client) => client.dispose()));
  await new Promise((resolve) => setTimeout(resolve, 1000));
}
