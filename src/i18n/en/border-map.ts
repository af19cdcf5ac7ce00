/**
 * Strings of the border-map chart (labels, legends, units, captions, alt text), English.
 * Functions take values already formatted (numbers, dates, names), so this module imports nothing.
 */
export const borderMap = {
  title: 'Iraq’s border with Syria',
  credit: 'Map: Natural Earth 1:10m (public domain); town centres: GeoNames (CC BY 4.0)',
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
    crossing: (name: string, state: string, where: string) => `${name}: ${state}; ${where}`,
    unlocated: (name: string, state: string) => `${name}: ${state}; not on the map, as no source gives its location`,
    ring: 'Dashed ring: position approximate',
    band: 'Band: somewhere on this stretch',
  },
  /** Where a crossing is along the border, as the map, key, table and alt text all say it. */
  where: {
    site: (km: string) => `km ${km}`,
    town: (km: string) => `about km ${km}`,
    region: (from: string, to: string) => `somewhere on km ${from}–${to}`,
    /** A stretch in the phone key, where the band's own entry says "somewhere on this stretch". */
    regionShort: (from: string, to: string) => `km ${from}–${to}`,
  },
  describe: {
    line: (length: string, units: string) =>
      `Map of the Iraq–Syria border, ${length} long as drawn, from the tripoint with Turkey on the Tigris to the ` +
      `tripoint with Jordan, running through ${units} governorates. `,
    /** "1 Faysh Khabur–Semalka, somewhere on km 0–6, the stretch Duhok and Hasakah share". */
    listed: (marked: string, total: string, all: boolean, list: string) =>
      `${all ? `Its ${total} crossings are` : `${marked} of its ${total} crossings are marked,`} numbered north to ` +
      `south: ${list}. `,
    item: (key: string, name: string, where: string) => `${key} ${name}, ${where}`,
    nearTowns: (where: string, towns: string) => `${where}, where the border passes nearest ${towns}`,
    onStretch: (where: string, iraq: string, syria: string) => `${where}, the stretch ${iraq} and ${syria} share`,
    /** How many are placed how: joined into one sentence. */
    sites: (n: string, one: boolean) => `${n} ${one ? 'is' : 'are'} at the position a source gives`,
    towns: (n: string, one: boolean) =>
      `${n} ${one ? 'is' : 'are'} placed approximately, from the towns either side (with a dashed ring)`,
    regions: (n: string, one: boolean) =>
      `${n} ${one ? 'is' : 'are'} known only to lie on the stretch of border two governorates share (a band, ` +
      'its marker ringed at the middle)',
    counts: (parts: string) => `Of these, ${parts}.`,
    unmarked: (names: string, one: boolean) =>
      ` ${names} ${one ? 'is' : 'are'} not marked, because no source we can cite gives ` +
      `${one ? 'its position' : 'their positions'}.`,
    none: (n: string, names: string) =>
      `None of its ${n} crossings is marked, because no source we can cite gives their positions: ${names}.`,
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
    km: { site: (km: string) => `km ${km}`, town: (km: string) => `about km ${km}` },
    kmRun: (from: string, to: string) => `km ${from}–${to}`,
    nearTowns: (towns: string, one: boolean) =>
      `Approximate: where the border passes nearest ${towns} (town ${one ? 'centre' : 'centres'} from GeoNames).`,
    onStretch: (iraq: string, syria: string) =>
      `Somewhere on the stretch of border ${iraq} and ${syria} share; no source we can cite gives its position.`,
    status: (state: string, date: string) => `${state} (${date})`,
    sides: (iraq: string, syria: string) => `${iraq} – ${syria}`,
  },
};
