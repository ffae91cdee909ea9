/** The reader's keyboard shortcuts, as listed by `?`. */
export const READER_SHORTCUTS = [
  { keys: ['n'], action: 'Next quote (of the chosen speaker, if one is chosen)' },
  { keys: ['p'], action: 'Previous quote' },
  { keys: [']'], action: 'Next article' },
  { keys: ['['], action: 'Previous article' },
  { keys: ['Esc'], action: 'Close a card or this list' },
  { keys: ['?'], action: 'Show these shortcuts' },
] as const;

export type ReaderAction =
  'nextQuote' | 'previousQuote' | 'nextArticle' | 'previousArticle' | 'help';

const KEY_ACTIONS: Record<string, ReaderAction> = {
  n: 'nextQuote',
  p: 'previousQuote',
  ']': 'nextArticle',
  '[': 'previousArticle',
  '?': 'help',
};

/** Keys typed into a field are text, not shortcuts. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  return target.closest('input, textarea, select') !== null;
}

/** The reader action a key press asks for, or undefined when it is not a shortcut here. */
export function readerActionFor(event: KeyboardEvent): ReaderAction | undefined {
  if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return undefined;
  if (isTyping(event.target)) return undefined;
  // A modal (the shortcut list itself) owns the keyboard while open.
  if (document.querySelector('dialog[open]')) return undefined;
  return KEY_ACTIONS[event.key];
}
