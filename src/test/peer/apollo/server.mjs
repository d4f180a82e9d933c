// The query benchmark's peer (see package.json): an Apollo Server 4 serving requests
// (a), (b) and (c) of src/test/resources/bench/ from the database Flashpoint uses, written
// the way the Apollo and DataLoader documentation teach: one resolver a field, one
// DataLoader a referenced collection per request, a count only when totalCount is asked.
//
// Environment: MONGODB_URI (with the database), PORT (0 for any free port),
// STATEMENT_SCORES (JSON: statement kind -> the Goldstein score of its CAMEO code).
// Prints "listening on <port>" once it answers.
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import DataLoader from 'dataloader';
import { MongoClient } from 'mongodb';

const typeDefs = `#graphql
  scalar Date

  enum QuadClass { VERBAL_COOPERATION MATERIAL_COOPERATION VERBAL_CONFLICT MATERIAL_CONFLICT }
  enum OrderDirection { ASC DESC }
  enum EventOrderField { OCCURRED_ON }

  input EventFilter { countries: [String!], occurredFrom: Date, quadClasses: [QuadClass!] }
  input EventOrder { field: EventOrderField!, direction: OrderDirection! = DESC }
  input TimelineFilter { regions: [ID!] }

  type Query {
    events(filter: EventFilter, orderBy: EventOrder, first: Int = 20): EventConnection!
    actor(id: ID!): Actor
    timeline(filter: TimelineFilter, first: Int = 20): TimelineConnection!
  }

  type EventConnection { totalCount: Int!, nodes: [Event!]! }
  type StatementConnection { totalCount: Int!, nodes: [Statement!]! }
  type TimelineConnection { totalCount: Int!, nodes: [TimelineEntry!]! }
  union TimelineEntry = Event | Statement

  type EventType { code: String!, name: String, goldstein: Float }
  type Event {
    id: ID!
    occurredOn: Date
    type: EventType
    initiator: Actor
    target: Actor
    participants: [Participant!]!
    region: Region
    reports: [Report!]!
  }
  type Participant { actor: Actor, role: String! }
  type Report { source: Source, url: String }
  type Source { id: ID!, name: String! }
  type Region { id: ID!, name: String! }
  type Actor {
    id: ID!
    name: String!
    country: String
    statements(first: Int = 20): StatementConnection!
    interactions(first: Int = 20): [Interaction!]!
  }
  type Statement { id: ID!, kind: String!, madeOn: Date, quote: String, about: EventConnection! }
  type Interaction { counterpart: Actor!, count: Int!, meanGoldstein: Float }
`;

// Flashpoint's ids: URL-safe base64 of "<Type>:<key>".
const encodeId = (type, key) => Buffer.from(`${type}:${key}`, 'utf8').toString('base64url');
function decodeId(id, type) {
  const text = Buffer.from(id, 'base64url').toString('utf8');
  return text.startsWith(`${type}:`) ? text.slice(type.length + 1) : null;
}

const client = new MongoClient(process.env.MONGODB_URI, { maxPoolSize: 64 });
await client.connect();
const db = client.db();
const events = db.collection('events');
const statements = db.collection('statements');
const actors = db.collection('actors');
const regions = db.collection('regions');
const sources = db.collection('sources');
const statementScores = JSON.parse(process.env.STATEMENT_SCORES ?? '{}');

/** A DataLoader of one collection's documents by _id: one $in find per batch. */
function byId(collection) {
  return new DataLoader(async (keys) => {
    const found = new Map();
    for await (const doc of collection.find({ _id: { $in: [...keys] } })) found.set(doc._id, doc);
    return keys.map((key) => found.get(key) ?? null);
  });
}

/** A page and, when asked, its count, of one find. */
function connection(collection, filter, sort, first) {
  return {
    nodes: () => collection.find(filter).sort(sort).limit(first).toArray(),
    totalCount: () => collection.countDocuments(filter),
  };
}

const LATEST_EVENTS = { occurredOn: -1, _id: 1 };
const LATEST_STATEMENTS = { madeOn: -1, _id: 1 };

/** A region and everything inside it, from the parent links. */
async function withDescendants(key) {
  const children = new Map();
  for await (const region of regions.find({}, { projection: { parentId: 1 } })) {
    if (region.parentId != null) {
      if (!children.has(region.parentId)) children.set(region.parentId, []);
      children.get(region.parentId).push(region._id);
    }
  }
  const result = new Set();
  const pending = [key];
  while (pending.length > 0) {
    const next = pending.pop();
    if (!result.has(next)) {
      result.add(next);
      pending.push(...(children.get(next) ?? []));
    }
  }
  return [...result];
}

/** Initiator, target, then the other participants, each [actor, role] once. */
function participants(event) {
  const seen = new Set();
  const all = [];
  const add = (actorId, role) => {
    const key = `${actorId}\u0000${role}`;
    if (actorId != null && !seen.has(key)) {
      seen.add(key);
      all.push({ actorId, role });
    }
  };
  add(event.initiatorId, 'INITIATOR');
  add(event.targetId, 'TARGET');
  for (const participant of event.participants ?? []) add(participant.actorId, participant.role);
  return all;
}

