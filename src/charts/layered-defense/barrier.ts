/**
 * A schematic cross-section of the barrier: the five layers in the order officials list them,
 * then a watchtower with a thermal camera and a drone overhead. Not to scale; the trench and
 * the wall are drawn with their reported sizes on one metre scale and labelled with them.
 */
import { scaleBand, scaleLinear } from 'd3-scale';
import { line as d3line } from 'd3-shape';
import { layer, type G, type Svg } from '../svg.ts';
import { formatNumber, formatPartialDate } from '../../lib/format/index.ts';
import type { Dimension } from '../../data/schema/fortifications.ts';
import { dimensionsOf, type BarrierComponent, type LayeredDefenseInput } from './prepare.ts';
import { inSentence, listText, round, textLines, textWidth, wrap, type TypeScale } from './text.ts';

const QUALIFIER: Record<Dimension['qualifier'], string> = { exact: '', about: 'about ', nearly: 'nearly ', 'more-than': 'more than ', 'up-to': 'up to ' };

/** Sizes the sources do not give, in metres on the drawing's scale: schematic only. */
const SCHEMATIC = { berm: 1.4, wire: 0.55, fence: 2.3, tower: 6, drone: 7.6, wallIfUnknown: 3, trenchIfUnknown: 2.5 } as const;

const path = d3line();
const d = (points: [number, number][]) => path(points.map(([a, b]) => [round(a), round(b)]))!;

/** "3 m", "3.5 m": metres as reported. */
const metres = (v: number) => `${formatNumber(v, { digits: Number.isInteger(v) ? 0 : 1 })}\u00a0m`;

/** The year (or month and year) of a partial date, short enough for a label. */
function when(asOf: string): string {
  return asOf.length >= 7 ? formatPartialDate(asOf.slice(0, 7)) : formatPartialDate(asOf);
}

/** Each distinct reported value of one measure, with the dates it was given. */
function claims(component: BarrierComponent | undefined, what: Dimension['what']): { value: number; qualifier: Dimension['qualifier']; dates: string[]; latest: string }[] {
  if (!component) return [];
  const byValue = new Map<number, Dimension[]>();
  for (const dim of dimensionsOf(component, what)) byValue.set(dim.value, [...(byValue.get(dim.value) ?? []), dim]);
  return [...byValue.entries()]
    .map(([value, dims]) => {
      const sorted = [...dims].sort((a, b) => a.asOf.localeCompare(b.asOf));
      return { value, qualifier: sorted.at(-1)!.qualifier, dates: [...new Set(sorted.map((x) => when(x.asOf)))], latest: sorted.at(-1)!.asOf };
    })
    .sort((a, b) => b.latest.localeCompare(a.latest) || a.value - b.value);
}

/** The trench's reported width and depth, in as few words as they allow. */
function trenchLabel(trench: BarrierComponent): string[] {
  const w = claims(trench, 'width')[0], dd = claims(trench, 'depth')[0];
  if (w && dd && w.value === dd.value && w.qualifier === dd.qualifier) return [`${QUALIFIER[w.qualifier]}${metres(w.value)}`, 'wide and deep'];
  return [w ? `${QUALIFIER[w.qualifier]}${metres(w.value)} wide` : '', dd ? `${QUALIFIER[dd.qualifier]}${metres(dd.value)} deep` : ''].filter(Boolean);
}

export interface BarrierLayout {
  height: number;
  title: string[];
  groundY: number;
  unit: number;
  labelsY: number;
  labelLines: Map<string, string[]>;
  /** Columns of a key naming the numbered slots, when their names do not fit under them. */
  key: string[][];
  notesY: number;
  notes: string[];
}

function slotIds(input: LayeredDefenseInput): string[] {
  return [...input.components.filter((c) => c.layer === 'barrier').map((c) => c.id), ...(input.components.some((c) => c.id === 'towers') ? ['towers'] : [])];
}

