/**
 * A schematic cross-section of the barrier: the layers in the order officials list them, then a
 * watchtower with a thermal camera and a drone overhead. Not to scale; the trench and the wall
 * are drawn with their reported sizes on one metre scale and labelled with them. Laid out by
 * `barrier-layout.ts`; one function per part.
 */
import { scaleLinear } from 'd3-scale';
import { line as d3line } from 'd3-shape';
import { t } from '../../i18n/index.ts';
import { layer, type G, type Svg } from '../svg.ts';
import { round } from '../kit/round.ts';
import { textLines } from '../kit/text-lines.ts';
import { wrap } from '../kit/text.ts';
import { isNarrow, type TypeScale } from '../kit/type-scale.ts';
import type { BarrierComponent, LayeredDefenseInput } from './prepare.ts';
import {
  barrierLayout,
  claims,
  partName,
  sized,
  slotScale,
  trenchLabel,
  PART,
  SCHEMATIC,
  type BarrierLayout,
} from './barrier-layout.ts';

const path = d3line();
const d = (points: [number, number][]) => path(points.map(([a, b]) => [round(a), round(b)]))!;

/** What every part's drawing needs: where the ground is, the metre scale, the slots. */
interface Section {
  g: G;
  L: BarrierLayout;
  type: TypeScale;
  narrow: boolean;
  /** The ground line's y, and the px of one metre. */
  G0: number;
  u: number;
  /** Metres above (negative: below) the ground to SVG y. */
  m: (metresUp: number) => number;
  /** A slot's centre and width. */
  cx: (id: string) => number;
  bw: number;
  byId: Map<string, BarrierComponent>;
  /** Dashed for a component held with low confidence. */
  low: (id: string) => string;
}

/** The soil and the ground line, with the trench cut into it and labelled with its reported size. */
function ground(s: Section, margin: number, width: number): void {
  const { g, G0, u, m, cx, type } = s;
  const trench = s.byId.get('trench');
  const trenchWidth = claims(trench, 'width')[0]?.value ?? SCHEMATIC.trenchIfUnknown;
  const trenchDepth = claims(trench, 'depth')[0]?.value ?? SCHEMATIC.trenchIfUnknown;
  const floor = m(-trenchDepth);
  g.append('rect')
    .attr('class', 'ld-soil')
    .attr('x', margin)
    .attr('y', round(G0))
    .attr('width', width - margin * 2)
    .attr('height', round(floor + 8 - G0));
  const line: [number, number][] = [[margin, G0]];
  if (trench) {
    const t0 = cx('trench') - (trenchWidth * u) / 2,
      t1 = cx('trench') + (trenchWidth * u) / 2;
    g.append('rect')
      .attr('class', 'ld-trench')
      .attr('x', round(t0))
      .attr('y', round(G0))
      .attr('width', round(t1 - t0))
      .attr('height', round(floor - G0));
    line.push([t0, G0], [t0, floor], [t1, floor], [t1, G0]);
    // Dimension lines: width under the floor, depth beside the right wall.
    const dy = floor - 4;
    const [a, b, yy, top] = [round(t0 + 2), round(t1 - 2), round(dy), round(dy - 3)];
    g.append('path').attr('class', 'ld-dimension').attr('d', `M${a},${top}v6M${a},${yy}H${b}M${b},${top}v6`);
    const dx = t1 - 5;
    g.append('path')
      .attr('class', 'ld-dimension')
      .attr('d', `M${round(dx - 3)},${round(G0 + 2)}h6M${round(dx)},${round(G0 + 2)}V${round(dy - 6)}`);
    // Its reported size above the opening, where nothing else is drawn.
    const text = trenchLabel(trench);
    const size = type.small - 1;
    textLines(g, (t0 + t1) / 2, G0 - 6 - (text.length - 1) * size * 1.15, text, {
      className: 'label ld-dimension-label',
      size,
      anchor: 'middle',
      lineHeight: 1.15,
    });
  }
  line.push([width - margin, G0]);
  g.append('path').attr('class', 'ld-ground').attr('d', d(line));
}

/** A bank of earth. */
function berm({ g, G0, m, cx, bw }: Section): void {
  const c = cx('berm'),
    top = m(SCHEMATIC.berm);
  g.append('path')
    .attr('class', 'ld-berm')
    .attr(
      'd',
      `${d([
        [c - bw * 0.46, G0],
        [c - bw * 0.18, top],
        [c + bw * 0.18, top],
        [c + bw * 0.46, G0],
      ])}Z`,
    );
}

