/**
 * Marks the active step of each scrollytelling section. The active step is the last one whose
 * top has passed the reading line, recomputed from positions on every scroll and resize (once per
 * frame), so fast scrolls, anchor jumps and loads in the middle of the page always land on the
 * right step. Before this runs, CSS shows the first state.
 *
 * Where the text runs beside the graphic (desktop) the line is 70% of the way down the viewport.
 * Where the graphic is pinned above the text (phones), it is halfway down the space left beneath
 * the graphic: a step takes over once half a screen's worth of its text shows, by which time the
 * previous step's text has slid under the graphic.
 */
import { clearDetails, showDetails } from './details.ts';

const BESIDE = 0.7;

/** Where a step must reach to become active, px from the viewport's top. */
export function readingLine(viewportHeight: number, graphicBottom: number | null): number {
  if (graphicBottom === null) return viewportHeight * BESIDE;
  const top = Math.max(0, graphicBottom);
  return top + (viewportHeight - top) / 2;
}

export function activeIndex(tops: readonly number[], line: number): number {
  let active = 0;
  tops.forEach((top, i) => {
    if (top <= line) active = i;
  });
  return active;
}

/** The bottom of a section's graphic when it is pinned above the text, or null when it is beside it. */
function graphicBottom(figures: readonly HTMLElement[], text: HTMLElement): number | null {
  const t = text.getBoundingClientRect();
  const boxes = figures.map((f) => f.getBoundingClientRect());
  const above = boxes.some((f) => f.left < t.right && t.left < f.right);
  return above ? Math.max(...boxes.map((f) => f.bottom)) : null;
}

export function enhanceScrollies(root: Document = document): void {
  const sections = [...root.querySelectorAll<HTMLElement>('.scrolly')].map((element) => ({
    element,
    steps: [...element.querySelectorAll<HTMLElement>(':scope > .step')],
    figures: [...element.querySelectorAll<HTMLElement>(':scope > .step > .step-figure')],
    active: -1,
  }));
  if (!sections.length) return;

  const update = () => {
    for (const section of sections) {
      // A step is laid out with `display: contents` (no box of its own): measure its text.
      const texts = section.steps.map((s) => s.querySelector<HTMLElement>('.step-text') ?? s);
      const line = readingLine(window.innerHeight, graphicBottom(section.figures, texts[0]!));
      const index = activeIndex(
        texts.map((t) => t.getBoundingClientRect().top),
        line,
      );
      if (index === section.active) continue;
      section.steps[section.active]?.classList.remove('is-active');
      section.steps[section.active]?.removeAttribute('aria-current');
      section.steps[index]!.classList.add('is-active');
      // Details on demand follow the active state.
      const previous = section.steps[section.active]?.querySelector<HTMLElement>('.step-figure');
      if (previous) clearDetails(previous);
      const figure = section.steps[index]!.querySelector<HTMLElement>('.step-figure');
      if (figure) showDetails(figure, `${section.element.dataset.chart}-table`);
      section.steps[index]!.setAttribute('aria-current', 'step');
      section.element.dataset.active = section.steps[index]!.dataset.state;
      section.active = index;
    }
  };

  let queued = false;
  const schedule = () => {
    if (queued) return;
    queued = true;
    requestAnimationFrame(() => {
      queued = false;
      update();
    });
  };
  for (const section of sections) section.element.classList.add('is-live');
  update();
  addEventListener('scroll', schedule, { passive: true });
  addEventListener(
    'resize',
    () => {
      // Marks move with the layout: lay the detail buttons again over the active states.
      for (const section of sections) section.active = -1;
      schedule();
    },
    { passive: true },
  );
  addEventListener('hashchange', schedule);
}
