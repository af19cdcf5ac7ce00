/**
 * Marks the active step of each scrollytelling section. The active step is the last one whose
 * top has passed the reading line (70% of the way down the viewport), recomputed from positions on
 * every scroll and resize (once per frame), so fast scrolls, anchor jumps and loads in the middle
 * of the page always land on the right step. Before this runs, CSS shows the first state.
 */
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
      const index = activeIndex(section.steps.map((s) => (s.querySelector('.step-text') ?? s).getBoundingClientRect().top), window.innerHeight);
      if (index === section.active) continue;
      section.steps[section.active]?.classList.remove('is-active');
      section.steps[section.active]?.removeAttribute('aria-current');
      section.steps[index]!.classList.add('is-active');
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
  addEventListener('resize', schedule, { passive: true });
  addEventListener('hashchange', schedule);
}