/** Concertina coils on stakes. */
function barbedWire({ g, G0, u, cx }: Section): void {
  const c = cx('barbed-wire'),
    r = SCHEMATIC.wire * u;
  for (const k of [-1, 0, 1])
    g.append('circle')
      .attr('class', 'ld-wire')
      .attr('cx', round(c + k * r * 1.3))
      .attr('cy', round(G0 - r))
      .attr('r', round(r));
  for (const k of [-1, 1])
    g.append('path')
      .attr('class', 'ld-post')
      .attr(
        'd',
        d([
          [c + k * r * 2.4, G0],
          [c + k * r * 2.4, G0 - r * 2.2],
        ]),
      );
}

/** Posts and a welded mesh. */
function fence({ g, G0, u, m, cx, bw }: Section): void {
  const c = cx('brc-fence'),
    half = Math.min(bw * 0.36, 2 * u),
    top = m(SCHEMATIC.fence);
  const mesh: string[] = [];
  for (let k = 1; k < 5; k++) {
    const y = G0 - (k * (G0 - top)) / 5;
    mesh.push(
      d([
        [c - half, y],
        [c + half, y],
      ]),
    );
  }
  for (let k = 1; k < 6; k++) {
    const x = c - half + (k * 2 * half) / 6;
    mesh.push(
      d([
        [x, G0],
        [x, top],
      ]),
    );
  }
  g.append('path').attr('class', 'ld-mesh').attr('d', mesh.join(''));
  for (const k of [-1, 1])
    g.append('path')
      .attr('class', 'ld-post')
      .attr(
        'd',
        d([
          [c + k * half, G0],
          [c + k * half, top - 2],
        ]),
      );
}

/** T-wall sections at the latest reported height; other reported heights dashed, each labelled. */
function wall({ g, G0, u, m, cx, type }: Section, component: BarrierComponent): void {
  const heights = claims(component, 'height');
  const h = heights[0]?.value ?? SCHEMATIC.wallIfUnknown;
  const c = cx('wall'),
    foot = 0.75 * u,
    slab = 0.28 * u;
  const outline: [number, number][] = [
    [c - foot, G0],
    [c - foot, m(0.35)],
    [c - slab, m(0.5)],
    [c - slab, m(h)],
    [c + slab, m(h)],
    [c + slab, m(0.5)],
    [c + foot, m(0.35)],
    [c + foot, G0],
  ];
  g.append('path')
    .attr('class', 'ld-concrete')
    .attr('d', `${d(outline)}Z`);
  for (const other of heights.slice(1))
    g.append('path')
      .attr('class', 'ld-concrete-alt')
      .attr(
        'd',
        d([
          [c - slab, m(h)],
          [c - slab, m(other.value)],
          [c + slab, m(other.value)],
          [c + slab, m(h)],
        ]),
      );
  if (!heights.length) return;
  const dx = c + foot + 5;
  const top = Math.max(...heights.map((x) => x.value));
  const ticks = heights.map((x) => `M${round(dx - 3)},${round(m(x.value))}h6`).join('');
  g.append('path')
    .attr('class', 'ld-dimension')
    .attr('d', `M${round(dx - 3)},${round(G0)}h6M${round(dx)},${round(G0)}V${round(m(top))}${ticks}`);
  heights.forEach((x, i) => {
    g.append('text')
      .attr('class', `label halo ld-dimension-label${i === 0 ? '' : ' ld-dimension-label--alt'}`)
      .attr('font-size', type.small - 1)
      .attr('x', round(dx + 5))
      .attr('y', round(m(x.value) + (i === 0 ? type.small * 0.9 : -1)))
      .text(sized(x));
  });
}

/** A watchtower, carrying the thermal camera when there is one. */
function tower(s: Section): void {
  const { g, G0, u, m, cx, bw, type, low } = s;
  const c = cx('towers'),
    top = m(SCHEMATIC.tower),
    spread = Math.min(bw * 0.32, 1.6 * u),
    neck = 0.35 * u;
  const cabin = top + 0.9 * u;
  const frame = [
    d([
      [c - spread, G0],
      [c - neck, cabin],
    ]),
    d([
      [c + spread, G0],
      [c + neck, cabin],
    ]),
  ];
  // Cross-bracing between the legs, in three bays.
  const leg = (f: number) =>
    [c - spread + (spread - neck) * f, c + spread - (spread - neck) * f, G0 - (G0 - cabin) * f] as const;
  for (let k = 1; k <= 3; k++) {
    const [a, b, y] = leg(k / 4),
      [a2, b2, y2] = leg((k - 1) / 4);
    frame.push(
      d([
        [a2, y2],
        [b, y],
      ]),
      d([
        [b2, y2],
        [a, y],
      ]),
    );
  }
  g.append('path')
    .attr('class', `ld-tower${low('towers')}`)
    .attr('d', frame.join(''));
  const [left, right] = [c - neck * 1.7, c + neck * 1.7];
  g.append('path')
    .attr('class', `ld-cabin${low('towers')}`)
    .attr(
      'd',
      `${d([
        [left, cabin],
        [left, top],
        [right, top],
        [right, cabin],
      ])}Z`,
    );
  g.append('path')
    .attr('class', `ld-roof${low('towers')}`)
    .attr(
      'd',
      `${d([
        [c - neck * 2.2, top],
        [c, top - 0.45 * u],
        [c + neck * 2.2, top],
      ])}Z`,
    );
  const cameras = s.byId.get('cameras');
  if (!cameras) return;
  const cy = top + 0.45 * u,
    x0 = c - neck * 1.7;
  g.append('path')
    .attr('class', `ld-camera${low('cameras')}`)
    .attr(
      'd',
      `${d([
        [x0 - 2, cy - 3],
        [x0 - 10, cy - 3],
        [x0 - 12, cy - 1],
        [x0 - 12, cy + 3],
        [x0 - 2, cy + 3],
      ])}Z`,
    );
  const lines = wrap(partName(cameras), type.small, s.narrow ? 70 : 140, PART);
  const y = cy - ((lines.length - 1) * type.small * type.lineHeight) / 2 + type.small * 0.35;
  textLines(g, x0 - 16, y, lines, { className: 'label halo ld-part-label', size: type.small, anchor: 'end' });
}

