/**
 * The app's button and link looks, as Tailwind class lists, so a control looks the same on every
 * page. Add to one with a template string (`${textLink} text-sm`) rather than copying it.
 * Not in the page frame or the front page's toolbar (Notice, FeedToolbar): a module shared with
 * later chunks is bundled whole into the entry, and the front page's first JavaScript has a
 * budget (130 KB gzip, tests/e2e/specs/feed-bundle.spec.ts).
 */

/** A link or button that reads as an underlined accent link ("Read it with highlights →"). */
export const textLink = 'font-medium text-accent underline underline-offset-4';

/** A small outlined action beside content (Cancel, Export JSON, Delete). */
export const outlineButton =
  'rounded border border-rule px-3 py-1 text-sm hover:border-accent hover:text-accent';

/** A rounded chip that suggests or removes a filter. */
export const chipButton =
  'rounded-full border border-ink/40 bg-surface px-3 py-1 text-sm hover:border-accent hover:text-accent';

/** A rounded action with an icon, for a page's main way out of a state (Try again). */
export const pillButton =
  'inline-flex items-center gap-1.5 rounded-full border border-ink/50 bg-surface px-3 py-1 font-medium hover:border-accent';

/** A toolbar button with an icon (Filters, Shortcuts on the feed). */
export const toolButton =
  'inline-flex items-center gap-1.5 rounded-md border border-rule bg-surface px-3 py-2 text-sm';

/** A round icon-only button that closes a dialog. */
export const closeButton = 'rounded-full p-1.5 text-muted hover:text-ink';
