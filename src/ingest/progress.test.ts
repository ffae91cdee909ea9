import { describe, expect, it } from 'vitest';
import { createReporter } from './progress';

function capture(options: { tty: boolean; quiet?: boolean }) {
  const out: string[] = [];
  const reporter = createReporter({ ...options, write: (text) => out.push(text) });
  return { out, reporter };
}

describe('createReporter', () => {
  it('draws a bar with counts, rate and time left on a terminal', () => {
    const { out, reporter } = capture({ tty: true });
    reporter.progress('annotate', 5, 10);
    reporter.progress('annotate', 10, 10);
    expect(out[0]?.startsWith('\r\u001b[2K')).toBe(true);
    expect(out[0]).toMatch(/annotate \[#+-+\] 5\/10 files · [\d.]+\/s · .+ left$/);
    expect(out.join('')).toContain('10/10 files');
    expect(out.at(-1)).toBe('\n');
  });

  it('prints plain lines when not on a terminal', () => {
    const { out, reporter } = capture({ tty: false });
    reporter.progress('annotate', 10, 10);
    reporter.log('done');
    expect(out).toEqual([
      expect.stringMatching(/^annotate: 10\/10 files · .* took .*\n$/),
      'done\n',
    ]);
  });

  it('prints only problems with --quiet', () => {
    const { out, reporter } = capture({ tty: false, quiet: true });
    reporter.progress('annotate', 10, 10);
    reporter.log('done');
    reporter.warn('content/bad.md: missing title');
    expect(out).toEqual(['content/bad.md: missing title\n']);
  });
});
