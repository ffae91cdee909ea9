/**
 * bench:engine's long-text figure: one text of about a million characters, made of every article
 * the benchmark has (and, when present, the real Wikinews articles of ../shared/data, whose many
 * different names make the entity passes work hardest), annotated whole. Issue 11 asks for under a
 * second.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { annotate } from '../../../src/core/annotate';
import { parseMarkdown } from '../../../src/core/input/markdown';
import { toArticleInput } from '../../../src/core/input/metadata';
import { quantile } from './stats';

const LENGTH = 1_000_000;
const TARGET_MS = 1000;

/** The bodies of the Wikinews articles in `dir`, or none (with a note) when it is absent. */
function wikinewsBodies(dir: string): string[] {
  if (!existsSync(dir)) {
    console.log(`Wikinews articles: absent (${dir}), the long text is made of the gold texts only`);
    return [];
  }
  return readdirSync(dir)
    .filter((file) => file.endsWith('.md'))
    .sort()
    .map((file) => {
      const parsed = parseMarkdown(readFileSync(path.join(dir, file), 'utf8'));
      return toArticleInput(file, parsed).body ?? '';
    });
}

export function longText(bodies: string[], wikinewsDir: string): void {
  const parts = [...wikinewsBodies(wikinewsDir), ...bodies].filter((body) => body.length > 0);
  let text = '';
  for (let i = 0; text.length < LENGTH && parts.length > 0; i++)
    text += `${parts[i % parts.length]}\n\n`;
  text = text.slice(0, LENGTH);
  annotate({ id: 'long-text-warm-up', body: text.slice(0, 50_000) });
  const times: number[] = [];
  let quotes = 0;
  for (let round = 0; round < 3; round++) {
    const started = performance.now();
    quotes = annotate({ id: 'long-text', body: text }).quotes.length;
    times.push(performance.now() - started);
  }
  const median = quantile(times, 0.5);
  console.log(
    `\n## One long text: ${text.length.toLocaleString('en')} characters, 3 rounds\n\n` +
      `annotate(): median ${median.toFixed(0)} ms (${times.map((ms) => ms.toFixed(0)).join(', ')}), ` +
      `${quotes.toLocaleString('en')} quotes; target < ${TARGET_MS} ms: ` +
      `${median < TARGET_MS ? 'meets' : 'ABOVE'} the target`,
  );
}
