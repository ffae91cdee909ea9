/**
 * The fixture web of the feeds tests: two sample outlets on one local server, with every case the
 * feeds must handle (issue 13): RSS, Atom (xml:base, relative links), JSON Feed, OPML; a feed that
 * is not XML; a feed that is gone (404); pages that are missing (404), fail once (500), are rate
 * limited once (429 + Retry-After), redirect in a loop, never answer, are too large, are a PDF, are
 * disallowed by robots.txt; the same story in two feeds; pages in windows-1252 (declared in the
 * header, and only in the page); a page with no article whose feed item holds the full text, and
 * one whose item holds only a summary.
 */
import iconv from 'iconv-lite';
import {
  atomFeed,
  articlePage,
  emptyShell,
  entryOf,
  jsonFeed,
  opmlList,
  rssFeed,
} from './documents';
import { answer, cacheable, type Handler } from './fixtureServer';
import { STORIES, type Story } from './stories';

export const LEDGER = 'Harbour Ledger (sample)';
export const COURIER = 'Upland Courier (sample)';

/** Paths of the site, named by what they exercise. */
export const PATHS = {
  robots: '/robots.txt',
  rss: '/ledger/world.rss',
  atom: '/ledger/africa.atom',
  json: '/courier/feed.json',
  notXml: '/broken/feed.xml',
  goneFeed: '/gone/feed.rss',
  opml: '/lists/subscriptions.opml',
  kenya: '/ledger/2026/12/nakuru-water-kiosks',
  porto: '/ledger/2026/12/porto-ferry-timetable',
  failsOnce: '/ledger/2026/12/kumasi-market-roof',
  rateLimitedOnce: '/ledger/2026/12/halifax-library-hours',
  missing: '/ledger/2026/12/withdrawn-story',
  loopA: '/ledger/loop/a',
  loopB: '/ledger/loop/b',
  slow: '/ledger/2026/12/slow-story',
  huge: '/ledger/2026/12/huge-story',
  pdf: '/ledger/2026/12/annual-report.pdf',
  disallowed: '/ledger/private/members-only',
  vietnam: '/ledger/2026/12/da-nang-fishing-cooperative',
  chileRedirect: '/ledger/go/valparaiso',
  chile: '/ledger/2026/12/valparaiso-funicular',
  iceland: '/courier/akureyri-greenhouse',
  lyon: '/courier/lyon-bakery-apprentices',
  dunedin: '/courier/dunedin-harbour-cycleway',
  teaserOnly: '/courier/live-updates',
} as const;

/** The pages of the site (every path an item links to). */
export const PAGE_PATHS: string[] = [
  PATHS.kenya,
  PATHS.porto,
  PATHS.failsOnce,
  PATHS.rateLimitedOnce,
  PATHS.missing,
  PATHS.loopA,
  PATHS.loopB,
  PATHS.slow,
  PATHS.huge,
  PATHS.pdf,
  PATHS.disallowed,
  PATHS.vietnam,
  PATHS.chileRedirect,
  PATHS.chile,
  PATHS.iceland,
  PATHS.lyon,
  PATHS.dunedin,
  PATHS.teaserOnly,
];

/** The size cap the tests set for pages; the huge page is larger. */
export const TEST_MAX_PAGE_BYTES = 256 * 1024;

const html = 'text/html; charset=utf-8';

function teaser(title: string, link: string, guid: string, summary: string) {
  return { title, link, guid, published: '2026-12-06T09:00:00Z', summary };
}

function onceThen(first: Handler, then: Handler): Handler {
  return (request, response, server) => {
    const path = new URL(request.url ?? '/', 'http://x').pathname;
    (server.hits(path) === 1 ? first : then)(request, response, server);
  };
}

/** A handler serving a story's page (UTF-8), with the given kind of metadata. */
function storyPage(
  story: Story,
  origin: string,
  path: string,
  outlet: string,
  metadata: 'json-ld' | 'open-graph' | 'markup',
): Handler {
  const body = articlePage(story, { outlet, url: `${origin}${path}`, metadata });
  return answer(200, { 'content-type': html }, body);
}

