import assert from 'node:assert/strict';
import type { E2E } from '../harness';
import { dropFile, FERRY_ARTICLE, quoteSpeakers, waitForImported } from './importHelpers';

export async function pastedArticleIsHighlightedWithItsSpeakersAndKept(e2e: E2E): Promise<void> {
  const page = await e2e.open('/import');
  await page.getByLabel('Article text').fill(FERRY_ARTICLE);
  await page.getByLabel('Outlet').fill('The Kestrel Bay Packet');
  await page.getByLabel('Date').fill('2026-03-02');
  await page.getByRole('button', { name: 'Annotate and save' }).click();
  const status = await waitForImported(page);
  assert.match(status, /Harbour town adds late ferries/);
  assert.match(status, /Ruth Okonedo/);
  await e2e.expectNoAxeViolations(page, 'the import page after an import');

  await page.getByRole('link', { name: /Read it with highlights/ }).click();
  await page.waitForURL(/\/import\/mine-/);
  await page.getByRole('heading', { level: 1, name: /Harbour town adds late ferries/ }).waitFor();
  const speakers = await quoteSpeakers(page);
  const speakerOf = (start: string) =>
    Object.entries(speakers).find(([text]) => text.startsWith(start))?.[1];
  assert.equal(speakerOf('We have listened'), 'Ruth Okonedo');
  assert.equal(speakerOf('Two crossings will not fix'), 'Daniel Brierley');
  assert.equal(speakerOf('We will publish the punctuality'), 'Ruth Okonedo');
  await e2e.expectNoAxeViolations(page, 'an imported article');

  // Kept across reloads (IndexedDB), and listed on the import page.
  await page.reload();
  await page.locator('mark.hl-quote[data-speaker="Daniel Brierley"]').first().waitFor();
  await page.getByRole('link', { name: '← My articles' }).click();
  const item = page.locator('[data-imported-id]').filter({ hasText: 'Harbour town adds' });
  await item.waitFor();
  assert.match((await item.textContent()) ?? '', /The Kestrel Bay Packet · 2 March 2026/);

  // The feed's links use /articles/<id>: an imported id is sent to where it can be read.
  const id = (await item.getAttribute('data-imported-id')) ?? '';
  await page.goto(`/articles/${id}`);
  await page.waitForURL(new RegExp(`/import/${id}$`));
  await page.locator('mark.hl-quote').first().waitFor();
}

export async function importedArticleExportsAndDeletes(e2e: E2E): Promise<void> {
  const page = await e2e.open('/import');
  await page.getByLabel('Article text').fill(FERRY_ARTICLE);
  await page.getByRole('button', { name: 'Annotate and save' }).click();
  await waitForImported(page);
  const item = page.locator('[data-imported-id]').first();
  await item.waitFor();

  const readDownload = async (button: string) => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      item.getByRole('button', { name: button }).click(),
    ]);
    const stream = await download.createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    return JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>;
  };
  const json = await readDownload('Export JSON');
  assert.equal(json.schemaVersion, 1);
  assert.ok(Array.isArray(json.quotes) && json.quotes.length >= 3);
  const ninjs = await readDownload('Export ninjs');
  assert.deepEqual(ninjs.standard, {
    name: 'ninjs',
    version: '2.1',
    schema: 'http://www.iptc.org/std/ninjs/ninjs-schema_2.1.json',
  });
  const people = ninjs.people as { name: string; rel: string }[];
  assert.ok(people.some((person) => person.name === 'Daniel Brierley' && person.rel === 'quoted'));

  await item.getByRole('button', { name: /^Delete/ }).click();
  await page.getByText('Nothing imported yet.').waitFor();
  await page.reload();
  await page.getByText('Nothing imported yet.').waitFor();
}

