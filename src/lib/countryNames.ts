/** English country names from ISO 3166-1 alpha-2 codes, through the browser's own tables. */
let displayNames: Intl.DisplayNames | null | undefined;

export function countryName(code: string): string {
  if (displayNames === undefined) {
    try {
      displayNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' });
    } catch {
      displayNames = null;
    }
  }
  try {
    return displayNames?.of(code.toUpperCase()) ?? code;
  } catch {
    // Not a valid region code: show it as it is.
    return code;
  }
}
