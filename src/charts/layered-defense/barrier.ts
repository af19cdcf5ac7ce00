/**
 * A schematic cross-section of the barrier: the layers in the order officials list them, then a
 * watchtower with a thermal camera and a drone overhead. Not to scale; the trench and the wall
 * are drawn with their reported sizes on one metre scale and labelled with them. Laid out by
 * `barrier-layout.ts`; one function per part, in `barrier-ground.ts` (the trench, the berm, the
 * wire, the fence, the wall) and `barrier-watch.ts` (the tower and its camera, the drone).
 */
import { scaleLinear } from 'd3-scale';
import { t } from '../../i18n/index.ts';
import { layer, type G, type Svg } from '../svg.ts';
import { round } from '../kit/round.ts';
import { textLines } from '../kit/text-lines.ts';
import { isNarrow, type TypeScale } from '../kit/type-scale.ts';
import type { LayeredDefenseInput } from './prepare.ts';
import { barrierLayout, slotScale } from './barrier-layout.ts';
import { barbedWire, berm, fence, ground, wall } from './barrier-ground.ts';
import type { Section } from './barrier-section.ts';
import { drone, tower } from './barrier-watch.ts';

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
  for (const [k, column] of L.key.entries())
    textLines(g, margin + (k * (width - margin * 2)) / L.key.length, keyTop, column, label);
  textLines(g, margin, L.notesY + type.small, L.notes, { className: 'label ld-note', size: type.small });
}
