/**
 * Placement with two kinds of obstacle: `reserved` boxes (marks) that labels never cover, and
 * `soft` ones (a line the labels should keep off, such as the border) that a label crosses only
 * where that keeps more of its text. Each request is tried version by version, fullest first:
 * clear of the soft boxes where that version fits so, else across them; only then the next,
 * shorter version. Through the one placer (kit/placer.ts), request by request, in order. Pure.
 */
import type { Box } from './box.ts';
import { placeGreedy, type LabelRequest, type Placement } from './placer.ts';

export function placeAvoiding(
  reserved: readonly Box[],
  soft: readonly Box[],
  requests: readonly LabelRequest[],
): Placement[] {
  const placed: Placement[] = [];
  const taken = () => [...reserved, ...placed.map((p) => p.box)];
  const first = (request: LabelRequest): Placement | undefined => {
    for (const [version, lines] of request.versions.entries())
      for (const obstacles of [[...taken(), ...soft], taken()]) {
        const [p] = placeGreedy(obstacles, [{ ...request, versions: [lines], required: false }]);
        if (p) return { ...p, request, version };
      }
    // A required label that fits nowhere goes where it overlaps least.
    return placeGreedy(taken(), [request])[0];
  };
  for (const request of requests) {
    const p = first(request);
    if (p) placed.push(p);
  }
  return placed;
}
