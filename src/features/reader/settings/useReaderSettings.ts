import { useCallback, useState } from 'react';
import { readReaderSettings, saveReaderSettings, type ReaderSettings } from './readerSettings';

/** The reader settings, remembered across visits. */
export function useReaderSettings() {
  const [settings, setSettings] = useState<ReaderSettings>(readReaderSettings);
  const update = useCallback((change: Partial<ReaderSettings>) => {
    setSettings((current) => {
      const next = { ...current, ...change };
      saveReaderSettings(next);
      return next;
    });
  }, []);
  return { settings, update };
}

/** Classes of the reading surface for a theme; "system" follows the site's own theme. */
export function readerThemeClass(theme: ReaderSettings['theme']): string {
  switch (theme) {
    case 'light':
      return 'reader-surface reader-theme-light';
    case 'dark':
      // The site's dark palette is keyed on the `dark` class, wherever it sits.
      return 'reader-surface dark';
    case 'contrast':
      return 'reader-surface reader-theme-contrast';
    default:
      return '';
  }
}
