/**
 * The surveillance over the barrier's cross-section: a watchtower with its thermal camera, and a
 * drone overhead.
 */
import { round } from '../kit/round.ts';
import { textLines } from '../kit/text-lines.ts';
import { wrap } from '../kit/text.ts';
import type { BarrierComponent } from './prepare.ts';
import { partName, PART, SCHEMATIC } from './barrier-layout.ts';
import { d, type Section } from './barrier-section.ts';

/** A watchtower, carrying the thermal camera when there is one. */
export function tower(s: Section): void {
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
  // One line where it fits, above the wall's height labels.
  const lines = wrap(partName(cameras), type.small, s.narrow ? 120 : 140, PART);
  const y = cy - ((lines.length - 1) * type.small * type.lineHeight) / 2 + type.small * 0.35;
  textLines(g, x0 - 16, y, lines, { className: 'label halo ld-part-label', size: type.small, anchor: 'end' });
}

/** A drone overhead, between the middle slots. */
export function drone(s: Section, component: BarrierComponent, ids: readonly string[]): void {
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
