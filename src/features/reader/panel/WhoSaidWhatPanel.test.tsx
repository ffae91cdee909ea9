// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { speakerColours } from '../highlight/speakerColours';
import { readerArticle } from '../testReaderArticle';
import { drawnQuotes, summariseSpeakers } from './whoSaidWhat';
import { WhoSaidWhatPanel } from './WhoSaidWhatPanel';

afterEach(cleanup);

function renderPanel(activeSpeakerId: string | null = null) {
  const article = readerArticle();
  const quotes = drawnQuotes(article);
  const speakers = summariseSpeakers(quotes, article.entities, speakerColours(article));
  const onSelectSpeaker = vi.fn();
  const onActivateQuote = vi.fn();
  render(
    <MemoryRouter>
      <WhoSaidWhatPanel
        speakers={speakers}
        body={article.body}
        activeSpeakerId={activeSpeakerId}
        activeQuoteId="q2"
        onSelectSpeaker={onSelectSpeaker}
        onActivateQuote={onActivateQuote}
      />
    </MemoryRouter>,
  );
  return { onSelectSpeaker, onActivateQuote };
}

describe('WhoSaidWhatPanel', () => {
  it('lists speakers with their quote counts, quotes in order, and a link to each page', () => {
    renderPanel();
    const panel = screen.getByRole('complementary', { name: 'Who said what' });
    expect(
      within(panel).getByText('4 quotes from 2 named speakers.', { exact: false }),
    ).toBeTruthy();
    const ines = within(panel).getByRole('button', { name: /Ines Duarte · 2 quotes/ });
    expect(ines).toHaveAttribute('aria-pressed', 'false');
    expect(within(panel).getByRole('link', { name: 'All quotes by Ines Duarte' })).toHaveAttribute(
      'href',
      '/entities/person-ines-duarte',
    );
    expect(within(panel).getByText('harbour master')).toBeTruthy();
    const quoteButtons = [...panel.querySelectorAll('[data-panel-quote-id]')].map((b) =>
      b.getAttribute('data-panel-quote-id'),
    );
    expect(quoteButtons).toEqual(['q1', 'q2', 'q3', 'q4']);
    expect(panel.querySelector('[data-panel-quote-id="q2"]')).toHaveAttribute(
      'aria-current',
      'true',
    );
    expect(within(panel).getByText(/Unattributed/)).toBeTruthy();
  });

  it('chooses a speaker, and clears the choice when chosen again', async () => {
    const user = userEvent.setup();
    const first = renderPanel();
    await user.click(screen.getByRole('button', { name: /Rui Matos/ }));
    expect(first.onSelectSpeaker).toHaveBeenCalledWith('person-rui-matos');
    cleanup();
    const second = renderPanel('person-rui-matos');
    const rui = screen.getByRole('button', { name: /Rui Matos/ });
    expect(rui).toHaveAttribute('aria-pressed', 'true');
    await user.click(rui);
    expect(second.onSelectSpeaker).toHaveBeenCalledWith(null);
  });

  it('activates a quote from the list', async () => {
    const user = userEvent.setup();
    const { onActivateQuote } = renderPanel();
    await user.click(screen.getByRole('button', { name: /cost us a season/ }));
    expect(onActivateQuote).toHaveBeenCalledWith(expect.objectContaining({ id: 'q3' }));
  });
});