export function barrierLayout(input: LayeredDefenseInput, width: number, type: TypeScale): BarrierLayout {
  const narrow = width < 520;
  const margin = narrow ? 12 : 16;
  const inner = width - margin * 2;
  const line = type.small * type.lineHeight;
  const unit = narrow ? 11 : 16;
  const title = wrap('Cross-section of the barrier: schematic, not to scale', type.base, inner);
  const groundY = type.base * type.lineHeight * title.length + 10 + (SCHEMATIC.drone + 1) * unit;
  const trench = input.components.find((c) => c.id === 'trench');
  const depth = claims(trench, 'depth')[0]?.value ?? SCHEMATIC.trenchIfUnknown;
  const soil = depth * unit + 8;

  const slots = scaleBand<string>().domain(slotIds(input)).range([margin, width - margin]).paddingInner(0.12);
  // Each slot named under the ground; where a name would run into its neighbour or out of the
  // frame, the slots carry only their numbers and a key below names them.
  const inSlots = input.components.filter((c) => slots.domain().includes(c.id));
  const named = inSlots.map((c) => ({ c, lines: wrap(`${c.order} ${c.name}`, type.small, slots.bandwidth()) }));
  const extent = ({ c, lines }: (typeof named)[number]) => {
    const half = Math.max(...lines.map((l) => textWidth(l, type.small))) / 2, mid = slots(c.id)! + slots.bandwidth() / 2;
    return [mid - half, mid + half] as const;
  };
  const direct = named.every((n, i) => {
    const [a, b] = extent(n);
    const next = named[i + 1];
    return a >= 2 && b <= width - 2 && (!next || b + 4 <= extent(next)[0]);
  });
  const labelLines = new Map(direct ? named.map(({ c, lines }) => [c.id, lines]) : inSlots.map((c) => [c.id, [formatNumber(c.order)]]));
  const labelsY = groundY + soil + 10 + type.small;
  let labelsHeight = Math.max(...[...labelLines.values()].map((l) => l.length)) * line;
  const key: string[][] = [];
  if (!direct) {
    const columns = 2, per = Math.ceil(inSlots.length / columns);
    for (let k = 0; k < columns; k++) key.push(inSlots.slice(k * per, (k + 1) * per).map((c) => `${c.order} ${c.name}`));
    labelsHeight += 6 + per * line;
  }

  const notes = [sizeNote(input), orderNote(input), lowNote(input)].filter((n): n is string => !!n).flatMap((n) => wrap(n, type.small, inner));
  const notesY = labelsY + labelsHeight + 8;
  return { height: Math.ceil(notesY + notes.length * line + 4), title, groundY, unit, labelsY, labelLines, key, notesY, notes };
}

function sizeNote(input: LayeredDefenseInput): string | null {
  const parts: string[] = [];
  const trench = input.components.find((c) => c.id === 'trench');
  const wall = input.components.find((c) => c.id === 'wall');
  const widths = claims(trench, 'width'), depths = claims(trench, 'depth');
  const same = widths.length === 1 && depths.length === 1 && widths[0]!.value === depths[0]!.value && widths[0]!.qualifier === depths[0]!.qualifier && widths[0]!.dates.join() === depths[0]!.dates.join();
  const trenchSizes = same ? widths.map((c) => ({ ...c, word: 'wide and deep' })) : [...widths.map((c) => ({ ...c, word: 'wide' })), ...depths.map((c) => ({ ...c, word: 'deep' }))];
  if (trench && trenchSizes.length) parts.push(`${inSentence(trench.name)} ${trenchSizes.map((c) => `${QUALIFIER[c.qualifier]}${metres(c.value)} ${c.word} (${c.dates.join(', ')})`).join(' and ')}`);
  const heights = claims(wall, 'height');
  if (wall && heights.length) parts.push(`${inSentence(wall.name)} ${heights.map((c) => `${QUALIFIER[c.qualifier]}${metres(c.value)} high (${c.dates.join(', ')})`).join(' or ')}`);
  return parts.length ? `Reported sizes: ${parts.join('; ')}. Other sizes are not reported.` : null;
}

