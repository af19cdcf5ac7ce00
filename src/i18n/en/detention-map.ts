/**
 * Strings of the detention-map chart (labels, legends, units, captions, alt text), English.
 * Functions take values already formatted (numbers, dates, names), so this module imports nothing.
 */
export const detentionMap = {
  title: 'Where the prisons and camps are',
  credit:
    'Map: Natural Earth 1:10m (public domain); town centres: GeoNames (CC BY 4.0); distances measured on ' +
    'Natural Earth’s Iraq–Syria line',
  layers: {
    border: 'Iraq–Syria border',
    connectors: 'Shortest distance from each site to the border',
    sites: 'Prisons and camps, at their sourced point or the centre of their town',
  },
  /** A site's kind, as a word and as a key entry. */
  type: { camp: 'Camp', prison: 'Prison', 'rehabilitation-centre': 'Rehabilitation camp' } as Record<string, string>,
  /** How precise a site's sourced point is (table). */
  precision: {
    site: 'Site coordinates',
    town: 'Town centre',
    region: 'Area only',
    unknown: 'Not known',
  } as Record<string, string>,
  /** What a drawn point stands for, when it is not the site itself: "the centre of Al Hasakah". */
  townCentre: (town: string) => `the centre of ${town}`,
  /** A distance from a town centre, rounded: "about 45 km". */
  about: (km: string) => `about ${km}`,
  /** Who ran a site, in a word: the kinds of controller the data name. */
  controller: {
    sdf: 'SDF',
    government: 'Syrian government',
    iraq: 'Iraqi government',
    none: 'no one',
    unclear: 'unclear',
  } as Record<string, string>,
  /** Distances: "11.7 km to the border", "about 45 km to the border, measured from the centre of Al Hasakah". */
  toBorder: (km: string) => `${km} to the border`,
  toBorderFrom: (km: string, point: string) => `${km} to the border, measured from ${point}`,
  fromPoint: (km: string, point: string) => `${km}, measured from ${point}`,
  /** Who ran it, in a few words (labels, key, alt text). */
  control: {
    handover: (before: string, after: string, date: string) => `${before} → ${after}, ${date}`,
    still: (after: string, date: string) => `${after}, still on ${date}`,
    on: (after: string, date: string) => `${after} on ${date}`,
    noLater: (before: string, date: string) => `${before} in ${date}; no later report`,
    none: 'no report of who runs it',
    lowConfidence: ' (low confidence)',
  },
  /** Lines of a site's label on the map. */
  label: {
    /** A site's name on a phone's map: without the word ("camp", "prison") its symbol's shape says. */
    shortName: (name: string) => name.replace(/\s+(camp|prison)$/i, ''),
    /** The second line under a town-level distance: "from the centre of Al Hasakah". */
    fromPoint: (point: string) => `from ${point}`,
    held: (figure: string, when: string) => `held: ${figure}, ${when}`,
    emptied: (when: string) => `none left on ${when}`,
    before: (figure: string) => `before: ${figure}`,
    when: (when: string) => `(${when})`,
  },
  /** People held, as the latest reports give it (table, labels, story). */
  held: {
    unit: { people: 'people', detainees: 'detainees', families: 'families' } as Record<string, string>,
    notReported: 'not reported',
    noneLeft: 'none left',
    quoted: (wording: string) => `“${wording}”`,
    /** "hundreds of detainees": a source's words for a number it did not give. */
    wordsOf: (words: string, unit: string) => `${words} of ${unit}`,
    /** Any other wording, quoted as the source gave it: "“several hundred”" (detainees). */
    quotedUnit: (words: string, unit: string) => `“${words}” (${unit})`,
    /** Source words that read as a quantity before "of detainees". */
    quantityWords: ['dozens', 'hundreds', 'thousands'],
    figure: (figure: string, unit: string) => `${figure} ${unit}`,
    combinedWith: (names: string) => `, for this site together with ${names}`,
    claim: (what: string, combined: string, claimant: string, date: string) =>
      `${what}${combined} (${claimant}, ${date})`,
    togetherWith: (text: string, names: string) => `${text} together with ${names}`,
    later: (claim: string) => `later, ${claim}`,
  },
  escapes: {
    count: (n: number, formatted: string) => (n === 1 ? 'one claim' : `${formatted} claims`),
    range: (count: string, low: string, high: string, unit: string, when: string) =>
      `${count}, ${low} to ${high} ${unit} (${when})`,
    only: (count: string, when: string) => `${count} (${when})`,
    claim: (what: string, claimant: string, date: string, low: boolean) =>
      `${what} (${claimant}, ${date}${low ? '; low confidence' : ''})`,
  },
  legend: {
    border: 'Iraq–Syria border',
    ring: 'Dashed ring: drawn at the centre of the town the sources name',
    connector: 'Dotted line: shortest distance to the border',
    /** The ring's and the dotted line's words on a phone, each beside its sample. */
    ringShort: 'At a town centre',
    connectorShort: 'Shortest line to the border',
    fill: {
      sdf: 'Solid: SDF',
      government: 'Hatched: Syrian government',
      iraq: 'Blue: Iraqi government',
      'no-report': 'White: not clear',
    } as Record<string, string>,
    runBy: 'Run by, at the latest report:',
    whoRan: (name: string) => `${name}, who ran it:`,
    step: (date: string, controller: string, low: boolean) => `${date}: ${controller}${low ? ' (low confidence)' : ''}`,
    unlocated: 'Not on the map, as no source places it in a town or at a point:',
    areaOnly: (place: string) => `area only: ${place}`,
    inIraq: 'in Iraq',
    placeNotReported: 'place not reported',
    mayBe: (name: string) => `may be ${name}`,
    /** An unlocated site in the list: its name, then where and who, as the state shows them. */
    entry: (name: string, where: string | null, control: string | null) =>
      `${name}${where ? ` (${where})` : ''}${control ? `: ${control}` : ''}`,
  },
  /** The description and alt text of each step. */
  describe: (drawn: string, total: string, how: string, sites: string, others: string | null) =>
    `Map of north-east Syria and northern Iraq. ${drawn} of ${total} prisons and camps are drawn, ${how}: ${sites}.` +
    (others ? ` ${others}` : ''),
  /** How the drawn sites are placed: "at the centre of the town the sources name". */
  drawnHow: (site: number, town: number, formattedSite: string, formattedTown: string) =>
    town === 0
      ? 'each at its sourced coordinates'
      : site === 0
        ? 'each at the centre of the town the sources name, as no source gives a site’s own coordinates'
        : `${formattedSite} at sourced coordinates and ${formattedTown} at the centre of the town the sources name`,
  /** The sites not drawn: "The other one, Al-Kasra prison, is placed only in an area and is listed below the map." */
  notDrawn: (n: number, formatted: string, names: string) =>
    `The other ${n === 1 ? 'one' : formatted}, ${names}, ${n === 1 ? 'is' : 'are'} not placed at a point or in a ` +
    `town and ${n === 1 ? 'is' : 'are'} listed below the map.`,
  nameAndDistance: (name: string, distance: string) => `${name}, ${distance}`,
  alt: {
    noneDrawn: 'The map marks no site: no source we can cite gives coordinates for any.',
    drawn: (n: number, formatted: string, how: string, sites: string) =>
      `The map marks ${n === 1 ? 'one site' : `${formatted} sites`}, ${how}, with ` +
      `${n === 1 ? 'its' : 'each one’s'} distance to the Iraqi border: ${sites}.`,
    unlocated: (marked: string, others: string | null) => `${marked}${others ? ` ${others}` : ''}`,
    control: (handover: string, sites: string) => `Who ran each site before and after ${handover}: ${sites}.`,
    focusMissing: (name: string) => `The map would single out ${name}, but the data no longer list it.`,
    focus: (name: string, distance: string | null, steps: string, held: string) =>
      `The map singles out ${name}${distance ? `, ${distance}` : ''}. Control after the SDF: ${steps}.${held}`,
    focusStep: (date: string, controller: string) => `${date}, ${controller}`,
    emptied: (before: string | null, when: string | null, emptiedOn: string) =>
      ` It held ${before ?? 'an unreported number'} in ${when ?? 'its last reports'}, and none on ${emptiedOn}.`,
    latest: (held: string, when: string) => ` Latest reports: ${held} (${when}).`,
  },
  table: {
    caption: (handover: string, located: string) =>
      'Prisons and camps holding people linked to the Islamic State group in north-east Syria, and the camp in ' +
      `Iraq that receives Iraqis from al-Hol: what each held at the latest reports, who ran it before and after ` +
      `${handover}, and its distance to the Iraqi border, measured on this site's map from the point drawn: the ` +
      `site's sourced coordinates, or else the centre of the town the sources name (${located} sites are drawn)`,
    columns: {
      name: 'Site',
      type: 'Type',
      held: 'People held (latest reports)',
      before: (handover: string) => `Run by, before ${handover}`,
      after: 'Run by, latest report',
      km: 'km to the Iraqi border',
      location: 'Location (how precise)',
      escapes: 'Escapes reported',
    },
    sameAs: (name: string) => `May be the same facility as ${name}.`,
    also: (names: string) => `Also: ${names}.`,
    beforeThat: (text: string, when: string, claims: string) => `Before that: ${text} (${when}): ${claims}`,
    heldAsOf: (text: string, combined: boolean, reports: string | null, when: string) =>
      `${text} (${combined ? 'one count for both, ' : ''}${reports ? `${reports} reports, ` : ''}${when})`,
    emptied: (when: string, before: string | null) => `none left (${when}); before that ${before ?? 'no figure'}`,
    run: (controller: string, date: string) => `${controller} (${date})`,
    step: (date: string, controller: string, low: boolean, summary: string) =>
      `${date}: ${controller}${low ? ' (low confidence)' : ''}. ${summary}`,
    notReported: 'not reported',
    noReportSince: 'no report since',
    notKnown: 'not known',
    noCoordinates: 'No source places it at a point or in a town, so no distance can be measured.',
    gazetteer: (name: string, admin1: string) => `Town centre from GeoNames: ${name}, ${admin1}.`,
    location: (precision: string, place: string | undefined, low: boolean) =>
      `${precision}${place ? `: ${place}` : ''}${low ? ' (low confidence)' : ''}`,
    noEscapes: 'none reported',
  },
};
