/**
 * The states of one chart on one page repeat most of their marks (the base map, axes, grid).
 * This hoists every layer that is byte-identical in two or more of them into a <defs> of the
 * first SVG and replaces each copy with <use href>, so the page carries it once. Layers are the
 * SVG's child elements and their children (two levels), when they have children of their own
 * (a <use> costs one element, so sharing a single element saves nothing); ids make a layer
 * state-specific, so layers carrying ids are left alone. Rendering is unchanged: <use> draws the same elements,
 * styled by the same classes.
 */
import { parseHTML } from 'linkedom';

const SVG_NS = 'http://www.w3.org/2000/svg';

function candidates(svg: Element): Element[] {
  const out: Element[] = [];
  for (const child of [...svg.children]) {
    const tag = child.tagName.toLowerCase();
    if (tag === 'title' || tag === 'desc' || tag === 'defs') continue;
    out.push(child);
    if (tag === 'g' && !child.hasAttribute('id')) out.push(...[...child.children]);
  }
  // A <use> costs one element, so sharing pays only for a subtree of two or more.
  return out.filter((el) => !el.hasAttribute('id') && !el.querySelector('[id]') && el.querySelector('*') !== null);
}

export function shareLayers(svgs: readonly string[], idBase: string): string[] {
  if (svgs.length < 2) return [...svgs];
  const { document } = parseHTML(
    `<!doctype html><html><body>${svgs.map((s) => `<div>${s}</div>`).join('')}</body></html>`,
  );
  const roots = [...document.querySelectorAll('body > div > svg')];
  // Count in how many SVGs each layer occurs.
  const seen = new Map<string, Set<number>>();
  roots.forEach((root, i) => {
    for (const el of candidates(root)) {
      const key = el.outerHTML;
      if (!seen.has(key)) seen.set(key, new Set());
      seen.get(key)!.add(i);
    }
  });
  const shared = new Map<string, string>();
  let defs: Element | undefined;
  roots.forEach((root, i) => {
    for (const el of candidates(root)) {
      // An element already replaced with its parent is no longer in this SVG.
      if (!el.isConnected || !root.contains(el)) continue;
      const key = el.outerHTML;
      if ((seen.get(key)?.size ?? 0) < 2) continue;
      let id = shared.get(key);
      if (!id) {
        id = `${idBase}-shared-${shared.size + 1}`;
        shared.set(key, id);
        if (!defs) {
          defs = document.createElementNS(SVG_NS, 'defs');
          const first = roots[0]!;
          const after = [...first.children].find((c) => !['title', 'desc'].includes(c.tagName.toLowerCase()));
          first.insertBefore(defs, after ?? null);
        }
        const copy = el.cloneNode(true) as Element;
        copy.setAttribute('id', id);
        defs.appendChild(copy);
      }
      const use = document.createElementNS(SVG_NS, 'use');
      use.setAttribute('href', `#${id}`);
      el.replaceWith(use);
    }
    void i;
  });
  return roots.map((root) => root.outerHTML);
}
