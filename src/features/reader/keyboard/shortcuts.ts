import { isShortcutPress } from '@/lib/keyboard';

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

/** The reader action a key press asks for, or undefined when it is not a shortcut here. */
export function readerActionFor(event: KeyboardEvent): ReaderAction | undefined {
  return isShortcutPress(event) ? KEY_ACTIONS[event.key] : undefined;
}
