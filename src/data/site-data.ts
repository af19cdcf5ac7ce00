/**
 * The type of everything in data/, validated: what src/data/validate.ts returns and what the
 * checks across files, the derived facts, the charts and the story read. A module of its own so
 * that those readers do not import the validator (which imports the checks: a cycle).
 */
import type { Topology } from 'topojson-specification';
import type { z } from 'zod';
import type { BorderFile } from './schema/border.ts';
import type { CorrectionsFile } from './schema/corrections.ts';
import type { CrossingsFile } from './schema/crossings.ts';
import type { GazetteerFile } from './schema/gazetteer.ts';
import type { eventsFile } from './schema/events.ts';
import type { fortificationsFile } from './schema/fortifications.ts';
import type { PublishersFile } from './schema/publishers.ts';
import type { sectorsFile } from './schema/sectors.ts';
import type { seriesFile } from './schema/series.ts';
import type { sitesFile } from './schema/sites.ts';
import type { SourcesFile } from './schema/sources.ts';

/** Everything in data/, validated and typed. */
export interface SiteData {
  publishers: PublishersFile;
  sources: SourcesFile;
  border: BorderFile;
  crossings: CrossingsFile;
  sectors: z.infer<ReturnType<typeof sectorsFile>>;
  fortifications: z.infer<ReturnType<typeof fortificationsFile>>;
  sites: z.infer<ReturnType<typeof sitesFile>>;
  events: z.infer<ReturnType<typeof eventsFile>>;
  alHolPopulation: z.infer<ReturnType<typeof seriesFile>>;
  detaineesHeld: z.infer<ReturnType<typeof seriesFile>>;
  repatriations: z.infer<ReturnType<typeof seriesFile>>;
  transfers2026: z.infer<ReturnType<typeof seriesFile>>;
  corrections: CorrectionsFile;
  basemap: Topology;
  borderGeometry: Topology;
  /** Towns of Iraq and Syria from GeoNames (data/geo/gazetteer.json), for town-level points. */
  gazetteer: GazetteerFile;
}