/** Each counterpart of an actor in its events and statements, with the mean Goldstein score. */
async function interactions(key, first, loaders) {
  const tallies = new Map();
  const tally = (counterpart, count, goldstein) => {
    const t = tallies.get(counterpart) ?? { count: 0, sum: 0, scored: 0 };
    t.count += count;
    if (goldstein != null) {
      t.sum += goldstein * count;
      t.scored += count;
    }
    tallies.set(counterpart, t);
  };
  const involving = { $or: [{ speakerId: key }, { addresseeIds: key }] };
  const [fromEvents, fromStatements] = await Promise.all([
    events
      .aggregate([
        { $match: { actorIds: key } },
        { $unwind: '$actorIds' },
        { $match: { actorIds: { $ne: key } } },
        { $group: { _id: { counterpart: '$actorIds', goldstein: '$type.goldstein' }, count: { $sum: 1 } } },
      ])
      .toArray(),
    statements
      .aggregate([
        { $match: involving },
        { $unwind: '$addresseeIds' },
        { $match: involving },
        { $group: { _id: { speaker: '$speakerId', addressee: '$addresseeIds', kind: '$kind' }, count: { $sum: 1 } } },
      ])
      .toArray(),
  ]);
  for (const row of fromEvents) tally(row._id.counterpart, row.count, row._id.goldstein ?? null);
  for (const row of fromStatements) {
    const { speaker, addressee, kind } = row._id;
    const counterpart = speaker === key ? addressee : speaker;
    if (speaker != null && speaker !== addressee && counterpart != null) {
      tally(counterpart, row.count, statementScores[kind] ?? null);
    }
  }
  const counterparts = await loaders.actors.loadMany([...tallies.keys()]);
  return counterparts
    .filter((actor) => actor != null && !(actor instanceof Error))
    .map((actor) => {
      const t = tallies.get(actor._id);
      return { counterpart: actor, count: t.count, meanGoldstein: t.scored > 0 ? t.sum / t.scored : null };
    })
    .sort((x, y) => y.count - x.count || (x.counterpart._id < y.counterpart._id ? -1 : 1))
    .slice(0, first);
}

const resolvers = {
  Query: {
    events: (_, { filter, first }) => {
      const query = {};
      if (filter?.countries) query['location.country'] = { $in: filter.countries };
      if (filter?.quadClasses) query['type.quadClass'] = { $in: filter.quadClasses };
      if (filter?.occurredFrom) query.occurredOn = { $gte: filter.occurredFrom };
      return connection(events, query, LATEST_EVENTS, first);
    },
    actor: (_, { id }, { loaders }) => {
      const key = decodeId(id, 'Actor');
      return key == null ? null : loaders.actors.load(key);
    },
    timeline: async (_, { filter, first }) => {
      const inRegion = { regionId: { $in: (await Promise.all((filter?.regions ?? []).map((id) => withDescendants(decodeId(id, 'Region'))))).flat() } };
      return {
        nodes: async () => {
          const [latestEvents, latestStatements] = await Promise.all([
            events.find(inRegion).sort(LATEST_EVENTS).limit(first).toArray(),
            statements.find(inRegion).sort(LATEST_STATEMENTS).limit(first).toArray(),
          ]);
          const entries = [
            ...latestEvents.map((doc) => ({ doc, date: doc.occurredOn, type: 'Event' })),
            ...latestStatements.map((doc) => ({ doc, date: doc.madeOn, type: 'Statement' })),
          ];
          entries.sort((x, y) => (x.date < y.date ? 1 : x.date > y.date ? -1 : 0));
          return entries.slice(0, first).map((entry) => ({ ...entry.doc, __typename: entry.type }));
        },
        totalCount: async () => {
          const [e, s] = await Promise.all([events.countDocuments(inRegion), statements.countDocuments(inRegion)]);
          return e + s;
        },
      };
    },
  },
  TimelineEntry: { __resolveType: (entry) => entry.__typename },
  Event: {
    id: (event) => encodeId('Event', event._id),
    initiator: (event, _, { loaders }) => (event.initiatorId == null ? null : loaders.actors.load(event.initiatorId)),
    target: (event, _, { loaders }) => (event.targetId == null ? null : loaders.actors.load(event.targetId)),
    participants: (event) => participants(event),
    region: (event, _, { loaders }) => (event.regionId == null ? null : loaders.regions.load(event.regionId)),
    reports: (event) => event.reports ?? [],
  },
  Participant: { actor: (participant, _, { loaders }) => loaders.actors.load(participant.actorId) },
  Report: { source: (report, _, { loaders }) => (report.sourceId == null ? null : loaders.sources.load(report.sourceId)) },
  Source: { id: (source) => encodeId('Source', source._id) },
  Region: { id: (region) => encodeId('Region', region._id) },
  Actor: {
    id: (actor) => encodeId('Actor', actor._id),
    statements: (actor, { first }) => connection(statements, { speakerId: actor._id }, LATEST_STATEMENTS, first),
    interactions: (actor, { first }, { loaders }) => interactions(actor._id, first, loaders),
  },
  Statement: {
    id: (statement) => encodeId('Statement', statement._id),
    about: async (statement, _, { loaders }) => {
      const about = (await loaders.events.loadMany(statement.aboutEventIds ?? [])).filter((e) => e != null && !(e instanceof Error));
      // Flashpoint's default order of events: latest first, ties by id.
      about.sort((x, y) => (x.occurredOn < y.occurredOn ? 1 : x.occurredOn > y.occurredOn ? -1 : x._id < y._id ? -1 : 1));
      return { nodes: about, totalCount: about.length };
    },
  },
};

const server = new ApolloServer({ typeDefs, resolvers });
const { url } = await startStandaloneServer(server, {
  listen: { port: Number(process.env.PORT ?? 0), host: '127.0.0.1' },
  context: async () => ({
    loaders: { actors: byId(actors), regions: byId(regions), sources: byId(sources), events: byId(events) },
  }),
});
console.log(`listening on ${new URL(url).port}`);
