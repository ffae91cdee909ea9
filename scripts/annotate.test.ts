// The command line, run as a real process: good input prints a valid article on stdout, bad input
// prints one line naming the file on stderr, exit code 1 and nothing on stdout.
import { spawn } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { annotate } from '../src/core/annotate';
import { annotatedArticleSchema } from '../src/core/schema';

const root = path.resolve(import.meta.dirname, '..');
let dir = '';

const BODY = [
  'Harbour Commissioner Teodora Vlasic said on Monday that the new ferry berth would open in May.',
  '"We have waited long enough for this," Vlasic told reporters at the quay.',
].join('\n');

interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Spawns the script as a user would (asynchronously, so that stdin and stdout never block each other). */
function run(args: string[], input = ''): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn('npx', ['tsx', 'scripts/annotate.ts', ...args], { cwd: root });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input);
  });
}

function file(name: string, content: string): string {
  const full = path.join(dir, name);
  writeFileSync(full, content);
  return full;
}

function expectFailure(result: RunResult, name: string, reason: RegExp) {
  expect(result.code).toBe(1);
  expect(result.stdout).toBe('');
  const lines = result.stderr.split('\n').filter((line) => line.trim().length > 0);
  expect(lines).toHaveLength(1);
  expect(lines[0]).toContain(name);
  expect(lines[0]).toMatch(reason);
}

function expectArticle(result: RunResult, body: string) {
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  const article = annotatedArticleSchema.parse(JSON.parse(result.stdout));
  expect(article.body).toBe(body);
  return article;
}

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'annotate-cli-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('annotate command line: good input', { timeout: 60_000 }, () => {
  it('annotates a .txt body, one paragraph per line, exactly as annotate() does', async () => {
    const article = expectArticle(await run([file('ferry.txt', `${BODY}\n`)]), BODY);
    expect(article).toEqual(annotate({ body: BODY }));
  });

  it('normalises Windows line ends and drops a byte-order mark', async () => {
    const windows = file('windows.txt', `\uFEFF${BODY.replace(/\n/g, '\r\n')}\r\n`);
    expectArticle(await run([windows]), BODY);
  });

  it('annotates a .json article and keeps its title and id', async () => {
    const json = JSON.stringify({ id: 'ferry-berth', title: 'Ferry berth to open', body: BODY });
    const article = expectArticle(await run([file('ferry.json', json)]), BODY);
    expect(article).toEqual(
      annotate({ id: 'ferry-berth', title: 'Ferry berth to open', body: BODY }),
    );
  });

  it('reads plain text from standard input with -', async () => {
    expectArticle(await run(['-'], `${BODY}\n`), BODY);
  });

  it('reads a JSON article from standard input with -', async () => {
    const json = JSON.stringify({ title: 'Ferry berth to open', body: BODY });
    const article = expectArticle(await run(['-'], json), BODY);
    expect(article.title).toBe('Ferry berth to open');
  });

  it('exits quietly when the reader closes the pipe early (like | head)', async () => {
    const big = file('big.txt', `${BODY}\n`.repeat(400));
    const result = await new Promise<RunResult>((resolve, reject) => {
      const child = spawn('npx', ['tsx', 'scripts/annotate.ts', big], { cwd: root });
      let stderr = '';
      child.stdout.once('data', () => child.stdout.destroy());
      child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
      child.on('error', reject);
      child.on('close', (code) => resolve({ code, stdout: '', stderr }));
    });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
  });

  it('reads standard input that is JSON but has no body as plain text', async () => {
    const text = JSON.stringify({ title: 'Ferry' });
    expectArticle(await run(['-'], text), text);
  });
});

describe('annotate command line: limits', { timeout: 120_000 }, () => {
  it('says on standard error when only part of a huge text was annotated', async () => {
    const huge = file('huge.txt', `${BODY}\n`.repeat(12_000));
    const result = await run([huge]);
    expect(result.code).toBe(0);
    const article = annotatedArticleSchema.parse(JSON.parse(result.stdout));
    expect(article.limits).toHaveLength(1);
    expect(result.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(
        new RegExp(
          `^annotate: ${huge}: only the first [\\d,]+ of [\\d,]+ characters were annotated`,
        ),
      ),
    ]);
  });
});

describe('annotate command line: bad input', { timeout: 60_000 }, () => {
  it('rejects a missing file', async () => {
    const missing = path.join(dir, 'does-not-exist.txt');
    expectFailure(await run([missing]), missing, /no such file/);
  });

  it('rejects an empty file', async () => {
    const empty = file('empty.txt', '');
    expectFailure(await run([empty]), empty, /empty/);
  });

  it('rejects a file of blank lines', async () => {
    const blank = file('blank.txt', '\n  \n\n');
    expectFailure(await run([blank]), blank, /empty/);
  });

  it('rejects a directory', async () => {
    const folder = path.join(dir, 'folder.txt');
    mkdirSync(folder);
    expectFailure(await run([folder]), folder, /directory/);
  });

  it('rejects invalid JSON', async () => {
    const broken = file('broken.json', '{ "title": "Ferry", "body": ');
    expectFailure(await run([broken]), broken, /invalid JSON/);
  });

  it('rejects JSON without a body', async () => {
    const bodiless = file('bodiless.json', JSON.stringify({ title: 'Ferry berth to open' }));
    expectFailure(await run([bodiless]), bodiless, /missing field "body"/);
  });

  it('rejects JSON whose body is not a string', async () => {
    const numeric = file('numeric.json', JSON.stringify({ body: 42 }));
    expectFailure(await run([numeric]), numeric, /body/);
  });

  it('rejects JSON that is not an object', async () => {
    const list = file('list.json', JSON.stringify([BODY]));
    expectFailure(await run([list]), list, /object/);
  });

  it('rejects a JSON article with an empty body', async () => {
    const hollow = file('hollow.json', JSON.stringify({ title: 'Ferry', body: '   ' }));
    expectFailure(await run([hollow]), hollow, /empty/);
  });

  it('rejects a JSON article on standard input whose body is not a string', async () => {
    expectFailure(await run(['-'], JSON.stringify({ body: ['a'] })), 'standard input', /body/);
  });

  it('rejects empty standard input', async () => {
    expectFailure(await run(['-'], ''), 'standard input', /empty/);
  });

  it('prints usage and fails without a file argument', async () => {
    const result = await run([]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/usage/);
  });
});
