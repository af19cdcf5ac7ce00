/**
 * Details on demand. In the active state of a chart, every mark carrying `data-row` gets a real
 * button laid over it (at least 24×24 px, keyboard-focusable, tappable), labelled with that row
 * of the chart's data table; focusing, hovering or tapping it shows the row — value, date and
 * linked sources — in a tooltip. The SVG itself stays hidden from screen readers (each step
 * carries alt text); the buttons are the accessible way to a single data point.
 */
const TARGET = 24;

/** "Header: value" lines for one table row, and its source links. */
function rowDetails(row: HTMLTableRowElement): { lines: string[]; links: HTMLAnchorElement[] } {
  const headers = [...(row.closest('table')?.querySelectorAll('thead th') ?? [])].map(
    (th) => th.textContent?.trim() ?? '',
  );
  const lines: string[] = [];
  let links: HTMLAnchorElement[] = [];
  [...row.cells].forEach((cell, i) => {
    const anchors = [...cell.querySelectorAll('a')];
    if (anchors.length) links = anchors;
    else {
      // A cell is its value, then an optional note (.cell-note): keep them apart.
      const note = cell.querySelector('.cell-note')?.textContent?.trim();
      const value = [...cell.childNodes]
        .filter((n) => !(n instanceof Element && n.classList.contains('cell-note')))
        .map((n) => n.textContent)
        .join('')
        .trim();
      const text = [value, note].filter(Boolean).join(' — ').replace(/\s+/g, ' ');
      if (text) lines.push(`${headers[i] ? `${headers[i]}: ` : ''}${text}`);
    }
  });
  return { lines, links };
}

export function clearDetails(figure: HTMLElement): void {
  figure.querySelector(':scope > .tips')?.remove();
}

export function showDetails(figure: HTMLElement, tableId: string, doc: Document = document): void {
  clearDetails(figure);
  const table = doc.getElementById(tableId);
  const marks = [...figure.querySelectorAll<SVGElement>('[data-row]')].filter(
    (m) => m.getBoundingClientRect().width > 0,
  );
  if (!table || !marks.length) return;
  const layer = doc.createElement('div');
  layer.className = 'tips';
  const tip = doc.createElement('div');
  tip.className = 'tip';
  tip.setAttribute('role', 'tooltip');
  tip.id = `${tableId}-tip`;
  tip.hidden = true;
  const box = figure.getBoundingClientRect();
  const hide = () => (tip.hidden = true);
  // Targets must not overlap (WCAG 2.5.8): where points crowd, the first placed wins and the
  // others stay reachable through the data table, as every point is.
  const placed: { x0: number; y0: number; x1: number; y1: number }[] = [];
  for (const mark of marks) {
    const row = doc.getElementById(`${tableId}-${mark.dataset.row}`) as HTMLTableRowElement | null;
    if (!row) continue;
    const { lines, links } = rowDetails(row);
    const r = mark.getBoundingClientRect();
    const button = doc.createElement('button');
    button.type = 'button';
    button.className = 'tip-target';
    button.setAttribute('aria-label', lines.join('. '));
    button.setAttribute('aria-describedby', tip.id);
    const size = Math.max(TARGET, r.width, r.height);
    const left = r.left - box.left + r.width / 2 - size / 2,
      top = r.top - box.top + r.height / 2 - size / 2;
    const area = { x0: left, y0: top, x1: left + size, y1: top + size };
    if (placed.some((p) => p.x0 < area.x1 && area.x0 < p.x1 && p.y0 < area.y1 && area.y0 < p.y1)) continue;
    placed.push(area);
    // CSSOM, not a style attribute: allowed by the page's Content-Security-Policy.
    Object.assign(button.style, { left: `${left}px`, top: `${top}px`, width: `${size}px`, height: `${size}px` });
    const show = () => {
      tip.replaceChildren(...lines.map((line) => Object.assign(doc.createElement('p'), { textContent: line })));
      if (links.length) {
        const sources = doc.createElement('p');
        for (const [i, a] of links.entries())
          sources.append(...(i ? [doc.createTextNode('; ')] : []), a.cloneNode(true));
        tip.append(sources);
      }
      tip.hidden = false;
      const below = r.bottom - box.top + 8;
      Object.assign(tip.style, {
        left: `${Math.max(0, Math.min(r.left - box.left - 20, box.width - 280))}px`,
        top: `${below}px`,
      });
    };
    button.addEventListener('focus', show);
    button.addEventListener('mouseenter', show);
    button.addEventListener('click', show);
    button.addEventListener('blur', (event) => {
      if (!tip.contains(event.relatedTarget as Node | null)) hide();
    });
    layer.append(button);
  }
  layer.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') hide();
  });
  layer.append(tip);
  figure.append(layer);
}
