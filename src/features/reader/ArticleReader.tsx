import { useQuery } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { describeLimit } from '@/core/limits';
import type { AnnotatedArticle, Quote } from '@/core/schema';
import { feedPath, articlePath } from '@/lib/paths';
import { shardQueries } from '@/lib/queries/shardQueries';
import { EntityPagesKnownContext } from './links/EntityPageLink';
import { ArticleBody } from './ArticleBody';
import { ArticleHeader } from './ArticleHeader';
import { speakerColours } from './highlight/speakerColours';
import { steppedQuoteId, scrollToQuote } from './keyboard/quoteNavigation';
import { ShortcutsDialog } from './keyboard/ShortcutsDialog';
import { useReaderShortcuts } from './keyboard/useReaderShortcuts';
import { useLayers } from './layers/useLayers';
import { drawnQuotes, summariseSpeakers } from './panel/whoSaidWhat';
import { WhoSaidWhatPanel } from './panel/WhoSaidWhatPanel';
import { ArticleNeighbours, RelatedArticles } from './related/RelatedArticles';
import { neighbours, readFeedOrder } from './related/feedOrder';
import { relatedArticles } from './related/relatedArticles';
import { readerTextStyle } from './settings/readerSettings';
import { readerThemeClass, useReaderSettings } from './settings/useReaderSettings';
import { ReaderToolbar } from './ReaderToolbar';
import './reader.css';

/** The query parameter that opens an article scrolled to one quote (`?quote=q3`). */
export const QUOTE_PARAM = 'quote';

/**
 * One article: header, toolbar (layers, settings, shortcuts), highlighted body with cards,
 * the who-said-what panel beside it (below on narrow screens), neighbours and related articles.
 */
export function ArticleReader({
  article,
  imported = false,
}: {
  article: AnnotatedArticle;
  /** An article the reader imported: its entities link to pages only where the corpus has one. */
  imported?: boolean;
}) {
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const { layers, setLayer } = useLayers();
  const { settings, update: updateSettings } = useReaderSettings();
  const { data: shard } = useQuery(shardQueries.detail(0));

  const quotes = useMemo(() => drawnQuotes(article), [article]);
  const speakers = useMemo(
    () => summariseSpeakers(quotes, article.entities, speakerColours(article)),
    [quotes, article],
  );
  const records = useMemo(() => shard?.records ?? [], [shard]);
  const related = useMemo(() => relatedArticles(article, records), [article, records]);
  const [feedOrder] = useState(readFeedOrder);
  const { previous, next } = neighbours(article.id, records, feedOrder);

  // A quote named in the URL is where the reader lands.
  const [linkedQuote] = useState(() => {
    const id = params.get(QUOTE_PARAM);
    return quotes.some((quote) => quote.id === id) ? id : null;
  });
  const [activeQuoteId, setActiveQuoteId] = useState<string | null>(linkedQuote);
  const [activeSpeakerId, setActiveSpeakerId] = useState<string | null>(null);
  const [helpOpen, setHelpOpen] = useState(false);
  const bodyRef = useRef<HTMLDivElement>(null);
  // A quote to scroll to and focus once it is drawn (it may wait for the quotes layer).
  const pendingFocus = useRef<string | null>(linkedQuote);

  useEffect(() => {
    const id = pendingFocus.current;
    if (id === null || !bodyRef.current) return;
    if (scrollToQuote(bodyRef.current, id)) pendingFocus.current = null;
  });

  const quotesShown = layers.quotes;
  useEffect(() => {
    // Landing on a linked quote turns the quotes layer on if it was off.
    if (pendingFocus.current !== null && !quotesShown) setLayer('quotes', true);
  }, [quotesShown, setLayer]);

  const goToQuote = useCallback(
    (id: string) => {
      pendingFocus.current = id;
      if (!quotesShown) setLayer('quotes', true);
      setActiveQuoteId(id);
      // Already current: no re-render will come, so scroll now.
      if (id === activeQuoteId && bodyRef.current && scrollToQuote(bodyRef.current, id)) {
        pendingFocus.current = null;
      }
    },
    [quotesShown, setLayer, activeQuoteId],
  );
  const activateQuote = useCallback((quote: Quote) => goToQuote(quote.id), [goToQuote]);

  useReaderShortcuts((action) => {
    if (action === 'help') setHelpOpen(true);
    else if (action === 'nextArticle' && next) navigate(articlePath(next.id));
    else if (action === 'previousArticle' && previous) {
      navigate(articlePath(previous.id));
    } else if (action === 'nextQuote' || action === 'previousQuote') {
      // With a speaker chosen, n and p step through that speaker's quotes only.
      const stepping = activeSpeakerId
        ? quotes.filter((quote) => quote.speaker?.entityId === activeSpeakerId)
        : quotes;
      const target = steppedQuoteId(stepping, activeQuoteId, action === 'nextQuote' ? 1 : -1);
      if (target) goToQuote(target);
    }
  });

  const counts = {
    quotes: quotes.length,
    person: article.entities.filter((entity) => entity.type === 'person').length,
    organization: article.entities.filter((entity) => entity.type === 'organization').length,
    location: article.entities.filter((entity) => entity.type === 'location').length,
  };
  const themeClass = readerThemeClass(settings.theme);
  const textStyle = useMemo(() => readerTextStyle(settings), [settings]);

  return (
    <EntityPagesKnownContext value={!imported}>
      <div data-reader-theme={settings.theme} className={themeClass}>
        <title>{`${article.title || 'Untitled article'} · Broadsheet`}</title>
        <p className="mb-6 text-sm">
          <Link to={feedPath()} className="text-muted hover:text-accent">
            ← All articles
          </Link>
        </p>
        <div className="grid gap-x-12 gap-y-10 lg:grid-cols-[minmax(0,1fr)_19rem]">
          <article className="min-w-0 lg:col-start-1 lg:row-start-1">
            <ArticleHeader article={article} />
            <ReaderToolbar
              layers={layers}
              onLayerChange={setLayer}
              counts={counts}
              settings={settings}
              onSettingsChange={updateSettings}
              onShowShortcuts={() => setHelpOpen(true)}
            />
            {article.limits?.map((limit) => (
              <p key={limit.kind} role="note" className="mb-4 text-sm text-muted">
                Highlights cover part of this article: {describeLimit(limit)}.
              </p>
            ))}
            <ArticleBody
              article={article}
              layers={layers}
              activeSpeakerId={activeSpeakerId}
              activeQuoteId={activeQuoteId}
              onQuoteActivated={setActiveQuoteId}
              bodyRef={bodyRef}
              textStyle={textStyle}
            />
          </article>
          <div className="lg:sticky lg:top-4 lg:col-start-2 lg:row-span-2 lg:row-start-1 lg:max-h-[calc(100vh-2rem)] lg:self-start lg:overflow-y-auto lg:border-l lg:border-rule lg:pl-6">
            <WhoSaidWhatPanel
              speakers={speakers}
              body={article.body}
              activeSpeakerId={activeSpeakerId}
              activeQuoteId={activeQuoteId}
              onSelectSpeaker={setActiveSpeakerId}
              onActivateQuote={activateQuote}
            />
          </div>
          <div className="min-w-0 lg:col-start-1 lg:row-start-2">
            <ArticleNeighbours previous={previous} next={next} />
            <RelatedArticles related={related} />
          </div>
        </div>
        <ShortcutsDialog open={helpOpen} onClose={() => setHelpOpen(false)} />
      </div>
    </EntityPagesKnownContext>
  );
}
