// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { pageMetadata } from './pageMetadata';

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const PAGE = 'https://ledger.example/2026/12/story?utm_source=rss';

describe('pageMetadata', () => {
  it('reads JSON-LD NewsArticle first, inside @graph too, with authors and publisher', () => {
    const ld = {
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebSite', name: 'Not the article' },
        {
          '@type': ['NewsArticle'],
          headline: 'Ferries add late crossings',
          datePublished: '2026-12-02T09:00:00Z',
          author: [{ '@type': 'Person', name: 'Rui Tavares' }, 'Ana Lopes'],
          publisher: { '@type': 'Organization', name: 'Harbour Ledger' },
          mainEntityOfPage: { '@id': '/2026/12/story' },
        },
      ],
    };
    const document = parse(`<html lang="pt"><head>
      <script type="application/ld+json">{ broken</script>
      <script type="application/ld+json">${JSON.stringify(ld)}</script>
      <meta property="og:title" content="OG title"><meta property="og:site_name" content="OG site">
      </head><body></body></html>`);
    expect(pageMetadata(document, PAGE)).toEqual({
      title: 'Ferries add late crossings',
      published: '2026-12-02T09:00:00Z',
      byline: 'Rui Tavares, Ana Lopes',
      outlet: 'Harbour Ledger',
      canonicalUrl: 'https://ledger.example/2026/12/story',
      language: 'pt',
    });
  });

  it('falls back to Open Graph, then to the canonical link and <time>', () => {
    const document = parse(`<html><head>
      <meta property="og:title" content="Library hours">
      <meta property="og:site_name" content="Upland Courier">
      <meta property="article:author" content="https://upland.example/staff/colin">
      <link rel="canonical" href="/libraries">
      </head><body><time datetime="2026-12-03">3 December</time></body></html>`);
    expect(pageMetadata(document, PAGE)).toEqual({
      title: 'Library hours',
      published: '2026-12-03',
      outlet: 'Upland Courier',
      canonicalUrl: 'https://ledger.example/libraries',
    });
  });

  it('ignores a canonical URL that is not a web address', () => {
    const document = parse(
      `<html><head><link rel="canonical" href="javascript:alert(1)"></head><body></body></html>`,
    );
    expect(pageMetadata(document, PAGE).canonicalUrl).toBeUndefined();
  });
});
