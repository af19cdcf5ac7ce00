/**
 * Observable Plot rendered in Node on a linkedom document, then finished the way every Frontier
 * SVG is: Plot's <style> and random class removed (tokens.css styles charts), <title>/<desc>
 * and role="img" added, ids prefixed and renumbered in document order (Plot's clip ids come from
 * module counters that depend on render order), long decimals rounded so bytes are stable.
 */
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';

export interface PlotFrame {
  idPrefix: string;
  title: string;
  description: string;
  /** Extra classes for the root, after "chart chart--<id>". */
  className: string;
  /** Base type size in px at the artboard's own width. */
  fontSize: number;
}

type PlotOptions = Omit<Plot.PlotOptions, 'document' | 'className' | 'style' | 'figure'>;

const ROUND = /-?\d+\.\d{3,}/g;
const round2 = (n: string) => String(Math.round(Number(n) * 100) / 100);

export function plotSvg(options: PlotOptions, frame: PlotFrame): string {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  // A fixed className keeps Plot from drawing a random one; it is removed below anyway.
  const svg = Plot.plot({
    ...options,
    document: document as unknown as Document,
    className: 'plot',
  }) as unknown as SVGSVGElement;
  if (svg.tagName.toLowerCase() !== 'svg')
    throw new Error(
      `plotSvg: expected Plot to return an <svg>, got <${svg.tagName}> (was a legend or caption requested?)`,
    );
  return finishSvg(svg, frame);
}

export function finishSvg(svg: SVGSVGElement, frame: PlotFrame): string {
  const doc = svg.ownerDocument;
  for (const style of [...svg.querySelectorAll('style')]) style.remove();
  // A mark given `title: (d) => rowTitle(id)` names its row in the chart's data table: the page
  // shows that row as the mark's details on demand.
  for (const title of [...svg.querySelectorAll('title')]) {
    const row = /^row:(.+)$/.exec(title.textContent ?? '');
    if (row) {
      title.parentElement?.setAttribute('data-row', row[1]!);
      title.remove();
    }
  }
  for (const el of [svg, ...svg.querySelectorAll('*')]) {
    el.removeAttribute('style');
    for (const attr of [...el.attributes]) {
      const rounded = attr.value.replace(ROUND, round2);
      if (rounded !== attr.value) el.setAttribute(attr.name, rounded);
    }
  }
  svg.removeAttribute('font-family');
  svg.setAttribute('font-size', String(frame.fontSize));
  svg.setAttribute('class', frame.className);
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-labelledby', `${frame.idPrefix}-title ${frame.idPrefix}-desc`);
  svg.setAttribute('xmlns', 'http://www.w3.org/2000/svg');

  // Renumber ids in document order and rewrite every reference to them.
  const renames = new Map<string, string>();
  [...svg.querySelectorAll('[id]')].forEach((el, i) => {
    const next = `${frame.idPrefix}-${i + 1}`;
    renames.set(el.id, next);
    el.id = next;
  });
  if (renames.size)
    for (const el of svg.querySelectorAll('*'))
      for (const attr of [...el.attributes]) {
        const value = attr.value.replace(
          /url\(#([^)]+)\)|^#(.+)$/g,
          (m, a: string | undefined, b: string | undefined) => {
            const id = a ?? b!;
            const to = renames.get(id);
            return to ? (a ? `url(#${to})` : `#${to}`) : m;
          },
        );
        if (value !== attr.value) el.setAttribute(attr.name, value);
      }

  const title = doc.createElementNS('http://www.w3.org/2000/svg', 'title');
  title.setAttribute('id', `${frame.idPrefix}-title`);
  title.textContent = frame.title;
  const desc = doc.createElementNS('http://www.w3.org/2000/svg', 'desc');
  desc.setAttribute('id', `${frame.idPrefix}-desc`);
  desc.textContent = frame.description;
  svg.insertBefore(desc, svg.firstChild);
  svg.insertBefore(title, desc);
  return svg.outerHTML;
}

/** The title channel value that makes a Plot mark point at its data-table row. */
export const rowTitle = (rowId: string) => `row:${rowId}`;

export { Plot };
