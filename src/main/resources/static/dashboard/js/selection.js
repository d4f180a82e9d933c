/*
 * The linked selection every panel follows: a region, an actor, a period and an event, all
 * optional. It lives in the page's URL (?region=…&actor=…&from=…&to=…&event=…), so a view
 * can be shared and reloaded, and the browser's back button steps back through choices.
 */
const KEYS = ['region', 'actor', 'from', 'to', 'event'];
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const listeners = new Set();

function fromUrl() {
  const params = new URLSearchParams(window.location.search);
  const selection = {};
  for (const key of KEYS) {
    const value = params.get(key);
    selection[key] = value && value.trim() !== '' ? value.trim() : null;
  }
  // A hand-edited URL with a malformed date is ignored rather than sent to the API.
  if (selection.from && !DATE.test(selection.from)) selection.from = null;
  if (selection.to && !DATE.test(selection.to)) selection.to = null;
  return ordered(selection);
}

/** The period the right way round: a link may have from and to swapped. */
function ordered(selection) {
  if (selection.from && selection.to && selection.from > selection.to) [selection.from, selection.to] = [selection.to, selection.from];
  return selection;
}

let current = fromUrl();

function toUrl(selection) {
  const params = new URLSearchParams();
  for (const key of KEYS) if (selection[key]) params.set(key, selection[key]);
  const search = params.toString();
  return `${window.location.pathname}${search ? `?${search}` : ''}`;
}

/** The selection now (a copy). */
export function selection() {
  return { ...current };
}

/** Calls the listener with the new selection and the keys that changed, after every change. */
export function onSelection(listener) {
  listeners.add(listener);
}

function changedKeys(before, after) {
  return KEYS.filter((key) => before[key] !== after[key]);
}

function notify(before) {
  const changed = changedKeys(before, current);
  if (changed.length === 0) return;
  listeners.forEach((listener) => listener(selection(), new Set(changed)));
}

/**
 * Changes part of the selection (null clears a key) and records it in the URL: as a new step
 * of the history, or with `replace` in place of the current one (a mended link).
 */
export function select(changes, { replace = false } = {}) {
  const before = current;
  current = ordered({ ...current, ...changes });
  if (changedKeys(before, current).length === 0) return;
  if (replace) window.history.replaceState(null, '', toUrl(current));
  else window.history.pushState(null, '', toUrl(current));
  notify(before);
}

window.addEventListener('popstate', () => {
  const before = current;
  current = fromUrl();
  notify(before);
});

/** The selection as the filters of the API's inputs. */
export function eventFilter(s = current) {
  const filter = {};
  if (s.region) filter.regions = [s.region];
  if (s.actor) filter.actors = [s.actor];
  if (s.from) filter.occurredFrom = s.from;
  if (s.to) filter.occurredTo = s.to;
  return filter;
}

export function timelineFilter(s = current) {
  const filter = {};
  if (s.region) filter.regions = [s.region];
  if (s.actor) filter.actors = [s.actor];
  if (s.from) filter.from = s.from;
  if (s.to) filter.to = s.to;
  return filter;
}

export function activityFilter(s = current) {
  return s.actor ? { actors: [s.actor] } : null;
}
