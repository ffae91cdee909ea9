// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import {
  DEFAULT_READER_SETTINGS,
  READER_SETTINGS_STORAGE_KEY,
  readerTextStyle,
  readReaderSettings,
  saveReaderSettings,
} from './readerSettings';

afterEach(() => window.localStorage.clear());

describe('reader settings', () => {
  it('round-trips through storage', () => {
    const settings = { font: 'sans', size: 'large', width: 'narrow', theme: 'contrast' } as const;
    saveReaderSettings(settings);
    expect(readReaderSettings()).toEqual(settings);
  });

  it('falls back field by field on bad or corrupt values', () => {
    window.localStorage.setItem(
      READER_SETTINGS_STORAGE_KEY,
      JSON.stringify({ font: 'comic', size: 'large', theme: 42 }),
    );
    expect(readReaderSettings()).toEqual({ ...DEFAULT_READER_SETTINGS, size: 'large' });
    window.localStorage.setItem(READER_SETTINGS_STORAGE_KEY, '{not json');
    expect(readReaderSettings()).toEqual(DEFAULT_READER_SETTINGS);
  });

  it('turns settings into a text style with a readable measure', () => {
    const style = readerTextStyle(DEFAULT_READER_SETTINGS);
    expect(style.maxWidth).toBe('68ch');
    expect(style.fontFamily).toContain('Newsreader');
  });
});
