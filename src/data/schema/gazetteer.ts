/**
 * data/geo/gazetteer.json: the towns of Iraq and Syria a site or crossing may name, extracted
 * from GeoNames by `npm run gazetteer` (src/cli/gazetteer.ts). Generated, never edited by hand.
 */
import { z } from 'zod';
import { LonLat } from './common.ts';

export const GazetteerPlace = z.strictObject({
  name: z.string().min(1).describe('The name as GeoNames gives it, with its transliteration marks.'),
  country: z.string().length(2).describe('ISO 3166-1 alpha-2, as GeoNames codes it.'),
  admin1: z.string().describe('The first-level division (governorate), as GeoNames names it.'),
  lonLat: LonLat.describe('[lon, lat]: the centre of the place, as GeoNames gives it.'),
});

export const GazetteerFile = z.strictObject({
  source: z.strictObject({
    name: z.string(),
    url: z.url(),
    licence: z.string(),
    package: z.string().describe('The npm package and version the extract was made from.'),
    selection: z.string(),
  }),
  countries: z.array(z.string().length(2)).min(1),
  places: z.array(GazetteerPlace).min(1),
});

export type GazetteerPlace = z.infer<typeof GazetteerPlace>;
export type GazetteerFile = z.infer<typeof GazetteerFile>;
