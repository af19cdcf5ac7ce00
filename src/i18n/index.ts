/** The edition being built. One edition per build for now; the Arabic one will select ar.ts here. */
import { en, type Strings } from './en.ts';

export const t: Strings = en;
export type { Strings };
