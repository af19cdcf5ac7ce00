/**
 * Looking a town up in the gazetteer (data/geo/gazetteer.json, from GeoNames). Editors write a
 * town as they would in prose, "Al Hasakah" or "al-Hasakah"; the lookup ignores case,
 * transliteration marks, apostrophes and hyphens. A name it cannot resolve to exactly one place
 * is an error that lists the nearest names, so that the editor can pick one.
 */
import type { GazetteerFile, GazetteerPlace } from './schema/gazetteer.ts';

/** The GeoNames country code (ISO 3166-1 alpha-2) of a country the data name by alpha-3. */
export const ALPHA2: Record<string, string> = { IRQ: 'IQ', SYR: 'SY' };

/** A gazetteer name without its transliteration marks, as readers see it: "Al Ḩasakah" → "Al Hasakah". */
export const plainName = (name: string) =>
  name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[‘’'`ʿʾ]/g, '')
    .normalize('NFC');

/** A name reduced to what the lookup compares: "Al Ḩasakah", "al-Hasakah" → "al hasakah". */
export function nameKey(name: string): string {
  return plainName(name)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Without the Arabic article, which transliterations attach, assimilate or drop: "ash shaddadah" → "shaddadah". */
const bare = (key: string) => key.replace(/^(?:a[lnrstdz]|as[hs]?|ad|adh|az|ath|el) /, '');

export type Lookup =
  | { ok: true; place: GazetteerPlace }
  | { ok: false; reason: 'missing' | 'ambiguous'; candidates: GazetteerPlace[] };

/** Edit distance between two keys (Levenshtein), for the hint when a name is not found. */
function distance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++)
      next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length]!;
}

/** How many near names a failed lookup offers. */
export const NEAREST = 5;

/**
 * The one place of that name in the given countries (alpha-2). Missing: the nearest names
 * (by edit distance, article aside); ambiguous: every place of that name.
 */
export function lookupTown(gazetteer: GazetteerFile, name: string, countries: readonly string[]): Lookup {
  const within = gazetteer.places.filter((p) => countries.includes(p.country));
  const key = nameKey(name);
  const exact = within.filter((p) => nameKey(p.name) === key);
  if (exact.length === 1) return { ok: true, place: exact[0]! };
  if (exact.length > 1) return { ok: false, reason: 'ambiguous', candidates: exact };
  // Transliterations double letters or not ("Shaddadah", "Shadadi"): compared without doubles.
  const fuzzy = (k: string) => bare(k).replace(/(.)\1+/g, '$1');
  const prefix = (a: string, b: string) => {
    let i = 0;
    while (i < a.length && a[i] === b[i]) i++;
    return i;
  };
  const scored = within
    .map((place) => {
      const other = nameKey(place.name);
      return {
        place,
        score: Math.min(distance(key, other), distance(fuzzy(key), fuzzy(other))),
        // Ties go to the name that starts the same way: editors get the start right.
        shared: prefix(fuzzy(key), fuzzy(other)),
      };
    })
    .sort((a, b) => a.score - b.score || b.shared - a.shared || a.place.name.localeCompare(b.place.name, 'en'));
  return { ok: false, reason: 'missing', candidates: scored.slice(0, NEAREST).map((s) => s.place) };
}

/** "Al Ḩasakah (SY, Al-Hasakah)": a place as a failed lookup's hint lists it. */
export const describePlace = (p: GazetteerPlace) => `${p.name} (${p.country}, ${p.admin1})`;
