import { describe, expect, it } from 'vitest';
import { opmlList } from '../../../tests/feeds/documents';
import { feedsOfListText, isFeedUrl } from './feedList';

describe('feed lists', () => {
  it('reads OPML outlines at any depth, with their names', () => {
    const text = opmlList([
      { title: 'Ledger', url: 'https://ledger.example/world.rss' },
      { title: 'Courier', url: 'https://courier.example/feed.json' },
    ]).replace('</body>', '<outline text="Bad" xmlUrl="ftp://x/feed"/></body>');
    expect(feedsOfListText(text, 'my.opml')).toEqual({
      feeds: [
        { url: 'https://ledger.example/world.rss', name: 'Ledger' },
        { url: 'https://courier.example/feed.json', name: 'Courier' },
      ],
      problems: [
        { where: 'my.opml', reason: 'outline "Bad": xmlUrl "ftp://x/feed" is not an http(s) URL' },
      ],
    });
  });

  it('reads one URL a line, skipping comments, blanks and repeats, naming bad lines', () => {
    const text =
      '# my news\nhttps://ledger.example/world.rss\n\nnot a url\nhttps://ledger.example/world.rss\n';
    expect(feedsOfListText(text, 'feeds.txt')).toEqual({
      feeds: [{ url: 'https://ledger.example/world.rss' }],
      problems: [{ where: 'feeds.txt:4', reason: '"not a url" is not an http(s) URL' }],
    });
  });

  it('tells a URL from a file path', () => {
    expect(isFeedUrl('https://ledger.example/world.rss')).toBe(true);
    expect(isFeedUrl('my-feeds.opml')).toBe(false);
    expect(isFeedUrl('file:///etc/passwd')).toBe(false);
  });
});