export async function droppedFilesAreImported(e2e: E2E): Promise<void> {
  const page = await e2e.open('/import');
  const markdown = [
    '---',
    'title: "Lighthouse keepers return to Skerry Point"',
    'source: The Northern Lamp',
    'published: 2026-01-15',
    '---',
    '',
    'Two keepers moved back into the **Skerry Point** lighthouse this week.',
    '',
    '"The lamp needs people as much as it needs power," said Ines Marrow, who trained the keepers.',
  ].join('\n');
  await dropFile(page, { name: 'skerry.md', type: 'text/markdown', text: markdown });
  assert.match(await waitForImported(page), /Lighthouse keepers return to Skerry Point/);

  let dialogs = 0;
  page.on('dialog', (dialog) => {
    dialogs++;
    void dialog.dismiss();
  });
  const html = `<!doctype html><html lang="en"><head><title>Orchard page</title>
    <meta property="og:site_name" content="Valley Courier">
    <script>alert('script ran')</script></head><body>
    <nav><a href="/">Home</a> <a href="/sport">Sport</a></nav>
    <article><h1>Cider orchard wins heritage grant</h1>
    <p>By Tom Aske</p>
    <p>The old orchard at Linden Farm will be replanted with rare apple varieties after winning a heritage grant this spring, the trust that runs it announced.</p>
    <p>"Some of these trees were planted by people who never tasted the fruit," said Maud Fenwick, the head gardener. "We owe them the same patience."</p>
    <img src="https://example.invalid/tracker.png" onerror="alert('img ran')">
    <p>Volunteers will graft new trees from cuttings taken from the oldest rows over the winter months.</p>
    </article><footer>Copyright Valley Courier</footer></body></html>`;
  await dropFile(page, { name: 'orchard.html', type: 'text/html', text: html });
  assert.match(await waitForImported(page), /Cider orchard wins heritage grant/);
  await page.getByRole('link', { name: /Read it with highlights/ }).click();
  await page.locator('mark.hl-quote[data-speaker="Maud Fenwick"]').first().waitFor();
  const body = (await page.locator('[data-highlighted-body]').textContent()) ?? '';
  assert.doesNotMatch(body, /Home|Copyright|By Tom Aske/, 'page furniture is dropped');
  assert.match((await page.locator('main header').textContent()) ?? '', /Valley Courier/);
  assert.equal(dialogs, 0, 'nothing in the HTML ran');
}

export async function textSharedFromAnotherAppFillsTheForm(e2e: E2E): Promise<void> {
  // The web app manifest's share_target sends shared text to /import?title=&text=&url=.
  const manifest = (await (await fetch(`${e2e.baseUrl}/manifest.webmanifest`)).json()) as {
    share_target: { action: string; params: Record<string, string> };
  };
  assert.equal(manifest.share_target.action, '/import');
  const page = await e2e.open(
    '/import?title=Shared%20headline&text=%22Shared%20words%2C%22%20said%20Rosa%20Lind.',
  );
  assert.equal(
    await page.getByLabel('Article text').inputValue(),
    '"Shared words," said Rosa Lind.',
  );
  assert.equal(await page.getByLabel('Title').inputValue(), 'Shared headline');
}

export async function aFullStorageIsReportedAndNothingIsSaved(e2e: E2E): Promise<void> {
  const page = await e2e.open('/import');
  // Shrink this origin's storage quota to almost nothing (Chromium DevTools protocol).
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Storage.overrideQuotaForOrigin', {
    origin: new URL(e2e.baseUrl).origin,
    quotaSize: 1,
  });
  await page.getByLabel('Article text').fill(FERRY_ARTICLE);
  await page.getByRole('button', { name: 'Annotate and save' }).click();
  const alert = page.getByRole('alert').filter({ hasText: 'could not be saved' });
  await alert.waitFor();
  assert.match((await alert.textContent()) ?? '', /Nothing was saved\./);
  await cdp.send('Storage.overrideQuotaForOrigin', { origin: new URL(e2e.baseUrl).origin });
  await page.reload();
  await page.getByText('Nothing imported yet.').waitFor();
}

/** An article quoting a minister the sample corpus also quotes, and a fisherman it does not. */
const PORT_ARTICLE = [
  'Brazil and Portugal sign fisheries accord',
  '"This accord protects the people who fish these waters," Brazil\'s finance minister, Ana Ribeiro, said on Friday.',
  '"We only want the quotas to be fair," said Tomás Valadares, who fishes out of Peniche.',
].join('\n\n');

export async function importedSpeakersLinkToCorpusPagesOnlyWhereTheyExist(e2e: E2E): Promise<void> {
  const page = await e2e.open('/import');
  await page.getByLabel('Article text').fill(PORT_ARTICLE);
  await page.getByRole('button', { name: 'Annotate and save' }).click();
  await waitForImported(page);
  await page.getByRole('link', { name: /Read it with highlights/ }).click();
  await page.waitForURL(/\/import\/mine-/);
  // The corpus quotes Ana Ribeiro: her link appears (once her page is found) and opens it.
  const ribeiro = page.getByRole('link', { name: 'All quotes by Ana Ribeiro' });
  await ribeiro.first().waitFor();
  // The fisherman has no page in the corpus: no link that would lead nowhere.
  await page.locator('mark.hl-quote[data-speaker="Tomás Valadares"]').first().waitFor();
  await page.waitForLoadState('networkidle');
  assert.equal(await page.getByRole('link', { name: 'All quotes by Tomás Valadares' }).count(), 0);
  await ribeiro.first().click();
  await page.waitForURL(/\/entities\/person-ana-ribeiro$/);
  await page.getByRole('heading', { level: 1, name: 'Ana Ribeiro' }).waitFor();
}
