/**
 * Strings of the layered-defense chart (labels, legends, units, captions, alt text), English.
 * Functions take values already formatted (numbers, dates, names), so this module imports nothing.
 */
export const layeredDefense = {
  title: 'Three lines, one border',
  credit:
    'Chart: border line and governorates from Natural Earth 1:10m; town centres placing crossings from ' +
    'GeoNames (CC BY 4.0); lines of defence and barrier schematic, from the sources listed',
  stateWord: { open: 'open', closed: 'closed', limited: 'limited opening' } as Record<string, string>,
  /** A confidence level the data give, as a word. */
  confidence: { high: 'high', medium: 'medium', low: 'low' } as Record<string, string>,
  confidenceOf: (level: string) => `${level} confidence`,
  /** A region the data name (Natural Earth's `region`), as readers know it. */
  region: { Kurdistan: 'Kurdistan Region' } as Record<string, string>,
  /** The two sides of the strip: the governorates' country, as an adjective. */
  side: { SYR: 'Syrian', IRQ: 'Iraqi' } as Record<string, string>,
  /** "km 120", and a run "km 120–180". */
  km: (n: string) => `km ${n}`,
  kmRun: (from: string, to: string) => `km ${from}–${to}`,
  /** Where a crossing is, as precisely as its sources allow: a sourced point, one placed from towns, a stretch. */
  crossingKm: {
    site: (km: string) => `km ${km}`,
    town: (km: string) => `about km ${km}`,
    region: (from: string, to: string) => `somewhere on km ${from}–${to}`,
  },
  /** Reported sizes: "3 m", "about 3 m wide". */
  metres: (n: string) => `${n}\u00a0m`,
  units: { m: 'm', km: 'km', items: '', hours: 'hours' } as Record<string, string>,
  measure: {
    height: 'Height',
    width: 'Width',
    depth: 'Depth',
    length: 'Length',
    range: 'Range',
    count: 'Count',
    endurance: 'Endurance',
  } as Record<string, string>,
  river: {
    crosses: (name: string, at: string) => `the ${name} crosses it at ${at}`,
    dry: (name: string) => `the ${name} does not cross the line as drawn`,
  },
  layers: {
    rows: (syria: string, iraq: string) => `Governorates along the border: ${syria} above the line, ${iraq} below`,
    marks: (river: string) => `Crossings and the ${river}, at their km along the border`,
    lines: 'Lines of defence on the Iraqi side, schematic: first line nearest the border',
    barrier: 'Cross-section of the barrier, schematic and not to scale',
  },
  strip: {
    axis: (turkey: string, jordan: string) =>
      `Kilometres along the border as drawn, from the ${turkey} (0) to the ${jordan}`,
    /** The same on a phone, in fewer words. */
    axisShort: 'Kilometres along the border as drawn, from the Turkish tripoint (0) to the Jordanian one',
    callout: (name: string, region: string | null, run: string) => `${name}${region ? ` (${region})` : ''}: ${run}`,
    unplaced: (names: string, n: number) =>
      `Not placed: ${names} ${n > 1 ? 'crossings' : 'crossing'}, ` +
      `as no source gives ${n > 1 ? 'their positions' : 'its position'}.`,
    /** Under the strip, when any crossing is not at a sourced point. */
    approximate: (ring: boolean, band: boolean) =>
      [
        ring ? 'Dashed ring: crossing placed approximately, from the towns either side or a stretch’s middle.' : '',
        band ? 'Shaded band: the stretch of border a crossing lies somewhere on.' : '',
      ]
        .filter(Boolean)
        .join(' '),
    band: (ordinal: string, name: string) => `${ordinal} line: ${name}`,
    peshmerga: (heldBy: string, name: string, runs: string, length: string) =>
      `${heldBy}: ${name}, ${runs} (${length} on this map)`,
    bracket: (length: string, stretch: string, claimant: string, date: string) =>
      `Reported, not measured: ${length} ${stretch} (${claimant}, ${date})`,
    note: (confidence: string | null) =>
      'Schematic: the distances between the lines are not known, so they are drawn evenly spaced. ' +
      `Order of the lines as reported${confidence ? ` (${confidence})` : ''}.`,
  },
  barrier: {
    title: 'Cross-section of the barrier: schematic, not to scale',
    /** The same on one line of a phone. */
    titleShort: 'Barrier cross-section: schematic, not to scale',
    /** A numbered part: "5 Wall". */
    part: (order: string, name: string) => `${order} ${name}`,
    wideAndDeep: 'wide and deep',
    wide: 'wide',
    deep: 'deep',
    high: 'high',
    sized: (size: string, word: string) => `${size} ${word}`,
    sizedWhen: (size: string, word: string, dates: string) => `${size} ${word} (${dates})`,
    /** "trench about 3 m wide and deep (2025)": one part's reported sizes; `or`: alternatives. */
    sizes: (name: string, sizes: string) => `${name} ${sizes}`,
    and: ' and ',
    or: ' or ',
    sizeNote: (parts: string) => `Reported sizes: ${parts}. Other sizes are not reported.`,
    orderNote: (last: string) =>
      `Layers 1–${last} are numbered in the order a Border Guards commander listed them; ` +
      'no source says this is their order on the ground.',
    lowNote: (names: string) => `Dashed: ${names}, low confidence.`,
  },
  describeParts: {
    strip: (length: string, placed: string, total: string, river: string) =>
      `The Iraq–Syria border unrolled as a ${length} strip from the Turkish tripoint to the Jordanian one, ` +
      `with the governorates on each side; ${placed} of ${total} crossings are drawn, as precisely as the sources ` +
      `allow, and ${river}. `,
    lines: (names: string, n: string) =>
      `On the Iraqi side, ${names} are drawn as ${n} evenly spaced schematic lines, because the distances between ` +
      'them are not known',
    peshmerga: (heldBy: string, length: string, name: string, reported: string) =>
      `; the ${heldBy} hold the ${length} ${name} stretch, part of a section officials put at ${reported}. `,
    noReported: 'no reported length',
    barrier: (n: string) =>
      `A cross-section, not to scale, shows the ${n} barrier layers and the surveillance behind them.`,
  },
  alt: {
    strip: (length: string, syria: string, iraq: string) =>
      `The border unrolled as a straight strip, ${length} from the Turkish tripoint to the Jordanian one. ` +
      `Syria's ${syria} lie above the line and Iraq's ${iraq} below it. `,
    crossings: (list: string, river: string) => `Crossings: ${list}; ${river}.`,
    crossingAt: (name: string, km: string) => `${name} at ${km}`,
    crossingOn: (name: string, stretch: string) => `${name} ${stretch}`,
    /** How the crossings not at a sourced point are drawn. */
    placing: (ring: boolean, band: boolean) =>
      ' ' +
      [
        ring ? 'Crossings placed only approximately are ringed.' : '',
        band ? 'A shaded band marks the stretch of border a crossing is known only to lie on.' : '',
      ]
        .filter(Boolean)
        .join(' '),
    riverOnly: (river: string) => `${river}.`,
    unplaced: (names: string, n: number) =>
      ` ${names} ${n > 1 ? 'are' : 'is'} not placed, as no source we can cite gives ` +
      `${n > 1 ? 'their positions' : 'its position'}.`,
    lines: (n: string, list: string) =>
      `${n} bands below the Iraqi side show the lines of defence, from the border inwards: ${list}. ` +
      'They are evenly spaced because no source gives the distances between them.',
    lineItem: (ordinal: string, name: string) => `${ordinal} ${name}`,
    peshmerga: (heldBy: string, name: string, length: string, reported: string) =>
      ` The ${heldBy} hold the ${name} stretch, ${length} of the line as drawn. ` +
      `A dashed bracket shows what officials report for a longer stretch, ${reported}.`,
    reported: (stretch: string, length: string) => `${stretch}: ${length}`,
    barrier: (n: string, layers: string, surveillance: string) =>
      `A cross-section, schematic and not to scale, of the ${n} barrier layers in the order officials list them: ` +
      `${layers}; then ${surveillance}. The trench and the wall are labelled with their reported sizes.`,
  },
  table: {
    caption: (length: string) =>
      `The border strip, north to south (km from the Turkish tripoint along the ${length} line as drawn), the ` +
      "lines of defence, the Peshmerga sector and the barrier's components",
    columns: { item: 'Item', part: 'What', where: 'Where', detail: 'Details' },
    governorate: (side: string) => `${side} governorate`,
    ofLine: (length: string) => `${length} of the line as drawn`,
    ofLineComputed: (length: string) => `${length} of the line as drawn, computed.`,
    governorateNote: 'Computed from the Natural Earth 1:10m admin-1 outlines, to about 1 km.',
    crossing: 'Crossing',
    notPlaced: 'not placed',
    nearTowns: (towns: string, one: boolean) =>
      `Approximate: where the border passes nearest ${towns} (town ${one ? 'centre' : 'centres'} from GeoNames).`,
    onStretch: (iraq: string, syria: string) =>
      `Somewhere on the stretch of border ${iraq} and ${syria} share; no source we can cite gives its position.`,
    status: (state: string, date: string) => `${state} (${date})`,
    river: 'River',
    riverWhere: 'Where the river crosses the border line',
    riverNote: 'Computed: the intersection of the Natural Earth 1:10m river and border lines.',
    riverNotFound: 'not found',
    riverDry: 'The river line does not cross the border line in the map data',
    line: (ordinal: string) => `${ordinal} line of defence`,
    lineWhere: 'distance from the border not known',
    lineDetail: (role: string, ministry: string | undefined, confidence: string) =>
      `${role}${ministry ? ` Answers to the ${ministry}.` : ''} ${confidence}.`,
    sector: 'Sector',
    sectorItem: (name: string, heldBy: string) => `${name}: ${heldBy}`,
    reportedLength: 'Reported length',
    reported: (length: string) => `${length} (reported)`,
    claim: (claimant: string, date: string) => `${claimant}, ${date}.`,
    barrierLayer: 'Barrier layer',
    surveillance: 'Surveillance',
    alongBorder: 'along the border',
    dimension: (what: string, value: string, claimant: string, date: string, confidence: string | null) =>
      `${what}: ${value} (${claimant}, ${date}${confidence ? `; ${confidence}` : ''})`,
  },
};
