import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { discoverInputs } from './discover';

describe('discoverInputs', () => {
  it('derives ids from file names, ignores other files and reports duplicate ids naming both', async () => {
    const root = mkdtempSync(join(tmpdir(), 'discover-'));
    mkdirSync(join(root, 'more'));
    writeFileSync(join(root, 'kept-story.md'), 'x');
    writeFileSync(join(root, 'Same Story.md'), 'x');
    writeFileSync(join(root, 'more', 'same-story.txt'), 'x');
    writeFileSync(join(root, 'README.md'), 'x');
    writeFileSync(join(root, '.hidden.md'), 'x');
    writeFileSync(join(root, 'photo.jpg'), 'x');
    const { inputs, problems } = await discoverInputs(root);
    expect(inputs.map((input) => input.id)).toEqual(['kept-story']);
    expect(problems).toHaveLength(2);
    for (const problem of problems) {
      expect(problem.reason).toContain('duplicate id "same-story"');
      expect(problem.reason).toContain('Same Story.md');
      expect(problem.reason).toContain(join('more', 'same-story.txt'));
    }
  });
});
