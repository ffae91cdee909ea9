import { useSyncExternalStore } from 'react';

const STORAGE_KEY = 'broadsheet-shortcuts';
const listeners = new Set<() => void>();
/** This visit's choice when storage is unavailable (private modes, quota). */
let fallback = true;

function readEnabled(): boolean {
  try {
    return window.localStorage.getItem(STORAGE_KEY) !== 'off';
  } catch {
    return fallback;
  }
}

function setShortcutsEnabled(next: boolean): void {
  fallback = next;
  try {
    if (next) window.localStorage.removeItem(STORAGE_KEY);
    else window.localStorage.setItem(STORAGE_KEY, 'off');
  } catch {
    // Not remembering is acceptable: the switch still applies for this visit.
  }
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * Whether single-key shortcuts are on (they are unless the reader switched them off), shared by
 * every component that asks: the shortcuts themselves and the switch in their help.
 */
export function useShortcutsEnabled(): [boolean, (enabled: boolean) => void] {
  const enabled = useSyncExternalStore(subscribe, readEnabled, () => true);
  return [enabled, setShortcutsEnabled];
}