export function fixtureRoutes(origin: string): Map<string, Handler> {
  const ledgerEntries = [
    entryOf(STORIES.kenya, `${origin}${PATHS.kenya}?utm_source=rss`, 'ledger-nakuru-kiosks'),
    // Relative to the feed's URL: RSS asks for absolute links, real feeds do not always comply.
    entryOf(STORIES.porto, '2026/12/porto-ferry-timetable', 'ledger-porto-ferries'),
    entryOf(STORIES.kumasi, PATHS.failsOnce, 'ledger-kumasi-roof'),
    entryOf(STORIES.halifax, PATHS.rateLimitedOnce, 'ledger-halifax-libraries'),
    teaser('A story that was withdrawn', PATHS.missing, 'ledger-withdrawn', 'Withdrawn.'),
    teaser('A story behind a redirect loop', PATHS.loopA, 'ledger-loop', 'Round and round.'),
    teaser('A story on a very slow server', PATHS.slow, 'ledger-slow', 'Still loading.'),
    teaser('A story far too long to fetch', PATHS.huge, 'ledger-huge', 'Very long.'),
    teaser('The annual report', PATHS.pdf, 'ledger-report', 'As a PDF.'),
    teaser('Members only', PATHS.disallowed, 'ledger-members', 'For members.'),
  ];
  const atomEntries = [
    // The Kenya story again, without the tracking parameter and with another id.
    entryOf(STORIES.kenya, '2026/12/nakuru-water-kiosks', 'tag:ledger.example,2026:kiosks'),
    entryOf(
      STORIES.vietnam,
      '2026/12/da-nang-fishing-cooperative',
      'tag:ledger.example,2026:da-nang',
    ),
    entryOf(STORIES.chile, 'go/valparaiso', 'tag:ledger.example,2026:valparaiso'),
  ];
  const courierEntries = [
    entryOf(STORIES.iceland, `${origin}${PATHS.iceland}`, 'courier-1'),
    entryOf(STORIES.lyon, `${origin}${PATHS.lyon}`, 'courier-2'),
    entryOf(STORIES.dunedin, `${origin}${PATHS.dunedin}`, 'courier-3', true),
    teaser(
      'Live: the council meeting',
      `${origin}${PATHS.teaserOnly}`,
      'courier-4',
      'Follow the meeting here.',
    ),
  ];
  const huge = articlePage(
    {
      ...STORIES.porto,
      paragraphs: Array.from({ length: 2000 }, () => STORIES.porto.paragraphs[0] ?? ''),
    },
    { outlet: LEDGER, url: `${origin}${PATHS.huge}`, metadata: 'markup' },
  );
  const windows1252 = (text: string) => iconv.encode(text, 'windows-1252');
  return new Map<string, Handler>([
    [
      PATHS.robots,
      answer(200, { 'content-type': 'text/plain' }, 'User-agent: *\nDisallow: /ledger/private/\n'),
    ],
    [
      PATHS.rss,
      cacheable(rssFeed(LEDGER, `${origin}/ledger/`, ledgerEntries), 'application/rss+xml'),
    ],
    [
      PATHS.atom,
      cacheable(
        atomFeed(`${LEDGER}: Africa`, `${origin}/ledger/`, atomEntries),
        'application/atom+xml',
      ),
    ],
    [
      PATHS.json,
      cacheable(
        jsonFeed(COURIER, `${origin}${PATHS.json}`, courierEntries),
        'application/feed+json',
      ),
    ],
    [
      PATHS.notXml,
      cacheable(
        'Our feed moved to a newsletter. Sign up at the front desk!',
        'application/rss+xml',
      ),
    ],
    [PATHS.opml, answer(200, { 'content-type': 'text/x-opml' }, opmlList(feedListOf(origin)))],
    [PATHS.kenya, storyPage(STORIES.kenya, origin, PATHS.kenya, LEDGER, 'json-ld')],
    [PATHS.porto, storyPage(STORIES.porto, origin, PATHS.porto, LEDGER, 'open-graph')],
    [
      PATHS.failsOnce,
      onceThen(
        answer(500, { 'content-type': 'text/plain' }, 'Internal error'),
        storyPage(STORIES.kumasi, origin, PATHS.failsOnce, LEDGER, 'markup'),
      ),
    ],
    [
      PATHS.rateLimitedOnce,
      onceThen(
        answer(429, { 'content-type': 'text/plain', 'retry-after': '1' }, 'Slow down'),
        storyPage(STORIES.halifax, origin, PATHS.rateLimitedOnce, LEDGER, 'json-ld'),
      ),
    ],
    [PATHS.loopA, answer(302, { location: PATHS.loopB })],
    [PATHS.loopB, answer(302, { location: PATHS.loopA })],
    [PATHS.slow, (_request, response, server) => server.hold(response)],
    [
      PATHS.huge,
      (_request, response) => {
        // Written in two parts, so no Content-Length warns the client: the cap must count bytes.
        response.writeHead(200, { 'content-type': html });
        response.write(huge.slice(0, 1000));
        response.end(huge.slice(1000));
      },
    ],
    [PATHS.pdf, answer(200, { 'content-type': 'application/pdf' }, '%PDF-1.4 sample')],
    [PATHS.disallowed, storyPage(STORIES.porto, origin, PATHS.disallowed, LEDGER, 'markup')],
    [PATHS.vietnam, storyPage(STORIES.vietnam, origin, PATHS.vietnam, LEDGER, 'open-graph')],
    [PATHS.chileRedirect, answer(301, { location: PATHS.chile })],
    [PATHS.chile, storyPage(STORIES.chile, origin, PATHS.chile, LEDGER, 'json-ld')],
    [
      PATHS.iceland,
      (_request, response) => {
        // The charset only in the page: the header names none.
        const body = articlePage(STORIES.iceland, {
          outlet: COURIER,
          url: `${origin}${PATHS.iceland}`,
          metadata: 'markup',
          metaCharset: 'windows-1252',
        });
        response.writeHead(200, { 'content-type': 'text/html' }).end(windows1252(body));
      },
    ],
    [
      PATHS.lyon,
      (_request, response) => {
        const body = articlePage(STORIES.lyon, {
          outlet: COURIER,
          url: `${origin}${PATHS.lyon}`,
          metadata: 'open-graph',
        });
        response
          .writeHead(200, { 'content-type': 'text/html; charset=windows-1252' })
          .end(windows1252(body));
      },
    ],
    [PATHS.dunedin, answer(200, { 'content-type': html }, emptyShell)],
    [PATHS.teaserOnly, answer(200, { 'content-type': html }, emptyShell)],
  ]);
}

/** The site's feeds as an OPML list names them (the gone feed included). */
export function feedListOf(origin: string): { title: string; url: string }[] {
  return [
    { title: LEDGER, url: `${origin}${PATHS.rss}` },
    { title: `${LEDGER}: Africa`, url: `${origin}${PATHS.atom}` },
    { title: COURIER, url: `${origin}${PATHS.json}` },
    { title: 'A feed that is not XML', url: `${origin}${PATHS.notXml}` },
    { title: 'A feed that is gone', url: `${origin}${PATHS.goneFeed}` },
  ];
}
