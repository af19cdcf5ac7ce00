/**
 * detention-map — where the prisons and camps of north-east Syria are, how far each is from the
 * Iraqi border, who ran them before and after January 2026, and al-Hol's closure. Sites no source
 * locates are listed beside the map, never drawn.
 */
import { geoPath } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { defineChart, type Cell, type DataTable, type RenderOptions } from '../types.ts';
import { chartSvg, layer, serialize, type G } from '../svg.ts';
import { TYPE, basemap, fits, inside, label, labelBox, midpointOnScreen, project, round, scaleBar, type LabelOptions, type Side } from '../border-map/marks.ts';
import { formatNumber, formatPartialDate } from '../../lib/format/index.ts';
import { areaAround, fitProjection } from '../../lib/geo/index.ts';
import { CONTEXT_PLACES, FRAME_MARGIN_KM, PRECISION_LABEL, TYPE_LABEL, prepare, type DetentionMapInput, type SiteView } from './prepare.ts';
import { blockBox, blockLabel, createPlacer, hasRing, type BlockSide, hatchPattern, ringRadius, siteMarker, wrap, type Fill, type Line } from './marks.ts';
import { FOCUS_SITE, fillOf, legend, legendLayout } from './legend.ts';
import { PRECISION_WORD, controlText, distanceText, km, type State } from './text.ts';

const TITLE = 'Where the prisons and camps are';
const SIDES: Side[] = ['right', 'left', 'below', 'above'];
const BLOCK_SIDES: BlockSide[] = [...SIDES, 'above-start', 'below-start', 'above-end', 'below-end'];

function describe(input: DetentionMapInput): string {
  const located = input.located.map((v) => `${v.name} ${distanceText(v)}`);
  return (
    `Map of north-east Syria and the Iraqi border. ${formatNumber(input.located.length)} of ${formatNumber(input.located.length + input.unlocated.length)} prisons and camps have sourced coordinates and are drawn: ${located.join('; ')}. ` +
    `The other ${formatNumber(input.unlocated.length)}${examples(input)} have no sourced location and are listed below the map.`
  );
}

/** ", among them Roj camp and Al-Jadaa camp in Iraq,": the first unlocated site and any in Iraq. */
function examples(input: DetentionMapInput): string {
  const picks = input.unlocated.filter((v, i) => i === 0 || v.site.country === 'IRQ').map((v) => `${v.name}${v.site.country === 'IRQ' ? ' in Iraq' : ''}`);
  return picks.length ? `, among them ${picks.join(' and ')},` : '';
}

function fitProjectionFor(input: DetentionMapInput, width: number) {
  const narrow = width < 520;
  const focus: FeatureCollection<Geometry> = {
    type: 'FeatureCollection',
    features: [
      ...(narrow
        ? input.frameLine.map((geometry): Feature<Geometry> => ({ type: 'Feature', properties: {}, geometry }))
        : (input.frameUnits as Feature<Geometry>[])),
      ...input.located.map((v): Feature<Geometry> => ({ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: v.coordinates! } })),
    ],
  };
  // Without a drawn site there is nothing to frame but the border itself.
  const frame = focus.features.length ? areaAround(focus, FRAME_MARGIN_KM[narrow ? 'narrow' : 'wide']) : areaAround(input.line, { x: 150, y: 45 });
  return fitProjection(frame, { width, margin: [0, 0, 0, 0] });
}

