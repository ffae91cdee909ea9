/**
 * One size of the browser benchmark: the front page in a fresh profile, throttled like a
 * mid-range phone on a slow network (DevTools: 1.6 Mbit/s, 150 ms latency, CPU 4x slower),
 * service workers blocked so every byte is the page's own. Two visits: a phone (390 x 844) for
 * the first card and its bytes, and a wide screen (1280 x 900, facets in view) for counts,
 * filters, search and memory.
 */
import type { Browser, BrowserContext, CDPSession, Page } from 'playwright-core';
import type { IndexRecord, Manifest } from '../../../src/core/schema';
import { countryName, topicLabel } from '../../../src/features/feed/names';
import { compareFacets, expectedView } from './expected';
import { NetLog } from './netLog';
import { PROBE } from './pageProbe';
import { profiled, traced } from './profile';

export const THROTTLE = { latency: 150, download: 1_600_000 / 8, upload: 750_000 / 8, cpu: 4 };

export interface Figures {
  phoneFirstCard: number;
  phoneBytes: number;
  wideFirstCard: number;
  countsAtFirstPaint: string;
  countsOk: boolean;
  facetsLoadedAt: number | null;
  facetBytes: number;
  heapFirstView: number;
  firstClick: number;
  toggleInp: number;
  toggleUpdated: number;
  searchFirst: number;
  searchKeystroke: number;
  heapAfterSearch: number;
}

interface Visit {
  context: BrowserContext;
  page: Page;
  session: CDPSession;
  net: NetLog;
}

async function visit(browser: Browser, url: string, width: number, height: number): Promise<Visit> {
  const context = await browser.newContext({
    viewport: { width, height },
    serviceWorkers: 'block',
  });
  await context.addInitScript(PROBE);
  const page = await context.newPage();
  const session = await context.newCDPSession(page);
  const net = new NetLog(session);
  await session.send('Network.enable');
  await session.send('Network.setCacheDisabled', { cacheDisabled: true });
  await session.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: THROTTLE.latency,
    downloadThroughput: THROTTLE.download,
    uploadThroughput: THROTTLE.upload,
  });
  await session.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE.cpu });
  await page.goto(url, { waitUntil: 'commit', timeout: 120_000 });
  await page.waitForFunction(() => (window as unknown as Bench).__bench.firstCard !== null, null, {
    timeout: 120_000,
    polling: 100,
  });
  net.timeOrigin = await page.evaluate(() => performance.timeOrigin);
  return { context, page, session, net };
}

interface Bench {
  __bench: {
    firstCard: number | null;
    firstFacets: Record<string, [string, number][]>;
    events: {
      id: number;
      name: string;
      start: number;
      duration: number;
      processingStart: number;
      processingEnd: number;
    }[];
    done: number | null;
    clickAt: number | null;
    watch: (expected: unknown) => void;
  };
}

/** Runs `read` in the page on the probe's record (the function's source is sent, not a closure). */
const bench = <T>(page: Page, read: (b: Bench['__bench']) => T): Promise<T> =>
  page.evaluate(`(${read.toString()})(window.__bench)`) as Promise<T>;

async function heapMb(session: CDPSession): Promise<number> {
  await session.send('HeapProfiler.collectGarbage');
  const { usedSize } = await session.send('Runtime.getHeapUsage');
  return usedSize / 1024 / 1024;
}

/** Starts watching for `expected`, runs `act`, and gives ms from the input to the right frame. */
async function timed(page: Page, expected: unknown, act: () => Promise<void>): Promise<number> {
  await page.evaluate((e) => (window as unknown as Bench).__bench.watch(e), expected as never);
  await act();
  await page.waitForFunction(() => (window as unknown as Bench).__bench.done !== null, null, {
    timeout: 120_000,
    polling: 50,
  });
  return bench(page, (b) => (b.done ?? 0) - (b.clickAt ?? 0));
}

/** The longest Event Timing duration of the interactions that started after page time `since`. */
async function interactionAfter(page: Page, since: number): Promise<number> {
  // Event Timing entries are queued after the paint they measure: give them a moment.
  await page.waitForTimeout(500);
  const events = (await bench(page, (b) => b.events)).filter((e) => e.start >= since - 1);
  if (process.env.BENCH_DEBUG) {
    // Where an interaction's time went: waiting to start, its handlers, then until the paint.
    for (const e of events) {
      const input = Math.round(e.processingStart - e.start);
      const handlers = Math.round(e.processingEnd - e.processingStart);
      const paint = Math.round(e.start + e.duration - e.processingEnd);
      console.log(
        `    ${e.name}: ${Math.round(e.duration)} ms = input delay ${input} + handlers ${handlers} + until paint ${paint}`,
      );
    }
  }
  return Math.max(0, ...events.map((e) => e.duration));
}

export interface ScenarioInput {
  url: string;
  manifest: Manifest;
  records: readonly IndexRecord[];
  people: ReadonlyMap<string, string>;
  search: { word: string; totalOf: (query: string) => Promise<number> };
}

