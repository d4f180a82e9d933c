/*
 * The dashboard's only way to the data: the public GraphQL endpoint, with the operations in
 * ../queries/*.graphql, so that every panel's request is one a user can open in GraphiQL
 * ("Show query") and send from any client.
 *
 * What the live feed keeps up to date (the map's and the timeline's events, the feed's start)
 * is asked over POST, always fresh. The aggregates — the chart, the hotspots, the network,
 * search — are asked over GET, which the API lets browsers and shared caches keep for a
 * minute (Cache-Control: public, max-age=60): a reload, the back button or a second visitor
 * gets them without a round trip and without spending the caller's rate budget.
 */
const settings = document.body.dataset;
const documents = new Map();

/** An error the API answered with, carrying its classification (THROTTLED, BAD_REQUEST, …). */
export class ApiError extends Error {
  constructor(message, classification, extensions = {}) {
    super(message);
    this.classification = classification;
    this.extensions = extensions;
  }
}

function load(path) {
  return fetch(`${settings.base}/dashboard/queries/${path}`).then((response) => {
    if (!response.ok) throw new Error(`cannot load the query ${path} (HTTP ${response.status})`);
    return response.text();
  });
}

/** A file followed by the fragment files it names, theirs in turn, each once. */
async function withImports(text, seen) {
  const imports = [...text.matchAll(/^#import "([\w/-]+\.graphql)"$/gm)].map((match) => match[1])
    .filter((path) => !seen.has(path));
  imports.forEach((path) => seen.add(path));
  const fragments = await Promise.all(imports.map(async (path) => withImports(await load(path), seen)));
  return [text, ...fragments].join('\n');
}

/**
 * The whole document of one operation, fetched once from ../queries/: its file, followed by
 * the fragment files it names in `#import "fragments/….graphql"` lines (graphql-tag's
 * loader convention), so that what is sent — and what "Show query" opens — is complete.
 */
export function operation(name) {
  if (!documents.has(name)) documents.set(name, load(`${name}.graphql`).then((text) => withImports(text, new Set())));
  return documents.get(name);
}

const budgetListeners = new Set();

/** Calls the listener with each answer's `extensions.cost` (the caller's rate budget). */
export function onBudget(listener) {
  budgetListeners.add(listener);
}

/** The GET address of an operation: the one the page's shell preloads, where it preloads it. */
async function getUrl(name, variables) {
  const preloaded = document.querySelector(`link[rel="preload"][data-operation="${name}"]`);
  if (preloaded && Object.keys(variables).length === 0) return preloaded.href;
  const params = new URLSearchParams({ query: await operation(name), operationName: name });
  if (Object.keys(variables).length > 0) params.set('variables', JSON.stringify(variables));
  return `${settings.endpoint}?${params}`;
}

/**
 * Runs an operation and returns its data: over GET when `cacheable` (see above), else POST.
 * An answer with errors is an ApiError naming the first one; an aborted request rejects with
 * the AbortError, which callers ignore.
 */
export async function query(name, variables = {}, { signal, cacheable = false } = {}) {
  let response;
  if (cacheable) {
    const defined = Object.fromEntries(Object.entries(variables).filter(([, value]) => value !== null && value !== undefined));
    // No headers of our own: the request then matches the shell's preload, and the cache's Vary.
    response = await fetch(await getUrl(name, defined), { signal });
  } else {
    response = await fetch(settings.endpoint, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/graphql-response+json, application/json' },
      body: JSON.stringify({ query: await operation(name), variables, operationName: name }),
      signal,
    });
  }
  let body;
  try {
    body = await response.json();
  } catch {
    throw new ApiError(`the API answered HTTP ${response.status} without a GraphQL response`, 'HTTP');
  }
  if (body.extensions && body.extensions.cost) budgetListeners.forEach((listener) => listener(body.extensions.cost));
  if (body.errors && body.errors.length > 0) {
    const first = body.errors[0];
    const extensions = first.extensions || {};
    throw new ApiError(first.message, extensions.classification || 'ERROR', extensions);
  }
  return body.data;
}

/** The GraphiQL address that opens an operation with these variables. */
export async function graphiqlLink(name, variables) {
  const params = new URLSearchParams({ query: await operation(name), variables: JSON.stringify(variables, null, 2) });
  return `${settings.graphiql}?${params}`;
}

/** The graphql-ws endpoint as a ws:// or wss:// address, or null when the app has none. */
export function webSocketUrl() {
  if (!settings.subscriptionEndpoint) return null;
  const url = new URL(settings.subscriptionEndpoint, window.location.href);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  return url.href;
}