/** What a site's label says in each state, most informative first; the placer takes the first that fits. */
function labelVariants(v: SiteView, state: State, narrow: boolean, size: number): Line[][] {
  const nameLines = (max: number) => wrap(v.name, size, max).map((text) => ({ text, className: 'site-label-name' }));
  const detail = (text: string): Line => ({ text, className: 'site-label-detail' });
  const ring = hasRing(v.precision) ? PRECISION_WORD[v.precision as 'town' | 'approximate'] : null;
  const distance = [detail(`${km(v)} to the border${ring ? ` (${ring})` : ''}`)];
  const distanceSplit = ring ? [detail(`${ring}:`), detail(`${km(v)} to the border`)] : distance;
  const control = controlText(v.control);
  const [who, when] = control.split(', ');
  const controlLines = [detail(control)];
  const controlSplit = when ? [detail(`${who},`), detail(when)] : controlLines;
  const held = v.held.when ? `held: ${v.held.text}, ${v.held.when}` : null;
  const maxName = narrow ? 130 : 220;
  // Phones try the narrow, taller blocks first: there is more room above and below than beside.
  const order = (wide: Line[][]) => (narrow ? [...wide].sort((a, b) => Number(a.length < b.length) - Number(b.length < a.length)) : wide);
  switch (state) {
    case 'sites':
      return [...order([[...nameLines(400), ...distance], [...nameLines(maxName), ...distanceSplit]]), [...nameLines(maxName)]];
    case 'control':
      return [...order([[...nameLines(400), ...controlLines], [...nameLines(maxName), ...controlSplit]]), [...nameLines(maxName)]];
    case 'complete':
      return [
        ...(held && !narrow ? [[...nameLines(400), ...distance, ...controlLines, detail(held)]] : []),
        ...order([
          [...nameLines(400), ...distance, ...controlLines],
          [...nameLines(maxName), ...distanceSplit, ...controlSplit],
        ]),
        [...nameLines(maxName), ...distanceSplit],
        [...nameLines(maxName)],
      ];
    case 'al-hol': {
      if (v.id !== FOCUS_SITE) return [nameLines(maxName).map((l) => ({ ...l, className: 'site-label-muted' }))];
      const emptied = v.held.emptied ? [detail(`none left on ${v.held.when}`)] : [];
      const before = v.held.before ? [detail(`before: ${v.held.before.text}`), detail(`(${v.held.before.when})`)] : [];
      return [
        ...order([
          [...nameLines(maxName), ...controlLines, ...emptied, ...before],
          [...nameLines(maxName), ...controlSplit, ...emptied, ...before],
        ]),
        [...nameLines(maxName), ...controlSplit, ...emptied],
        [...nameLines(maxName)],
      ];
    }
  }
}

