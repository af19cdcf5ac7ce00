/**
 * Strings of the border-map chart (labels, legends, units, captions, alt text), English.
 * Functions take values already formatted (numbers, dates, names), so this module imports nothing.
 */
export const borderMap = {
  title: 'Iraq’s border with Syria',
  credit: 'Map: Natural Earth 1:10m (public domain)',
  /** A crossing's state: in the table, and in running text. */
  stateLabel: { open: 'Open', closed: 'Closed', limited: 'Limited opening' } as Record<string, string>,
  stateWord: { open: 'open', closed: 'closed', limited: 'limited opening' } as Record<string, string>,
  /** A region the data name (Natural Earth's `region`), as readers know it. */
  region: { Kurdistan: 'Kurdistan Region' } as Record<string, string>,
  /** A stretch named by its region and the governorates in it: "Kurdistan Region (Duhok)". */
  stretchInRegion: (region: string, units: string) => `${region} (${units})`,
  layers: {
    border: (length: string) => `Iraq–Syria border, ${length} as drawn`,
    tripoints: 'Tripoints at the ends of the border',
    crossings: 'Crossings, numbered north to south',
  },
  legend: {
    border: (length: string) => `Iraq–Syria border, ${length} as drawn`,
    stretch: (name: string, length: string) => `${name}: ${length} of it`,
    crossing: (name: string, state: string) => `${name}: ${state}`,
    unlocated: (name: string, state: string) => `${name}: ${state}; not on the map, as no source gives its location`,
  },
  describe: {
    line: (length: string, units: string) =>
      `Map of the Iraq–Syria border, ${length} long as drawn, from the tripoint with Turkey on the Tigris to the ` +
      `tripoint with Jordan, running through ${units} governorates. `,
    all: (n: string) => `All ${n} of its crossings are marked.`,
    none: (n: string, names: string) =>
      `None of its ${n} crossings is marked, because no source we can cite gives their positions: ${names}.`,
    some: (marked: string, n: string, names: string, one: boolean) =>
      `${marked} of its ${n} crossings are marked; ${names} ${one ? 'is' : 'are'} not, because no source we can ` +
      `cite gives ${one ? 'its position' : 'their positions'}.`,
  },
  alt: {
    whole: (length: string) =>
      `The border, ${length} long as drawn, runs from the tripoint with Turkey on the Tigris, first south and then ` +
      'south-west, to the tripoint with Jordan.',
    stretch: (name: string, from: string, to: string, length: string, total: string) =>
      `The map highlights the stretch of the border in ${name}: from km ${from} to km ${to} counted from the ` +
      `Turkish tripoint, ${length} of the ${total} line as drawn.`,
  },
  table: {
    caption: (length: string) =>
      'Crossings on the Iraq–Syria border, north to south, with their distance along the border from the ' +
      `Turkish tripoint (computed from the ${length} line as drawn)`,
    columns: { name: 'Crossing', key: 'On map', km: 'km from Turkish tripoint', status: 'Status' },
    key: (n: string) => `No. ${n}`,
    notShown: 'not shown',
    notKnown: 'not known',
    status: (state: string, date: string) => `${state} (${date})`,
    sides: (iraq: string, syria: string) => `${iraq} – ${syria}`,
  },
};
