/** Calendar words: capitalised in text, never names. Lower case. */

/** Month names. */
export const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/** Abbreviated month names ("Jan.", "Sept."). */
export const MONTH_ABBREVIATIONS = [
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
];

/** Days of the week. */
export const WEEKDAYS = [
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
];

/** Months and weekdays: capitalised, never names. */
export const CALENDAR_WORDS = new Set([...MONTHS, ...MONTH_ABBREVIATIONS, ...WEEKDAYS]);
