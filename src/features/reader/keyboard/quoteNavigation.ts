import type { Quote } from '@/core/schema';

/**
 * The quote `step` places from `currentId` in body order, wrapping at either end. With no current
 * quote, "next" starts at the first quote and "previous" at the last.
 */
export function steppedQuoteId(
  quotes: readonly Pick<Quote, 'id'>[],
  currentId: string | null,
  step: 1 | -1,
): string | undefined {
  if (quotes.length === 0) return undefined;
  const index = currentId === null ? -1 : quotes.findIndex((quote) => quote.id === currentId);
  const from = index < 0 ? (step === 1 ? -1 : quotes.length) : index;
  const next = (from + step + quotes.length) % quotes.length;
  return quotes[next]?.id;
}

/** Scrolls a quote's highlight into view and focuses it; false when it is not drawn. */
export function scrollToQuote(container: HTMLElement, quoteId: string): boolean {
  const selector = `mark[data-quote-id="${CSS.escape(quoteId)}"]:not([data-continued])`;
  const mark = container.querySelector<HTMLElement>(selector);
  if (!mark) return false;
  const still = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
  mark.scrollIntoView?.({ block: 'center', behavior: still ? 'auto' : 'smooth' });
  mark.focus({ preventScroll: true });
  return true;
}