/** A drone overhead, between the middle slots. */
function drone(s: Section, component: BarrierComponent, ids: readonly string[]): void {
  const { g, u, m, cx, type, low } = s;
  const c = (cx(ids[2] ?? ids[0]!) + cx(ids[3] ?? ids[0]!)) / 2 - (s.narrow ? 0.8 * u : 0);
  const cy = m(SCHEMATIC.drone),
    arm = 0.8 * u;
  g.append('path')
    .attr('class', `ld-drone-arm${low('drones')}`)
    .attr(
      'd',
      d([
        [c - arm, cy],
        [c + arm, cy],
      ]),
    );
  for (const k of [-1, 1])
    g.append('ellipse')
      .attr('class', `ld-rotor${low('drones')}`)
      .attr('cx', round(c + k * arm))
      .attr('cy', round(cy - 2))
      .attr('rx', round(0.45 * u))
      .attr('ry', 1.5);
  g.append('rect')
    .attr('class', `ld-drone-body${low('drones')}`)
    .attr('x', round(c - 0.3 * u))
    .attr('y', round(cy - 1))
    .attr('width', round(0.6 * u))
    .attr('height', round(0.35 * u + 2));
  g.append('text')
    .attr('class', 'label halo ld-part-label')
    .attr('font-size', type.small)
    .attr('x', round(c + arm + 0.6 * u))
    .attr('y', round(cy + type.small * 0.35))
    .text(partName(component));
}

export function drawBarrier(
  svg: Svg | G,
  input: LayeredDefenseInput,
  width: number,
  type: TypeScale,
  top: number,
): void {
  const L = barrierLayout(input, width, type);
  const narrow = isNarrow(width);
  const margin = narrow ? 12 : 16;
  const g = layer(svg, 'ld-barrier', t.charts['layered-defense'].layers.barrier).attr(
    'transform',
    top ? `translate(0,${round(top)})` : null,
  );
  const slots = slotScale(input, width);
  const G0 = L.groundY;
  const y = scaleLinear()
    .domain([0, 1])
    .range([G0, G0 - L.unit]);
  const byId = new Map(input.components.map((c) => [c.id, c]));
  const s: Section = {
    g,
    L,
    type,
    narrow,
    G0,
    u: L.unit,
    m: (metresUp) => y(metresUp),
    byId,
    cx: (id) => slots(id)! + slots.bandwidth() / 2,
    bw: slots.bandwidth(),
    low: (id) => (byId.get(id)?.confidence === 'low' ? ' ld-icon--low' : ''),
  };

  textLines(g, margin, type.base, L.title, { className: 'label ld-title', size: type.base });
  ground(s, margin, width);
  if (byId.has('berm')) berm(s);
  if (byId.has('barbed-wire')) barbedWire(s);
  if (byId.has('brc-fence')) fence(s);
  const wallPart = byId.get('wall');
  if (wallPart) wall(s, wallPart);
  if (byId.has('towers')) tower(s);
  const dronePart = byId.get('drones');
  if (dronePart) drone(s, dronePart, slots.domain());

  // Names under the ground, one per slot; or numbers, and a key below.
  const label = { className: 'label ld-part-label', size: type.small };
  for (const [id, lines] of L.labelLines) textLines(g, s.cx(id), L.labelsY, lines, { ...label, anchor: 'middle' });
  const keyTop = L.labelsY + type.small * type.lineHeight + 6;
  L.key.forEach((column, k) => textLines(g, margin + (k * (width - margin * 2)) / L.key.length, keyTop, column, label));
  textLines(g, margin, L.notesY + type.small, L.notes, { className: 'label ld-note', size: type.small });
}
