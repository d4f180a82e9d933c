/* Small DOM helpers: elements are built with textContent, never from HTML strings. */

/** An element with attributes (`class`, `data-*`, `aria-*`, on… handlers) and children (text or nodes). */
export function el(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === null || value === undefined || value === false) continue;
    if (name.startsWith('on') && typeof value === 'function') element.addEventListener(name.slice(2), value);
    else if (name === 'class') element.className = value;
    else element.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    element.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return element;
}

const numbers = new Intl.NumberFormat('en');

/** A count for people: 12,345; a dash for none. */
export function count(value) {
  return value === null || value === undefined ? '–' : numbers.format(value);
}

/** A ratio as a signed percentage: +25 %, −40 %; a dash for none. */
export function percent(value) {
  if (value === null || value === undefined) return '–';
  const rounded = Math.round(value * 100);
  return `${rounded > 0 ? '+' : rounded < 0 ? '−' : ''}${Math.abs(rounded)} %`;
}

/** The change level as a reader says it: LARGE_INCREASE → "large increase". */
export function level(changeLevel) {
  return changeLevel ? changeLevel.toLowerCase().replaceAll('_', ' ') : '–';
}

/** A quad class as a reader says it. */
export function quadClassName(quadClass) {
  return quadClass ? quadClass.toLowerCase().replaceAll('_', ' ') : 'unknown';
}

/** The colours of CAMEO's four quad classes, the same on the map, the legend and the timeline. */
export const QUAD_CLASS_COLOURS = {
  VERBAL_COOPERATION: '#3b82c4',
  MATERIAL_COOPERATION: '#2e9e6a',
  VERBAL_CONFLICT: '#e0a526',
  MATERIAL_CONFLICT: '#d1453b',
};

/** A day n days after (or before, when negative) an ISO date. */
export function addDays(isoDate, days) {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** Text made safe inside the HTML of a chart's tooltip (ECharts formatters return HTML). */
export function escapeHtml(text) {
  return String(text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
}