function orderNote(input: LayeredDefenseInput): string {
  const n = input.components.filter((c) => c.layer === 'barrier').length;
  return `Layers 1–${formatNumber(n)} are numbered in the order a Border Guards commander listed them; no source says this is their order on the ground.`;
}

function lowNote(input: LayeredDefenseInput): string | null {
  const low = input.components.filter((c) => c.confidence === 'low');
  return low.length ? `Dashed: ${listText(low.map((c) => inSentence(c.name)))}, low confidence.` : null;
}

export function drawBarrier(svg: Svg | G, input: LayeredDefenseInput, width: number, type: TypeScale, top: number): void {
  const L = barrierLayout(input, width, type);
  const narrow = width < 520;
  const margin = narrow ? 12 : 16;
  const g = layer(svg, 'ld-barrier', 'Cross-section of the barrier, schematic and not to scale').attr('transform', top ? `translate(0,${round(top)})` : null);
  const slots = scaleBand<string>().domain(slotIds(input)).range([margin, width - margin]).paddingInner(0.12);
  const G0 = L.groundY;
  // Metres above (negative) and below the ground line to SVG y, one scale for every part drawn.
  const y = scaleLinear().domain([0, 1]).range([G0, G0 - L.unit]);
  const m = (metresUp: number) => y(metresUp);
  const u = L.unit;
  const byId = new Map(input.components.map((c) => [c.id, c]));
  const cx = (id: string) => slots(id)! + slots.bandwidth() / 2;
  const bw = slots.bandwidth();
  const lowClass = (id: string) => (byId.get(id)?.confidence === 'low' ? ' ld-icon--low' : '');

  textLines(g, margin, type.base, L.title, { className: 'label ld-title', size: type.base });

  const trench = byId.get('trench');
  const trenchWidth = claims(trench, 'width')[0]?.value ?? SCHEMATIC.trenchIfUnknown;
  const trenchDepth = claims(trench, 'depth')[0]?.value ?? SCHEMATIC.trenchIfUnknown;
  const soilBottom = m(-trenchDepth) + 8;

  // Soil, then the ground line with the trench cut into it.
  g.append('rect').attr('class', 'ld-soil').attr('x', margin).attr('y', round(G0)).attr('width', width - margin * 2).attr('height', round(soilBottom - G0));
  const ground: [number, number][] = [[margin, G0]];
  if (trench) {
    const t0 = cx('trench') - (trenchWidth * u) / 2, t1 = cx('trench') + (trenchWidth * u) / 2;
    g.append('rect').attr('class', 'ld-trench').attr('x', round(t0)).attr('y', round(G0)).attr('width', round(t1 - t0)).attr('height', round(m(-trenchDepth) - G0));
    ground.push([t0, G0], [t0, m(-trenchDepth)], [t1, m(-trenchDepth)], [t1, G0]);
    // Dimension lines: width under the floor, depth beside the right wall.
    const dy = m(-trenchDepth) - 4;
    g.append('path').attr('class', 'ld-dimension').attr('d', `M${round(t0 + 2)},${round(dy - 3)}v6M${round(t0 + 2)},${round(dy)}H${round(t1 - 2)}M${round(t1 - 2)},${round(dy - 3)}v6`);
    const dx = t1 - 5;
    g.append('path').attr('class', 'ld-dimension').attr('d', `M${round(dx - 3)},${round(G0 + 2)}h6M${round(dx)},${round(G0 + 2)}V${round(dy - 6)}`);
    // Its reported size above the opening, where nothing else is drawn.
    const text = trenchLabel(trench);
    textLines(g, (t0 + t1) / 2, G0 - 6 - (text.length - 1) * (type.small - 1) * 1.15, text, { className: 'label ld-dimension-label', size: type.small - 1, anchor: 'middle', lineHeight: 1.15 });
  }
  ground.push([width - margin, G0]);
  g.append('path').attr('class', 'ld-ground').attr('d', d(ground));

  // 1 Berm: a bank of earth.
  if (byId.has('berm')) {
    const c = cx('berm');
    g.append('path').attr('class', 'ld-berm').attr('d', `${d([[c - bw * 0.46, G0], [c - bw * 0.18, m(SCHEMATIC.berm)], [c + bw * 0.18, m(SCHEMATIC.berm)], [c + bw * 0.46, G0]])}Z`);
  }
  // 3 Barbed wire: concertina coils on stakes.
  if (byId.has('barbed-wire')) {
    const c = cx('barbed-wire'), r = SCHEMATIC.wire * u;
    for (const k of [-1, 0, 1]) g.append('circle').attr('class', 'ld-wire').attr('cx', round(c + k * r * 1.3)).attr('cy', round(G0 - r)).attr('r', round(r));
    for (const k of [-1, 1]) g.append('path').attr('class', 'ld-post').attr('d', d([[c + k * r * 2.4, G0], [c + k * r * 2.4, G0 - r * 2.2]]));
  }
  // 4 BRC mesh fence: posts and a welded mesh.
  if (byId.has('brc-fence')) {
    const c = cx('brc-fence'), half = Math.min(bw * 0.36, 2 * u), top = m(SCHEMATIC.fence);
    const mesh: string[] = [];
    for (let k = 1; k < 5; k++) mesh.push(d([[c - half, G0 - (k * (G0 - top)) / 5], [c + half, G0 - (k * (G0 - top)) / 5]]));
    for (let k = 1; k < 6; k++) mesh.push(d([[c - half + (k * 2 * half) / 6, G0], [c - half + (k * 2 * half) / 6, top]]));
    g.append('path').attr('class', 'ld-mesh').attr('d', mesh.join(''));
    for (const k of [-1, 1]) g.append('path').attr('class', 'ld-post').attr('d', d([[c + k * half, G0], [c + k * half, top - 2]]));
  }
  // 5 Wall: T-wall sections at the latest reported height; other reported heights dashed.
  const wall = byId.get('wall');
  if (wall) {
    const heights = claims(wall, 'height');
    const h = heights[0]?.value ?? SCHEMATIC.wallIfUnknown;
    const c = cx('wall'), foot = 0.75 * u, slab = 0.28 * u;
    g.append('path').attr('class', 'ld-concrete').attr('d', `${d([[c - foot, G0], [c - foot, m(0.35)], [c - slab, m(0.5)], [c - slab, m(h)], [c + slab, m(h)], [c + slab, m(0.5)], [c + foot, m(0.35)], [c + foot, G0]])}Z`);
    const dx = c + foot + 5;
    for (const other of heights.slice(1)) {
      g.append('path').attr('class', 'ld-concrete-alt').attr('d', `${d([[c - slab, m(h)], [c - slab, m(other.value)], [c + slab, m(other.value)], [c + slab, m(h)]])}`);
    }
    if (heights.length) {
      const top = Math.max(...heights.map((x) => x.value));
      g.append('path').attr('class', 'ld-dimension').attr('d', `M${round(dx - 3)},${round(G0)}h6M${round(dx)},${round(G0)}V${round(m(top))}` + heights.map((x) => `M${round(dx - 3)},${round(m(x.value))}h6`).join(''));
      heights.forEach((x, i) => {
        g.append('text').attr('class', i === 0 ? 'label halo ld-dimension-label' : 'label halo ld-dimension-label ld-dimension-label--alt').attr('font-size', type.small - 1)
          .attr('x', round(dx + 5)).attr('y', round(m(x.value) + (i === 0 ? type.small * 0.9 : -1))).text(`${QUALIFIER[x.qualifier]}${metres(x.value)}`);
      });
    }
  }
  // 6–8 Surveillance: a watchtower carrying a thermal camera, and a drone overhead.
  const towers = byId.get('towers');
  if (towers) {
    const c = cx('towers'), top = m(SCHEMATIC.tower), spread = Math.min(bw * 0.32, 1.6 * u), neck = 0.35 * u;
    const frame = [d([[c - spread, G0], [c - neck, top + 0.9 * u]]), d([[c + spread, G0], [c + neck, top + 0.9 * u]])];
    for (let k = 1; k <= 3; k++) {
      const f = (k / 4), a = c - spread + (spread - neck) * f, b = c + spread - (spread - neck) * f, yy = G0 - (G0 - top - 0.9 * u) * f;
      const f2 = ((k - 1) / 4), a2 = c - spread + (spread - neck) * f2, b2 = c + spread - (spread - neck) * f2, yy2 = G0 - (G0 - top - 0.9 * u) * f2;
      frame.push(d([[a2, yy2], [b, yy]]), d([[b2, yy2], [a, yy]]));
    }
    g.append('path').attr('class', `ld-tower${lowClass('towers')}`).attr('d', frame.join(''));
    g.append('path').attr('class', `ld-cabin${lowClass('towers')}`).attr('d', `${d([[c - neck * 1.7, top + 0.9 * u], [c - neck * 1.7, top], [c + neck * 1.7, top], [c + neck * 1.7, top + 0.9 * u]])}Z`);
    g.append('path').attr('class', `ld-roof${lowClass('towers')}`).attr('d', `${d([[c - neck * 2.2, top], [c, top - 0.45 * u], [c + neck * 2.2, top]])}Z`);
    const cameras = byId.get('cameras');
    if (cameras) {
      const cy = top + 0.45 * u, x0 = c - neck * 1.7;
      g.append('path').attr('class', `ld-camera${lowClass('cameras')}`).attr('d', `${d([[x0 - 2, cy - 3], [x0 - 10, cy - 3], [x0 - 12, cy - 1], [x0 - 12, cy + 3], [x0 - 2, cy + 3]])}Z`);
      const label = `${cameras.order} ${cameras.name}`;
      const lines = wrap(label, type.small, narrow ? 70 : 140);
      textLines(g, x0 - 16, cy - ((lines.length - 1) * type.small * type.lineHeight) / 2 + type.small * 0.35, lines, { className: 'label halo ld-part-label', size: type.small, anchor: 'end' });
    }
  }
  const drones = byId.get('drones');
  if (drones) {
    const ids = slots.domain();
    const c = (cx(ids[2] ?? ids[0]!) + cx(ids[3] ?? ids[0]!)) / 2 - (narrow ? 0.8 * u : 0);
    const cy = m(SCHEMATIC.drone), arm = 0.8 * u;
    g.append('path').attr('class', `ld-drone-arm${lowClass('drones')}`).attr('d', d([[c - arm, cy], [c + arm, cy]]));
    for (const k of [-1, 1]) g.append('ellipse').attr('class', `ld-rotor${lowClass('drones')}`).attr('cx', round(c + k * arm)).attr('cy', round(cy - 2)).attr('rx', round(0.45 * u)).attr('ry', 1.5);
    g.append('rect').attr('class', `ld-drone-body${lowClass('drones')}`).attr('x', round(c - 0.3 * u)).attr('y', round(cy - 1)).attr('width', round(0.6 * u)).attr('height', round(0.35 * u + 2));
    g.append('text').attr('class', 'label halo ld-part-label').attr('font-size', type.small).attr('x', round(c + arm + 0.6 * u)).attr('y', round(cy + type.small * 0.35)).text(`${drones.order} ${drones.name}`);
  }

  // Names under the ground, one per slot.
  for (const [id, lines] of L.labelLines) textLines(g, cx(id), L.labelsY, lines, { className: 'label ld-part-label', size: type.small, anchor: 'middle' });
  const keyTop = L.labelsY + type.small * type.lineHeight + 6;
  L.key.forEach((column, k) => textLines(g, margin + (k * (width - margin * 2)) / L.key.length, keyTop, column, { className: 'label ld-part-label', size: type.small }));
  textLines(g, margin, L.notesY + type.small, L.notes, { className: 'label ld-note', size: type.small });
}