function render(input: DetentionMapInput, options: RenderOptions): string {
  const { width, idPrefix } = options;
  const state: State = (options.step as State | undefined) ?? 'complete';
  const narrow = width < 520;
  const type = narrow ? TYPE.narrow : TYPE.wide;
  const r = type.marker;
  const { projection, height: mapHeight } = fitProjectionFor(input, width);
  const height = mapHeight + legendLayout(input, state, type, width).height;
  const svg = chartSvg({ idPrefix, width, height, title: TITLE, description: describe(input), className: 'chart chart--detention-map' });
  hatchPattern(svg, idPrefix);
  const map = layer(svg, 'map');
  map.append('rect').attr('class', 'sea').attr('width', width).attr('height', mapHeight);
  const path = geoPath(projection).digits(1);
  basemap(map, path, { countries: input.countries, borderUnits: input.frameUnits, adminLines: input.adminLines, lakes: input.lakes, rivers: input.rivers });

  const border = layer(map, 'border', 'Iraq–Syria border');
  border.append('path').attr('class', 'border-casing').attr('d', path(input.line));
  border.append('path').attr('class', 'border-line').attr('d', path(input.line));

  const showConnectors = state === 'sites' || state === 'complete';
  const connectors = layer(map, 'connectors', showConnectors ? 'Shortest distance from each site to the border' : undefined);
  const sites = layer(map, 'sites', 'Prisons and camps with a sourced location');
  const labels = layer(map, 'labels');
  const places = layer(map, 'places');
  const placer = createPlacer();
  const offer = (g: G, at: [number, number], text: string, o: LabelOptions & { side: Side }) => {
    const ok = fits(at, text, o.size, o.side, width, mapHeight) && placer.place(labelBox(at, text, o.size, o.side, o.gap));
    if (ok) label(g, at, text, o);
    return ok;
  };

  const drawn = input.located.map((v) => ({ v, at: project(projection, v.coordinates!)! })).filter(({ at }) => inside(at, width, mapHeight));
  if (showConnectors)
    for (const { v } of drawn) {
      connectors.append('path').attr('class', 'site-connector').attr('d', path({ type: 'LineString', coordinates: [v.coordinates!, v.border!.point] }));
      const end = project(projection, v.border!.point);
      if (end) connectors.append('circle').attr('class', 'site-connector-end').attr('cx', round(end[0])).attr('cy', round(end[1])).attr('r', 2);
    }
  for (const { v, at } of drawn) {
    const reach = hasRing(v.precision) ? ringRadius(r) : r;
    placer.reserve({ x0: at[0] - reach, y0: at[1] - reach, x1: at[0] + reach, y1: at[1] + reach });
  }
  // Nearest the border first, so it is drawn on top where rings overlap.
  for (const { v, at } of [...drawn].reverse()) {
    const fill: Fill = state === 'sites' ? 'neutral' : state === 'al-hol' && v.id !== FOCUS_SITE ? 'muted' : fillOf(v);
    siteMarker(sites, at, v, fill, r, idPrefix);
  }
  // Labels: the focus site first, then nearest the border first; each takes the first variant and
  // side that overlaps nothing. A site is never left unnamed: its name goes on regardless.
  const order = [...drawn].sort((a, b) => Number(b.v.id === FOCUS_SITE && state === 'al-hol') - Number(a.v.id === FOCUS_SITE && state === 'al-hol'));
  for (const { v, at } of order) {
    const gap = (hasRing(v.precision) ? ringRadius(r) : r) + 3;
    const variants = labelVariants(v, state, narrow, type.small);
    const inFrame = (box: ReturnType<typeof blockBox>) => box.x0 >= 3 && box.x1 <= width - 3 && box.y0 >= 3 && box.y1 <= mapHeight - 3;
    let placed = false;
    for (const lines of variants) {
      for (const side of BLOCK_SIDES) {
        const box = blockBox(at, lines, type.small, side, gap);
        if (inFrame(box) && placer.place(box)) {
          blockLabel(labels, at, lines, type.small, side, gap);
          placed = true;
          break;
        }
      }
      if (placed) break;
    }
    if (!placed) {
      const lines = variants.at(-1)!;
      const sides = BLOCK_SIDES.filter((s) => inFrame(blockBox(at, lines, type.small, s, gap)));
      const side = sides.reduce<BlockSide>((best, s) => (placer.covered(blockBox(at, lines, type.small, s, gap)) < placer.covered(blockBox(at, lines, type.small, best, gap)) ? s : best), sides[0] ?? 'right');
      placer.reserve(blockBox(at, lines, type.small, side, gap));
      blockLabel(labels, at, lines, type.small, side, gap);
    }
  }

  for (const country of input.countries) {
    const { label_x, label_y, name_en, adm0_a3 } = country.properties;
    const preferred = project(projection, [label_x, label_y]);
    const base = preferred && inside(preferred, width, mapHeight, 30) ? preferred : path.centroid(country);
    if (!Number.isFinite(base[0])) continue;
    // The label point first, then nudged up or down, clear of the site labels.
    const candidates = [0, 30, -30, 60, -60].map((dy): [number, number] => [base[0], base[1] + dy]).filter((at) => inside(at, width, mapHeight, 14));
    const className = `label--country${['IRQ', 'SYR'].includes(adm0_a3) ? ' label--focus' : ''}`;
    candidates.some((at) => offer(labels, at, name_en.toUpperCase(), { className, size: type.country, side: 'above', gap: 0 }));
  }
  for (const place of input.places) {
    if (narrow && !CONTEXT_PLACES[place.properties.name_en]?.narrow) continue;
    const at = project(projection, place.geometry.coordinates as [number, number]);
    if (!at || !inside(at, width, mapHeight, 4)) continue;
    // A city is drawn only with its name: a dot without one would be an unexplained mark.
    if (SIDES.some((side) => offer(places, at, place.properties.name_en, { className: 'label--place', size: type.small, side, gap: 5 })))
      places.append('circle').attr('class', 'place').attr('cx', round(at[0])).attr('cy', round(at[1])).attr('r', 2.5);
  }
  for (const unit of input.units) {
    const at = project(projection, [unit.properties.label_x, unit.properties.label_y]);
    if (at && inside(at, width, mapHeight, 20)) offer(labels, at, unit.properties.name_en, { className: 'label--admin', size: type.small, side: 'below', gap: 0 });
  }
  for (const name of new Set(input.rivers.map((river) => river.properties.name_en))) {
    const at = midpointOnScreen(input.rivers.filter((river) => river.properties.name_en === name), projection, width, mapHeight);
    if (at) offer(labels, at, name, { className: 'label--water', size: type.small, side: 'right', gap: 4 });
  }

  scaleBar(layer(map, 'scale'), projection, [width - 14, mapHeight - 12], width, type);
  legend(layer(svg, 'legend', 'Legend'), input, { y: mapHeight, width, type, state, idPrefix });
  return serialize(svg);
}

