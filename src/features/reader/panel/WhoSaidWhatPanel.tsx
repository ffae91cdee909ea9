import { memo } from 'react';
import type { Quote } from '@/core/schema';
import { EntityPageLink } from '../links/EntityPageLink';
import type { SpeakerSummary } from './whoSaidWhat';

interface WhoSaidWhatPanelProps {
  speakers: SpeakerSummary[];
  body: string;
  activeSpeakerId: string | null;
  activeQuoteId: string | null;
  /** Choose a speaker to dim everyone else's quotes; null clears the choice. */
  onSelectSpeaker: (id: string | null) => void;
  /** Scroll to a quote in the body and focus it. */
  onActivateQuote: (quote: Quote) => void;
}

const KIND_NOTES: Record<Quote['kind'], string> = {
  direct: '',
  mixed: 'Partly quoted',
  indirect: 'Reported',
};

function quoteCount(count: number) {
  return count === 1 ? '1 quote' : `${count} quotes`;
}

/**
 * The article's speakers with their quotes in order: the "who said what" of the story.
 * Memoised, as the body is (ArticleBody.tsx).
 */
export const WhoSaidWhatPanel = memo(function WhoSaidWhatPanel(props: WhoSaidWhatPanelProps) {
  const { speakers, body, activeSpeakerId, activeQuoteId, onSelectSpeaker, onActivateQuote } =
    props;
  const total = speakers.reduce((sum, speaker) => sum + speaker.quotes.length, 0);
  return (
    <aside aria-labelledby="who-said-what" className="text-sm">
      <h2 id="who-said-what" className="mb-1 text-xs font-semibold tracking-[0.14em] uppercase">
        Who said what
      </h2>
      <p className="mb-4 text-muted">
        {total === 0
          ? 'No quotes were found in this article.'
          : `${quoteCount(total)} from ${speakers.filter((s) => s.id !== null).length} named speakers. Choose a speaker to dim the others.`}
      </p>
      <ul className="space-y-5">
        {speakers.map((speaker) => {
          const selected = speaker.id !== null && speaker.id === activeSpeakerId;
          // Another speaker is chosen: this one's quotes recede here as in the text.
          const dimmed = activeSpeakerId !== null && !selected;
          return (
            <li key={speaker.id ?? 'unattributed'} data-speaker-id={speaker.id ?? ''}>
              <div className="flex items-start gap-2">
                <span
                  aria-hidden="true"
                  className="mt-1 size-3 shrink-0 rounded-sm"
                  style={{ backgroundColor: speaker.colour }}
                />
                <div className="min-w-0 flex-1">
                  {speaker.id === null ? (
                    <p className="font-semibold">
                      {speaker.name}{' '}
                      <span className="font-normal text-muted">
                        · {quoteCount(speaker.quotes.length)}
                      </span>
                    </p>
                  ) : (
                    <button
                      type="button"
                      aria-pressed={selected}
                      onClick={() => onSelectSpeaker(selected ? null : speaker.id)}
                      className="min-h-6 py-0.5 text-left font-semibold hover:text-accent aria-pressed:text-accent aria-pressed:underline"
                    >
                      {speaker.name}{' '}
                      <span className="font-normal text-muted">
                        · {quoteCount(speaker.quotes.length)}
                      </span>
                    </button>
                  )}
                  {speaker.role ? <p className="text-muted">{speaker.role}</p> : null}
                  {speaker.id !== null ? (
                    <EntityPageLink
                      id={speaker.id}
                      className="block py-0.5 text-accent underline-offset-2 hover:underline"
                    >
                      All quotes by {speaker.name}
                    </EntityPageLink>
                  ) : null}
                </div>
              </div>
              <ol
                className={`mt-2 space-y-1.5 border-l border-rule pl-3 ${dimmed ? 'text-muted' : ''}`}
                data-dimmed={dimmed ? 'true' : undefined}
              >
                {speaker.quotes.map((quote) => (
                  <li key={quote.id}>
                    <button
                      type="button"
                      data-panel-quote-id={quote.id}
                      aria-current={quote.id === activeQuoteId ? 'true' : undefined}
                      onClick={() => onActivateQuote(quote)}
                      className="line-clamp-3 text-left font-serif leading-snug hover:text-accent aria-[current=true]:font-semibold"
                    >
                      {KIND_NOTES[quote.kind] ? (
                        <span className="font-sans text-xs text-muted">
                          {KIND_NOTES[quote.kind]}:{' '}
                        </span>
                      ) : null}
                      {body.slice(quote.start, quote.end)}
                    </button>
                  </li>
                ))}
              </ol>
            </li>
          );
        })}
      </ul>
    </aside>
  );
});
