/** Numbers as readers see them. All go through Intl so an Arabic edition only swaps the locale. */
import { t } from '../../i18n/index.ts';

/** The edition's locale (src/i18n): every number and date goes through Intl with it. */
export const LOCALE = t.locale;

export function formatNumber(value: number, options: { digits?: number; locale?: string } = {}): string {
  const digits = options.digits ?? 0;
  return new Intl.NumberFormat(options.locale ?? LOCALE, {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(value);
}

/** "599 km"; `digits` for computed values that deserve a decimal. */
export function formatKm(value: number, options: { digits?: number; locale?: string } = {}): string {
  return `${formatNumber(value, options)}\u00a0km`;
}

/** "599–620 km": an en dash and one unit for a range; a single value when both ends agree. */
export function formatKmRange(min: number, max: number, locale?: string): string {
  return min === max ? formatKm(min, { locale }) : `${formatNumber(min, { locale })}–${formatKm(max, { locale })}`;
}

/** "599 to 620 km", for prose after "from"; a single value when both ends agree. */
export function formatKmSpan(min: number, max: number, locale?: string): string {
  return min === max ? formatKm(min, { locale }) : `${formatNumber(min, { locale })} to ${formatKm(max, { locale })}`;
}
