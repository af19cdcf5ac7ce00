export { LOCALE, formatNumber, formatKm, formatKmRange, formatKmSpan } from './number.ts';
export { formatPartialDate, latestDate } from './date.ts';
export { formatDateSpan, midDay } from './date-span.ts';
export { formatList, formatOrdinal } from './list.ts';
