import { COUNTRY_NAMES } from './countryNameTable';

/**
 * The English name of an ISO 3166-1 alpha-2 code ("JP" -> "Japan"), the code itself when it is
 * none. From a table rather than Intl.DisplayNames: the browser's region names load its locale
 * data on first use, 40 ms of the main thread (160 ms on a slow phone) before a page that
 * names a country can show it. The table holds the names the browser gives.
 */
export function countryName(code: string): string {
  return COUNTRY_NAMES[code.toUpperCase()] ?? code;
}
