export { LOCALE, formatNumber, formatKm, formatKmRange, formatKmSpan } from './number.ts';
export { formatPartialDate, latestDate } from './date.ts';
