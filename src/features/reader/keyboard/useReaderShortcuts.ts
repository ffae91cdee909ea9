import { useEffect, useRef } from 'react';
import { readerActionFor, type ReaderAction } from './shortcuts';

/** Calls `onAction` for the reader's single-key shortcuts anywhere on the page. */
export function useReaderShortcuts(onAction: (action: ReaderAction) => void) {
  // The latest handler, without re-adding the listener on every render.
  const handler = useRef(onAction);
  useEffect(() => {
    handler.current = onAction;
  });
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const action = readerActionFor(event);
      if (!action) return;
      event.preventDefault();
      handler.current(action);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
}
