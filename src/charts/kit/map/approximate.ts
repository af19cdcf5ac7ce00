/**
 * The map's sign that a point is approximate: a dashed ring around its marker, as the detention
 * map draws round a town centre. Maps share it so that the ring means one thing on every map.
 * Its colour and dashes come from the `approx-ring` class (marks.css).
 */
import type { G } from '../../svg.ts';
import { round } from '../round.ts';

/** The ring's radius around a marker of radius `r`, px: clear of the marker's outline. */
export const ringRadius = (r: number) => round(r * 1.5);

/**
 * A dashed ring centred on the group's origin (draw it inside the marker's translated group),
 * round a marker of radius `r`, or at `radius` round several markers drawn side by side.
 */
export function approxRing(g: G, r: number, radius = ringRadius(r)): void {
  g.append('circle').attr('class', 'approx-ring').attr('r', radius);
}
