import { describe, expect, it } from 'vitest';
import { atomFeed, entryOf, jsonFeed, rssFeed } from '../../../tests/feeds/documents';
import { STORIES } from '../../../tests/feeds/stories';
import { FeedFormatError, parseFeedText } from './parseFeed';

const FEED = 'https://ledger.example/news/world.rss';
const kenya = STORIES.kenya;

describe('parseFeedText', () => {
  it('reads RSS 2.0: guid, relative link, RFC 822 date, dc:creator, content:encoded', () => {
    const text = rssFeed('Ledger', 'https://ledger.example/', [
      entryOf(kenya, '2026/kiosks', 'g-1', true),
    ]);
    const feed = parseFeedText(text, FEED);
    expect(feed.format).toBe('rss');
    expect(feed.title).toBe('Ledger');
    expect(feed.items[0]).toMatchObject({
      guid: 'g-1',
      link: 'https://ledger.example/news/2026/kiosks',
      title: kenya.title,
      published: new Date(kenya.published).toISOString(),
      author: kenya.byline,
      summary: kenya.teaser,
    });
    expect(feed.items[0]?.content).toContain('Wanjiru Kamau');
  });

  it('reads Atom with xml:base and HTML content', () => {
    const text = atomFeed('Ledger: Africa', 'https://ledger.example/africa/', [
      entryOf(kenya, 'kiosks', 'tag:ledger.example,2026:kiosks', true),
    ]);
    const [item] = parseFeedText(text, FEED).items;
    expect(item).toMatchObject({
      guid: 'tag:ledger.example,2026:kiosks',
      link: 'https://ledger.example/africa/kiosks',
      author: kenya.byline,
      published: new Date(kenya.published).toISOString(),
    });
    expect(item?.content).toContain('<p>');
    expect(item?.summary).toBe(`<p>${kenya.teaser}</p>`);
  });

  it('reads JSON Feed 1.1', () => {
    const text = jsonFeed('Courier', 'https://courier.example/feed.json', [
      entryOf(kenya, '/kiosks', 'c-1', true),
    ]);
    const feed = parseFeedText(text, 'https://courier.example/feed.json');
    expect(feed.format).toBe('json');
    expect(feed.items[0]).toMatchObject({
      guid: 'c-1',
      link: 'https://courier.example/kiosks',
      author: kenya.byline,
    });
  });

  it('drops links that are not web addresses', () => {
    const text = rssFeed('Ledger', 'https://ledger.example/', [
      entryOf(kenya, 'javascript:alert(1)', 'g-2'),
    ]);
    expect(parseFeedText(text, FEED).items[0]?.link).toBeUndefined();
  });

  it('refuses a document that is no feed, saying so', () => {
    expect(() => parseFeedText('Our feed moved to a newsletter.', FEED)).toThrow(FeedFormatError);
    expect(() => parseFeedText('<html><body>Hi</body></html>', FEED)).toThrow(
      /not an RSS, Atom or JSON feed/,
    );
  });
});
