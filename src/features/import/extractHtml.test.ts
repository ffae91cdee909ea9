// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { extractHtml } from './extractHtml';

describe('extractHtml', () => {
  it('keeps the main text and metadata, drops page furniture and never runs scripts', async () => {
    const html = `<!doctype html><html lang="en-GB"><head><title>Site | Lamp story</title>
      <meta property="og:site_name" content="Northern Lamp">
      <meta property="article:published_time" content="2026-01-15">
      <script>window.ran = true</script></head><body>
      <nav><a href="/">Home</a></nav>
      <article><h1>Keepers return to the lighthouse</h1><p>By Ana Roe</p>
      <p>Two keepers moved back into the lighthouse this week, the first in thirty years, after the trust that owns it found money for repairs.</p>
      <p>"The lamp needs people as much as it needs power," said Ines Marrow, who trained them over the winter.</p>
      <p>Visitors will be able to climb the tower again from the summer, the trust said in a statement on Tuesday.</p>
      </article><footer>Copyright</footer></body></html>`;
    const extracted = await extractHtml(html);
    expect(extracted.text.split('\n\n')).toHaveLength(3);
    expect(extracted.text).toMatch(/^Two keepers moved back/);
    expect(extracted.text).not.toMatch(/Home|Copyright|By Ana Roe/);
    expect(extracted.meta).toMatchObject({
      outlet: 'Northern Lamp',
      published: '2026-01-15',
      language: 'en-GB',
      title: 'Keepers return to the lighthouse',
      byline: 'Ana Roe',
    });
    expect((window as unknown as { ran?: boolean }).ran).toBeUndefined();
  });

  it('says so when a page has no text', async () => {
    await expect(extractHtml('<html><body><script>1</script></body></html>')).rejects.toThrow(
      /No article text/,
    );
  });
});
