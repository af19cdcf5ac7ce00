/**
 * A chart of the story in the registry's shape (types.ts) with what every chart on a time axis
 * repeats filled in: the story's two artboards, the as-of date its input carries, and its
 * sources gathered without repeats. A chart module then says only what is its own.
 */
import { defineChart, type Chart } from '../types.ts';
import { ARTBOARDS } from './type-scale.ts';

type Own<Input> = Pick<Chart<Input>, 'id' | 'title' | 'credit' | 'prepare' | 'describe' | 'render' | 'table' | 'steps'>;

export function storyChart<Input extends { asOf: string }>(
  chart: Own<Input> & { sources: (input: Input) => readonly string[][] },
): Chart<unknown> {
  return defineChart<Input>({
    ...chart,
    widths: ARTBOARDS,
    // Every source id once, in the order first cited.
    sources: (input) => [...new Set(chart.sources(input).flat())],
    asOf: (input) => input.asOf,
  });
}
