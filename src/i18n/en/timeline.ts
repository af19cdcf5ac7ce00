/** Strings of the timeline chart (labels, legends, units, captions, alt text), English. */
export const timeline = {
  /** "January–February 2026, day by day": the months the chart draws. */
  title: (months: string) => `${months}, day by day`,
  credit: 'Chart: events as reported by the sources cited; lanes grouped by kind of event',
  /** Each lane: its heading, and its name in a sentence. */
  lane: {
    fighting: { label: 'Fighting in Syria', name: 'fighting in Syria' },
    prisons: { label: 'Prisons and camps', name: 'prisons and camps' },
    iraq: { label: 'Iraq', name: 'Iraq' },
    transfers: { label: 'Transfers and deals', name: 'transfers and deals' },
    us: { label: 'US-led coalition', name: 'US-led coalition' },
    other: { label: 'Other', name: 'other' },
  } as Record<string, { label: string; name: string }>,
  /** What each story state is about. */
  step: {
    fighting: 'The fighting and the first ceasefire',
    prisons: 'The prisons and camps change hands',
    iraq: "Iraq's response",
    transfers: 'Detainees moved to Iraq, and the deals',
    coalition: 'The US-led coalition',
    february: 'February',
  } as Record<string, string>,
  /** Above the day axis; on a phone a step's caption is shorter, to fit on one line. */
  caption: (step: boolean, narrow: boolean) =>
    !step
      ? 'Each dot is one event, on its day.'
      : narrow
        ? 'Each dot is one event; those listed stand out.'
        : 'Each dot is one event, on its day; the ones listed below stand out.',
  dayNotGiven: 'day not given',
  /** Under a month's dashed span: "Jan: 1 event, day not given". */
  spanLabel: (month: string, count: string) => `${month}: ${count} event, day not given`,
  confidence: { medium: 'medium confidence', low: 'low confidence' } as Record<string, string>,
  /** An event's title with what the reader must know about it: "… (day not given; low confidence)". */
  tagged: (title: string, tags: string[]) => (tags.length ? `${title} (${tags.join('; ')})` : title),
  quote: (text: string, speaker: string) => `“${text}” — ${speaker}`,
  /** "January (day not given)": an event's date in prose when only the month is known. */
  monthOnly: (month: string) => `${month} (day not given)`,
  describe: (
    count: string,
    from: string,
    to: string,
    lanes: string,
    names: string,
    busiest: string,
    busiestCount: string,
  ) =>
    `Timeline of ${count} events from ${from} to ${to}, in ${lanes} lanes: ${names}. The busiest day is ${busiest}, ` +
    `with ${busiestCount} events.`,
  describeMonthOnly: (count: string, one: boolean) =>
    ` ${count} ${one ? 'event is' : 'events are'} dated to the month only and drawn across it.`,
  describeLower: (count: string, one: boolean) =>
    ` ${count} ${one ? 'event is' : 'events are'} reported with less than high confidence and drawn hollow.`,
  alt: {
    allLanes: 'in all lanes',
    oneLane: (lane: string) => `in the lane “${lane}”`,
    lanes: (lanes: string) => `in the lanes ${lanes}`,
    /** "“Fighting in Syria”", a lane's heading quoted in prose. */
    quoted: (label: string) => `“${label}”`,
    count: (count: string, one: boolean) => `${count} ${one ? 'event' : 'events'}`,
    item: (date: string, title: string, quote?: string, confidence?: string) =>
      `${date}, ${title}${quote ? ` (${quote})` : ''}${confidence ? ` (${confidence})` : ''}`,
    quote: (speaker: string, text: string) => `${speaker}: “${text}”`,
    step: (name: string, days: string, count: string, where: string, items: string) =>
      `${name}, ${days}: the day axis highlights ${count} ${where}, and the list below it names them: ${items}.`,
  },
  table: {
    caption: (count: string, months: string) => `${count} events of ${months}, in date order`,
    event: 'Event',
    lane: 'Lane',
    quote: 'Quote',
    quoted: (text: string) => `“${text}”`,
    speaker: (speaker: string, role: string) => `${speaker}, ${role}`,
    hollow: 'Drawn as a hollow, dashed dot.',
  },
};
