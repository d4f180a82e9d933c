// Makes the dashboard's country shapes, src/main/resources/static/dashboard/geo/countries-50m.geojson,
// from Natural Earth's 1:50m admin-0 countries as the npm package world-atlas@2 ships them
// (TopoJSON, ids are ISO 3166-1 numeric codes). Run once when the shapes should change:
//
//   npm install --no-save --prefix /tmp/geo world-atlas@2 topojson-client@3 topojson-simplify@3
//   node scripts/make-countries-geojson.mjs /tmp/geo/node_modules
//
// Each feature (Antarctica left out) gets `iso3` (from src/main/resources/country/iso-numeric.csv,
// the app's own table) and `name`. The shapes are simplified with topojson-simplify (Visvalingam,
// dropping points whose triangle is under 0.002 square degrees: long coasts lose detail, small
// countries such as the Gaza Strip's keep their outline, and shared borders stay shared) and
// rounded to 0.01° (about 1 km), so the file stays small enough to load and draw at once.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const modules = process.argv[2];
if (!modules) {
  console.error('usage: node scripts/make-countries-geojson.mjs <node_modules with world-atlas and topojson-client>');
  process.exit(2);
}
const require = createRequire(join(modules, 'noop.js'));
const { feature } = require('topojson-client');
const { presimplify, simplify } = require('topojson-simplify');
const topology = simplify(presimplify(require('world-atlas/countries-50m.json')), 0.002);

const iso3ByNumeric = new Map(
  readFileSync('src/main/resources/country/iso-numeric.csv', 'utf8')
    .trim().split('\n').slice(1)
    .map((line) => line.split(','))
    .map(([numeric, iso3]) => [numeric, iso3]),
);

const round = (value) => Math.round(value * 100) / 100;
// Natural Earth's rings are spherical: Russia's and Fiji's cross the antimeridian, jumping from
// +180° to −180°, which a flat map draws as a line across the world. Unwrapped, such a ring
// runs on past 180° instead (Chukotka ends at about 190°E, just off the map's edge).
const roundRing = (ring) => {
  const out = [];
  let shift = 0;
  let previous = null;
  for (const [lon, lat] of ring) {
    if (previous !== null && Math.abs(lon + shift - previous) > 180) shift += lon + shift > previous ? -360 : 360;
    previous = lon + shift;
    const point = [round(lon + shift), round(lat)];
    const last = out[out.length - 1];
    if (!last || last[0] !== point[0] || last[1] !== point[1]) out.push(point);
  }
  return out;
};
const roundGeometry = (geometry) => {
  if (geometry.type === 'Polygon') return { type: 'Polygon', coordinates: geometry.coordinates.map(roundRing).filter((r) => r.length >= 4) };
  if (geometry.type === 'MultiPolygon') {
    return { type: 'MultiPolygon', coordinates: geometry.coordinates.map((p) => p.map(roundRing).filter((r) => r.length >= 4)).filter((p) => p.length > 0) };
  }
  return geometry;
};

const countries = feature(topology, topology.objects.countries);
// Antarctica is left out: it holds no conflict events, and its ring around the pole cannot be
// drawn on a flat map without the pole's edge.
const features = countries.features
  .filter((f) => f.geometry && f.id !== '010')
  .map((f) => ({
    type: 'Feature',
    properties: { name: f.properties.name, iso3: iso3ByNumeric.get(f.id) ?? null },
    geometry: roundGeometry(f.geometry),
  }))
  .filter((f) => f.geometry.coordinates.length > 0);

const out = 'src/main/resources/static/dashboard/geo/countries-50m.geojson';
// One country per line, so a change of the shapes shows in a diff country by country.
writeFileSync(out, `{"type":"FeatureCollection","features":[\n${features.map((f) => JSON.stringify(f)).join(',\n')}\n]}\n`);
console.log(`${out}: ${features.length} countries, ${features.filter((f) => !f.properties.iso3).length} without an ISO code`);
