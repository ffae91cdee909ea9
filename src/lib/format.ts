const MONTHS =
  'January February March April May June July August September October November December'.split(
    ' ',
  );
const WEEKDAYS = 'Sunday Monday Tuesday Wednesday Thursday Friday Saturday'.split(' ');

// Dates are written by hand rather than with Intl.DateTimeFormat: the first Intl formatter
// loads the browser's locale tables, a fifth of a second of a slow phone's first screen.

/** "3 March 2026" from an ISO date or date-time (UTC); empty when unknown or invalid. */
export function formatDate(iso: string): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()] ?? ''} ${date.getUTCFullYear()}`;
}

/** "Monday, 7 December 2026": a local date with its weekday, as the masthead shows today. */
export function formatLongDate(date: Date): string {
  const weekday = WEEKDAYS[date.getDay()] ?? '';
  return `${weekday}, ${date.getDate()} ${MONTHS[date.getMonth()] ?? ''} ${date.getFullYear()}`;
}

/** Article bodies separate paragraphs with newlines; blank lines are not paragraphs. */
export function splitParagraphs(body: string): string[] {
  return body
    .split(/\n+/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph.length > 0);
}
