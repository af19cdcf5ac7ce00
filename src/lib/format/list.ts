/** Lists and ordinals as the edition's language writes them, through Intl with its locale. */
import { t } from '../../i18n/index.ts';
import { formatNumber, LOCALE } from './number.ts';

/** "A, B and C". */
export function formatList(items: readonly string[], locale: string = LOCALE): string {
  return new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(items);
}

/** "1st", "2nd", "3rd": the number through Intl, its suffix by Intl's ordinal plural rules. */
export function formatOrdinal(n: number, locale: string = LOCALE): string {
  return t.ordinal(formatNumber(n, { locale }), new Intl.PluralRules(locale, { type: 'ordinal' }).select(n));
}
