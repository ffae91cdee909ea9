import * as z from 'zod/mini';

/** Reader settings, kept across visits in localStorage. Each field falls back on its own. */
export const READER_FONTS = ['serif', 'sans', 'legible', 'dyslexic'] as const;
export const READER_SIZES = ['small', 'medium', 'large', 'larger'] as const;
export const READER_WIDTHS = ['narrow', 'medium', 'wide'] as const;
export const READER_THEMES = ['system', 'light', 'dark', 'contrast'] as const;

export const readerSettingsSchema = z.object({
  font: z.catch(z.enum(READER_FONTS), 'serif'),
  size: z.catch(z.enum(READER_SIZES), 'medium'),
  width: z.catch(z.enum(READER_WIDTHS), 'medium'),
  theme: z.catch(z.enum(READER_THEMES), 'system'),
});
export type ReaderSettings = z.infer<typeof readerSettingsSchema>;
export type ReaderFont = ReaderSettings['font'];
export type ReaderSize = ReaderSettings['size'];
export type ReaderWidth = ReaderSettings['width'];
export type ReaderTheme = ReaderSettings['theme'];

export const DEFAULT_READER_SETTINGS: ReaderSettings = {
  font: 'serif',
  size: 'medium',
  width: 'medium',
  theme: 'system',
};

export const READER_SETTINGS_STORAGE_KEY = 'broadsheet-reader-settings';

export const FONT_LABELS: Record<ReaderFont, string> = {
  serif: 'Serif',
  sans: 'Sans-serif',
  legible: 'Hyperlegible',
  dyslexic: 'Dyslexia-friendly',
};
export const SIZE_LABELS: Record<ReaderSize, string> = {
  small: 'Small',
  medium: 'Medium',
  large: 'Large',
  larger: 'Larger',
};
export const WIDTH_LABELS: Record<ReaderWidth, string> = {
  narrow: 'Narrow',
  medium: 'Medium',
  wide: 'Wide',
};
export const THEME_LABELS: Record<ReaderTheme, string> = {
  system: 'Same as site',
  light: 'Light',
  dark: 'Dark',
  contrast: 'High contrast',
};

/** Font stacks: the reading serif, the interface sans, and the two legibility faces. */
const FONT_FAMILIES: Record<ReaderFont, string> = {
  serif: "'Newsreader', Georgia, 'Times New Roman', serif",
  sans: "'Inter', ui-sans-serif, system-ui, sans-serif",
  // Atkinson Hyperlegible: letters designed to be told apart, for low vision.
  legible: "'Atkinson Hyperlegible', ui-sans-serif, system-ui, sans-serif",
  // OpenDyslexic: weighted letter bottoms, for some readers with dyslexia.
  dyslexic: "'OpenDyslexic', 'Atkinson Hyperlegible', ui-sans-serif, sans-serif",
};
const FONT_SIZES: Record<ReaderSize, string> = {
  small: '1.0625rem',
  medium: '1.1875rem',
  large: '1.375rem',
  larger: '1.625rem',
};
/** Line lengths in characters: around 60–75 is the comfortable measure. */
const LINE_WIDTHS: Record<ReaderWidth, string> = {
  narrow: '56ch',
  medium: '68ch',
  wide: '84ch',
};

export function readerTextStyle(settings: ReaderSettings) {
  return {
    fontFamily: FONT_FAMILIES[settings.font],
    fontSize: FONT_SIZES[settings.size],
    maxWidth: LINE_WIDTHS[settings.width],
  };
}

export function parseReaderSettings(raw: unknown): ReaderSettings {
  const candidate = typeof raw === 'object' && raw !== null ? raw : {};
  return readerSettingsSchema.parse(candidate);
}

export function readReaderSettings(): ReaderSettings {
  try {
    const stored = window.localStorage.getItem(READER_SETTINGS_STORAGE_KEY);
    return stored ? parseReaderSettings(JSON.parse(stored)) : DEFAULT_READER_SETTINGS;
  } catch {
    // Blocked storage or a corrupt value: start from the defaults.
    return DEFAULT_READER_SETTINGS;
  }
}

export function saveReaderSettings(settings: ReaderSettings): void {
  try {
    window.localStorage.setItem(READER_SETTINGS_STORAGE_KEY, JSON.stringify(settings));
  } catch {
    // Not remembering is acceptable.
  }
}