const cell = (text: string, extra: Omit<Cell, 'text'> = {}): Cell => ({ text, ...extra });

function table(input: DetentionMapInput): DataTable {
  const rows = [...input.located, ...input.unlocated].map((v) => {
    const { before, after, steps } = v.control;
    const sameAs = v.possiblySameAs.map((p) => `May be the same facility as ${p.name}.`).join(' ');
    const identity = v.site.identity ? `${v.site.identity.note}` : '';
    const heldNote = [
      ...v.held.claims,
      ...(v.held.before ? [`Before that: ${v.held.before.text} (${v.held.before.when}): ${v.held.before.claims.join('; ')}`] : []),
    ].join('; ');
    const precisionRank = { site: 1, approximate: 2, town: 3, unknown: 4 } as const;
    const asOf = (h: { text: string; when: string | null; reports: number; combined: boolean }) =>
      h.when ? `${h.text} (${h.combined ? 'one count for both, ' : ''}${h.reports > 1 ? `${formatNumber(h.reports)} reports, ` : ''}${h.when})` : h.text;
    const heldText = v.held.emptied ? `none left (${v.held.when}); before that ${v.held.before ? asOf(v.held.before) : 'no figure'}` : asOf(v.held);
    return {
      id: v.id,
      cells: {
        name: cell(v.name, { note: [v.site.altNames ? `Also: ${v.site.altNames.join(', ')}.` : '', identity || sameAs].filter(Boolean).join(' ') || v.site.description }),
        type: cell(TYPE_LABEL[v.type]),
        held: cell(heldText, { ...(v.held.sort !== undefined ? { sort: v.held.sort } : {}), ...(heldNote ? { note: heldNote } : {}) }),
        before: before ? cell(`${before.controller} (${formatPartialDate(before.date)})`, { note: before.summary, sort: before.short }) : cell('not reported'),
        after: after
          ? cell(`${after.controller} (${formatPartialDate(after.date)})`, {
              note: steps.map((s) => `${formatPartialDate(s.date)}: ${s.controller}${s.confidence === 'low' ? ' (low confidence)' : ''}. ${s.summary}`).join(' '),
              sort: after.short,
            })
          : cell(before ? 'no report since' : 'not reported'),
        km: v.border
          ? cell(hasRing(v.precision) ? `${km(v)} from the ${PRECISION_WORD[v.precision as 'town' | 'approximate']}` : km(v), { sort: Math.round(v.border.kmAway * 10) / 10 })
          : cell('not known', { note: 'No source gives coordinates, so no distance can be measured.' }),
        location: cell(v.precision === 'unknown' ? `${PRECISION_LABEL.unknown}${v.site.location.placeName ? `: ${v.site.location.placeName}` : ''}` : `${PRECISION_LABEL[v.precision]}${v.site.location.placeName ? `: ${v.site.location.placeName}` : ''}`, {
          sort: precisionRank[v.precision],
          ...(v.site.location.note ? { note: v.site.location.note } : {}),
        }),
        escapes: v.escapes ? cell(v.escapes.text, { note: v.escapes.claims.join('; ') }) : cell('none reported'),
      },
      sources: v.sources,
    };
  });
  return {
    caption: `Prisons and camps holding people linked to the Islamic State group in north-east Syria, and the camp in Iraq that receives Iraqis from al-Hol: what each held at the latest reports, who ran it before and after January 2026, and its distance to the Iraqi border, measured on this site's map from the sourced point (${formatNumber(input.located.length)} sites have one)`,
    sortable: true,
    columns: [
      { key: 'name', label: 'Site', rowHeader: true },
      { key: 'type', label: 'Type' },
      { key: 'held', label: 'People held (latest reports)', numeric: true },
      { key: 'before', label: 'Run by, before January 2026' },
      { key: 'after', label: 'Run by, latest report' },
      { key: 'km', label: 'km to the Iraqi border', numeric: true },
      { key: 'location', label: 'Location (how precise)' },
      { key: 'escapes', label: 'Escapes reported' },
    ],
    rows,
  };
}

