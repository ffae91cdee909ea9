// The command line when the engine itself fails (a fault injected into one engine stage): one
// line naming the file and the engine's error on standard error, nothing on standard out, exit 2.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { main } from './annotate';

vi.mock('../src/core/entities/recognise', async (importOriginal) =>
  (await import('../src/core/testFault')).faultyRecognise(importOriginal),
);

afterEach(() => {
  vi.restoreAllMocks();
});

describe('annotate command line: an engine failure', () => {
  it('fails loudly, naming the file and the error', () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'annotate-fault-')), 'fault.txt');
    writeFileSync(file, 'The FAULT is here, Ana Ribeiro said.\n');
    const stdout = vi.spyOn(process.stdout, 'write').mockReturnValue(true);
    const stderr = vi.spyOn(process.stderr, 'write').mockReturnValue(true);
    expect(main([file])).toBe(2);
    expect(stdout).not.toHaveBeenCalled();
    expect(stderr.mock.calls.map(([text]) => String(text))).toEqual([
      `annotate: ${file}: the annotation engine failed on it (RangeError: simulated engine fault)\n`,
    ]);
  });
});
