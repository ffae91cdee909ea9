// What the ingest says about the engine: an article it fails on is named, counted in the summary
// and left out while the rest is ingested; an article annotated only in part is named and counted.
// The pool runs in-process here, so that a fault can be injected into one engine stage and the
// engine's length limit lowered.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { annotateTask } from './annotate/annotateTask';
import type { AnnotateTask } from './annotate/pool';
import { runIngest } from './ingest';
import { summarizeRun } from './summary';
import { setup } from './testIngest';

vi.mock('./annotate/pool', () => ({
  AnnotatePool: class {
    run = (task: AnnotateTask) => annotateTask(task);
    close = async () => undefined;
  },
}));
vi.mock('../core/limits', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../core/limits')>()),
  MAX_BODY_CHARS: 1200,
}));
vi.mock('../core/entities/recognise', async (importOriginal) =>
  (await import('../core/testFault')).faultyRecognise(importOriginal),
);

const RUN = { out: 'public/data', cache: '.cache/ingest', seconds: '1.0' };

describe('the ingest and the engine', { timeout: 120_000 }, () => {
  it('names an article the engine failed on, says so in the summary and ingests the rest', async () => {
    const options = setup();
    const faulty = join(options.contentDir, 'engine-fault.md');
    writeFileSync(faulty, '---\ntitle: Fault\n---\nThe FAULT is here, Ana Ribeiro said.');
    const result = await runIngest(options);
    expect(result).toMatchObject({ written: true, articles: 4 });
    expect(result.problems).toEqual([
      {
        path: faulty,
        reason: expect.stringMatching(/annotation engine failed on it \(RangeError: simulated/),
        engine: true,
      },
    ]);
    expect(options.lines.join('')).toContain(`${faulty}: the annotation engine failed on it`);
    const summary = summarizeRun(result, RUN);
    expect(summary.code).toBe(1);
    expect(summary.lines).toContainEqual({
      text: '1 article could not be annotated: the engine failed on it (see the lines above); the others were ingested',
      warn: true,
    });
  });

  it('names an article annotated only in part, in the run, the summary and the article', async () => {
    const options = setup();
    const long = join(options.contentDir, 'long-report.txt');
    const paragraph = 'The harbour board met on Monday and agreed a new timetable for the ferries.';
    writeFileSync(
      long,
      `Long report\n\n${Array.from({ length: 30 }, () => paragraph).join('\n\n')}`,
    );
    const result = await runIngest(options);
    expect(result.limited).toEqual([
      { path: long, reason: expect.stringMatching(/^only the first [\d,]+ of [\d,]+ characters/) },
    ]);
    expect(options.lines.join('')).toMatch(/long-report\.txt: only the first/);
    const summary = summarizeRun(result, RUN);
    expect(summary.code).toBe(0);
    expect(summary.lines).toContainEqual({
      text: '1 article annotated only in part: a limit of the engine applied (see the lines above)',
      warn: true,
    });
    // An up-to-date run says it again.
    expect((await runIngest(options)).limited).toHaveLength(1);
  });
});
