/**
 * Marks the active step of each scrollytelling section. The active step is the last one whose
 * top has passed the reading line (70% of the way down the viewport), recomputed from positions on
 * every scroll and resize (once per frame), so fast scrolls, anchor jumps and loads in the middle
 * of the page always land on the right step. Before this runs, CSS shows the first state.
 */
import { clearDetails, showDetails } from './details.ts';

const READING_LINE = 0.7;

export function activeIndex(tops: readonly number[], viewportHeight: number): number {
  let active = 0;
  tops.forEach((top, i) => {
    if (top <= viewportHeight * READING_LINE) active = i;
  });
  return active;
}

export function enhanceScrollies(root: Document = document): void {
  const sections = [...root.querySelectorAll<HTMLElement>('.scrolly')].map((element) => ({
    element,
    steps: [...element.querySelectorAll<HTMLElement>(':scope > .step')],
    active: -1,
  }));
  if (!sections.length) return;

  const update = () => {
    for (const section of sections) {
      // A step is laid out with `display: contents` (no box of its own): measure its text.
      const index = activeIndex(
        section.steps.map((s) => (s.querySelector('.step-text') ?? s).getBoundingClientRect().top),
        window.innerHeight,
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