export async function runScenario(browser: Browser, input: ScenarioInput): Promise<Figures> {
  const { url, manifest, records, people, search } = input;
  const phone = await visit(browser, url, 390, 844);
  const phoneFirstCard = await bench(phone.page, (b) => b.firstCard ?? 0);
  const phoneBytes = phone.net.bytesBefore(phoneFirstCard);
  if (process.env.BENCH_DEBUG) {
    await phone.net.idle();
    console.log(`  phone: first card at ${Math.round(phoneFirstCard)} ms; requests:`);
    for (const line of phone.net.timeline()) console.log(`    ${line}`);
  }
  await phone.context.close();

  const wide = await visit(browser, url, 1280, 900);
  const { page, session, net } = wide;
  const wideFirstCard = await bench(page, (b) => b.firstCard ?? 0);
  const unfiltered = expectedView(records, manifest, people, {});
  const atPaint = compareFacets(await bench(page, (b) => b.firstFacets), unfiltered.facets);
  await net.idle();
  const facetsLoadedAt = net.finishedAt(/^\/data\/facets\//);
  const heapFirstView = await heapMb(session);

  const [busiest] = [...manifest.facets.countries].sort((a, b) => b.about - a.about);
  if (!busiest) throw new Error('the corpus has no country');
  const byCountry = expectedView(records, manifest, people, { country: busiest.code });
  const panel = page.locator('main aside');
  const firstClick = await timed(
    page,
    { status: `${byCountry.total} article`, firstCard: true, facets: byCountry.facets },
    () => panel.getByRole('checkbox', { name: countryName(busiest.code), exact: true }).click(),
  );
  const facetBytes = net.bytesOf(/^\/data\/facets\//);

  // The most common topic among these articles that still narrows them.
  const topics = Object.entries(byCountry.facets.Topic ?? {}).sort((a, b) => b[1] - a[1]);
  const [label] = topics.find(([, count]) => count < byCountry.total) ?? topics[0] ?? [''];
  const topicCode = manifest.facets.topics.find((topic) => topicLabel(topic.code) === label)?.code;
  const both = expectedView(records, manifest, people, { country: busiest.code, topic: topicCode });
  const before = await bench(page, () => performance.now());
  const expectedBoth = { status: `${both.total} article`, firstCard: true, facets: both.facets };
  const toggleUpdated = await traced(session, 'the facet toggle', () =>
    profiled(session, 'the facet toggle', () =>
      timed(page, expectedBoth, () =>
        panel.getByRole('checkbox', { name: label, exact: true }).click(),
      ),
    ),
  );
  const toggleInp = await interactionAfter(page, before);

  // Search: from a clear page, type a word; its first two letters fetch its bucket.
  await page.getByRole('button', { name: 'Clear all' }).click();
  await page
    .getByRole('status')
    .filter({ hasText: `${manifest.counts.articles} articles` })
    .waitFor();
  const box = page.getByRole('searchbox', { name: 'Search titles, text and speakers' });
  await box.focus();
  await net.idle();
  // The status names the query ("12 articles match “elec”"), so a keystroke that leaves the
  // count as it was is still timed to the frame that shows its own answer.
  const statusFor = async (typed: string) => {
    const total = await search.totalOf(typed);
    return `${total} article${total === 1 ? ' matches' : 's match'} “${typed}”`;
  };
  const { word } = search;
  await box.press(word[0] ?? '');
  await page
    .getByRole('status')
    .filter({ hasText: await statusFor(word.slice(0, 1)) })
    .waitFor();
  // The second letter fetches the word's bucket: the only keystroke that waits for the network.
  const searchFirst = await timed(page, { status: await statusFor(word.slice(0, 2)) }, () =>
    box.press(word[1] ?? ''),
  );
  const keystrokes: number[] = [];
  for (let end = 3; end <= word.length; end++) {
    const status = await statusFor(word.slice(0, end));
    keystrokes.push(
      await traced(session, `keystroke ${end}`, () =>
        profiled(session, `keystroke ${end}`, () =>
          timed(page, { status }, () => box.press(word[end - 1] ?? '')),
        ),
      ),
    );
  }
  if (process.env.BENCH_DEBUG)
    console.log(`  keystrokes 3..: ${keystrokes.map(Math.round).join(', ')} ms`);
  await net.idle();
  const heapAfterSearch = await heapMb(session);
  await wide.context.close();
  return {
    phoneFirstCard,
    phoneBytes,
    wideFirstCard,
    countsAtFirstPaint: atPaint.ok
      ? `yes (${atPaint.checked} values checked)`
      : `NO: ${atPaint.wrong.slice(0, 3).join('; ') || 'no values shown'}`,
    countsOk: atPaint.ok,
    facetsLoadedAt,
    facetBytes,
    heapFirstView,
    firstClick,
    toggleInp,
    toggleUpdated,
    searchFirst,
    searchKeystroke: Math.max(...keystrokes),
    heapAfterSearch,
  };
}
