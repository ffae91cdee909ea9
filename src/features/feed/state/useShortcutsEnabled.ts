import { useState } from 'react';

const STORAGE_KEY = 'broadsheet-shortcuts';

function readEnabled(): boolean {
  try {
    return window.localStorage.getItem(STORAGE_KEY) !== 'off';
  } catch {
    return true;
  }
}

/** Whether single-key shortcuts are on (they are unless the reader switched them off). */
export function useShortcutsEnabled(): [boolean, (enabled: boolean) => void] {
  const [enabled, setEnabled] = useState(readEnabled);
  const update = (next: boolean) => {
    setEnabled(next);
    try {
      if (next) window.localStorage.removeItem(STORAGE_KEY);
      else window.localStorage.setItem(STORAGE_KEY, 'off');
    } catch {
      // Not remembering is acceptable: the switch still applies for this visit.
    }
  };
  return [enabled, update];
}
