/**
 * Single-key shortcuts (the feed's j/k, the reader's n/p) and when a key press is one. A key
 * typed into a field that takes text is typing; a checkbox, radio or button takes no text, so a
 * key pressed on one may still be a shortcut.
 */

const NOT_TYPED_INTO = new Set(['checkbox', 'radio', 'button', 'submit', 'reset', 'image', 'file']);

/** Whether keys pressed with focus on `target` are text the reader is typing. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) return !NOT_TYPED_INTO.has(target.type);
  return false;
}

/**
 * Whether a key press may be a single-key shortcut of the page: not handled already, no modifier
 * held, not typed into a field, and no dialog open (a modal owns the keyboard while it is open).
 */
export function isShortcutPress(event: KeyboardEvent): boolean {
  if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return false;
  if (isTypingTarget(event.target)) return false;
  if (event.target instanceof Element && event.target.closest('dialog')) return false;
  return document.querySelector('dialog[open]') === null;
}