function sitesAlt(input: DetentionMapInput): string {
  const drawn = input.located.map((v) => `${v.name}, ${distanceText(v)}`).join('; ');
  const n = input.located.length;
  const marked = n === 0 ? 'The map marks no site: no source we can cite gives coordinates for any.' : `The map marks the ${n === 1 ? 'one site' : `${formatNumber(n)} sites`} whose coordinates a source gives, with ${n === 1 ? 'its' : 'each one\'s'} distance to the Iraqi border: ${drawn}.`;
  return `${marked} ${formatNumber(input.unlocated.length)} more${examples(input)} have no sourced location and are listed below the map.`;
}

function controlAlt(input: DetentionMapInput): string {
  const all = [...input.located, ...input.unlocated].filter((v) => v.control.before || v.control.after);
  return `Who ran each site before and after January 2026: ${all.map((v) => `${v.name}, ${controlText(v.control)}`).join('; ')}.`;
}

function alHolAlt(input: DetentionMapInput): string {
  const v = [...input.located, ...input.unlocated].find((s) => s.id === FOCUS_SITE);
  if (!v) return 'The map would single out al-Hol camp, but the data no longer list it.';
  const steps = v.control.steps.map((s) => `${formatPartialDate(s.date)}, ${s.controller}`).join('; ');
  const held = v.held.emptied
    ? ` It held ${v.held.before?.text ?? 'an unreported number'} in ${v.held.before?.when ?? 'its last reports'}, and none on ${v.held.when}.`
    : ` Latest reports: ${v.held.text} (${v.held.when}).`;
  return `The map singles out ${v.name}${v.border ? `, ${distanceText(v)}` : ''}. Control after the SDF: ${steps}.${held}`;
}

export default defineChart<DetentionMapInput>({
  id: 'detention-map',
  title: TITLE,
  widths: [360, 720],
  credit: 'Map: Natural Earth 1:10m (public domain); distances measured on its Iraq–Syria line',
  prepare,
  describe,
  render,
  table,
  sources: (input) => input.sources,
  asOf: (input) => input.asOf,
  steps: [
    { id: 'sites', alt: sitesAlt },
    { id: 'control', alt: controlAlt },
    { id: 'al-hol', alt: alHolAlt },
  ],
});

