/**
 * npm run geo — turns the Natural Earth GeoJSON extracts into the TopoJSON the charts read.
 *
 *   node src/cli/geo.ts [--from ../shared/geodata] [--out data/geo]
 *
 * basemap.topojson: countries, admin-1 units, rivers, lakes and places, quantized and simplified
 * for the map's scale. border.topojson: the Iraq–Syria line alone, neither quantized nor
 * simplified, because its length and every km position along it are computed from it.
 * Output is deterministic: the same input gives the same bytes.
 */
import { readFileSync, writeFileSync, mkdirSync, renameSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Feature, FeatureCollection } from 'geojson';
import type { Objects, Topology } from 'topojson-specification';

/** topojson-simplify's types want objects whose properties are never null; ours never are. */
type SimpleTopology = Topology<Objects<Record<string, unknown>>>;
import { topology } from 'topojson-server';
import { presimplify, simplify, sphericalTriangleArea } from 'topojson-simplify';
import { quantize } from 'topojson-client';

/** Properties kept per layer; everything else in Natural Earth is dropped. */
const KEEP: Record<string, readonly string[]> = {
  countries: ['adm0_a3', 'name_en', 'label_x', 'label_y', 'clipped'],
  admin1: ['adm0_a3', 'iso_3166_2', 'name_en', 'region', 'label_x', 'label_y'],
  rivers: ['name_en'],
  lakes: ['name_en'],
  places: ['name_en', 'adm0_a3', 'scalerank', 'adm0cap', 'wikidataid'],
  border: ['adm0_a3_l', 'adm0_a3_r', 'featurecla'],
};

/**
 * Visvalingam weight below which a vertex is dropped, in steradians: a triangle of about
 * 0.8 km², under half a pixel on the widest map (≈1.7 km per px).
 */
export const MIN_WEIGHT_SR = 2e-8;
/** Grid for the basemap: 1e5 steps across the 14.5° box is about 16 m. */
export const QUANTIZATION = 1e5;

function read(dir: string, name: string): FeatureCollection {
  return JSON.parse(readFileSync(join(dir, name), 'utf8')) as FeatureCollection;
}

function slim(collection: FeatureCollection, layer: string): FeatureCollection {
  const keep = KEEP[layer]!;
  return {
    type: 'FeatureCollection',
    features: collection.features.map(
      (f): Feature => ({
        type: 'Feature',
        properties: Object.fromEntries(
          keep.filter((k) => f.properties?.[k] !== undefined).map((k) => [k, f.properties![k]]),
        ),
        geometry: f.geometry,
      }),
    ),
  };
}

export function buildBasemap(from: string) {
  const layers = Object.fromEntries(
    (['countries', 'admin1', 'rivers', 'lakes', 'places'] as const).map((layer) => [
      layer,
      slim(read(from, `${layer}.geojson`), layer),
    ]),
  );
  // Simplify on full-precision coordinates, then quantize: topojson-simplify drops the
  // transform of a quantized topology but leaves its points quantized.
  const simplified = simplify(
    presimplify(topology(layers) as SimpleTopology, sphericalTriangleArea),
    MIN_WEIGHT_SR,
  ) as SimpleTopology;
  return quantize(simplified, QUANTIZATION);
}

export function buildBorder(from: string) {
  return topology({ border: slim(read(from, 'boundary-iraq-syria.geojson'), 'border') });
}

/** Writes next to the target and renames, so a failed run never leaves half a file. */
function writeAtomically(path: string, text: string): void {
  writeFileSync(`${path}.tmp`, text);
  renameSync(`${path}.tmp`, path);
}

export function runGeo(from: string, out: string): { file: string; bytes: number }[] {
  mkdirSync(out, { recursive: true });
  const outputs: [string, unknown][] = [
    ['basemap.topojson', buildBasemap(from)],
    ['border.topojson', buildBorder(from)],
  ];
  return outputs.map(([name, topo]) => {
    const text = `${JSON.stringify(topo)}\n`;
    writeAtomically(join(out, name), text);
    return { file: join(out, name), bytes: Buffer.byteLength(text) };
  });
}

if (import.meta.main) {
  const { values } = parseArgs({
    options: { from: { type: 'string', default: '../shared/geodata' }, out: { type: 'string', default: 'data/geo' } },
  });
  for (const { file, bytes } of runGeo(resolve(values.from), resolve(values.out)))
    console.log(`${file}: ${bytes.toLocaleString('en')} bytes`);
}
