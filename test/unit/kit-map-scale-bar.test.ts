/**
 * The map kit's scale bar: its length comes from the projection, measured along the parallel
 * through the frame's centre, and is checked here against km/px worked out by hand.
 */
import { geoEquirectangular } from 'd3-geo';
import { parseHTML } from 'linkedom';
import { expect, test } from 'vitest';
import { chartSvg, layer, serialize } from '../../src/charts/svg.ts';
import { mapFrame } from '../../src/charts/kit/map/project.ts';
import { pxPerKm, scaleBar, scaleBarLength } from '../../src/charts/kit/map/scale-bar.ts';
import { EARTH_RADIUS_KM } from '../../src/lib/geo/index.ts';

// An equirectangular projection scaled so that one radian is 4 R px: along the equator 1 km is
// 4 px exactly (x = scale · λ, and 1 km is 1/R radians); at 60° N a km of the parallel spans
// 1/(R cos 60°) radians of longitude, so 8 px.
const SCALE = 4 * EARTH_RADIUS_KM;
const equator = (width: number, height: number) =>
  geoEquirectangular()
    .scale(SCALE)
    .translate([width / 2, height / 2])
    .center([0, 0]);

test('pxPerKm is 4 px/km on the equator and 8 px/km at 60° N, as worked out by hand', () => {
  expect(pxPerKm(equator(720, 400), [360, 200])).toBeCloseTo(4, 3);
  const north = geoEquirectangular().scale(SCALE).translate([360, 200]).center([0, 60]);
  expect(pxPerKm(north, [360, 200])).toBeCloseTo(8, 3);
});

test('the bar takes the longest round length within 28% of the width: 50 km, 200 px at 720 px', () => {
  const frame = mapFrame(equator(720, 400), 720, 400);
  const { km, px } = scaleBarLength(frame, 200, 720 * 0.28);
  expect(km).toBe(50);
  expect(px).toBeCloseTo(200, 2);
});

test('with no round length short enough, the shortest is drawn: 25 km at 320 px', () => {
  const frame = mapFrame(equator(320, 300), 320, 300);
  expect(scaleBarLength(frame, 150, 320 * 0.28)).toEqual({ km: 25, px: expect.closeTo(100, 2) });
});

test('the bar is drawn ending 14 px from the frame’s bottom-right corner, labelled with its length', () => {
  const frame = mapFrame(equator(720, 400), 720, 400);
  const svg = chartSvg({ idPrefix: 't', width: 720, height: 400, title: 't', description: 'd', className: 'chart' });
  const box = scaleBar(layer(svg, 'map'), frame, { size: 12 });
  const doc = parseHTML(`<!doctype html><html><body>${serialize(svg)}</body></html>`).document;
  const bar = doc.querySelector('.scale-bar')!;
  expect(bar.getAttribute('transform')).toBe('translate(506,388)');
  expect(bar.querySelector('path')!.getAttribute('d')).toBe('M0,-4V0H200V-4');
  expect(bar.querySelector('text')!.textContent).toBe('50\u00a0km');
  expect(box).toEqual({ x0: expect.closeTo(506, 1), y0: 370, x1: 706, y1: 388 });
});
