/**
 * The parts of the barrier's cross-section that stand on the ground or are cut into it, in the
 * order officials list them: the trench, the berm, the barbed wire, the fence and the wall. The
 * trench and the wall are drawn at their reported sizes and labelled with them.
 */
import { round } from '../kit/round.ts';
import { textLines } from '../kit/text-lines.ts';
import type { BarrierComponent } from './prepare.ts';
import { claims, sized, trenchLabel, SCHEMATIC } from './barrier-layout.ts';
import { d, type Section } from './barrier-section.ts';

/** The soil and the ground line, with the trench cut into it and labelled with its reported size. */
export function ground(s: Section, margin: number, width: number): void {
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
    // Its reported size above the opening, where nothing else is drawn; on a phone's narrow slots
    // it is wider than the trench, so it is raised clear of the berm and the wire either side.
    const text = trenchLabel(trench);
    const size = type.small;
    const lift = s.narrow ? SCHEMATIC.berm * u + 2 : 0;
    textLines(g, (t0 + t1) / 2, G0 - 6 - lift - (text.length - 1) * size * 1.15, text, {
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
export function berm({ g, G0, m, cx, bw }: Section): void {
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
export function barbedWire({ g, G0, u, cx }: Section): void {
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
export function fence({ g, G0, u, m, cx, bw }: Section): void {
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
export function wall({ g, G0, u, m, cx, type, narrow }: Section, component: BarrierComponent): void {
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
  const dx = c + foot + (narrow ? 2 : 5);
  const top = Math.max(...heights.map((x) => x.value));
  const ticks = heights.map((x) => `M${round(dx - 3)},${round(m(x.value))}h6`).join('');
  g.append('path')
    .attr('class', 'ld-dimension')
    .attr('d', `M${round(dx - 3)},${round(G0)}h6M${round(dx)},${round(G0)}V${round(m(top))}${ticks}`);
  heights.forEach((x, i) => {
    // The latest height under its tick, the others above theirs; on a phone, where the
    // watchtower's legs are close on the right, those sit over the wall, ending at the dimension line.
    const stacked = narrow && i > 0;
    g.append('text')
      .attr('class', `label halo ld-dimension-label${i === 0 ? '' : ' ld-dimension-label--alt'}`)
      .attr('font-size', type.small)
      .attr('x', round(stacked ? dx + 3 : dx + 5))
      .attr('text-anchor', stacked ? 'end' : null)
      .attr(
        'y',
        round(
          stacked ? m(top) - 4 - (heights.length - 1 - i) * type.small : m(x.value) + (i === 0 ? type.small * 0.9 : -1),
        ),
      )
      .text(sized(x));
  });
}
