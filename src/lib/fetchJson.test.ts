import { afterEach, describe, expect, it, vi } from 'vitest';
import * as z from 'zod/mini';
import { DataFileError } from './errors';
import { fetchJson } from './fetchJson';

const pointSchema = z.object({ x: z.number(), label: z.string() });

function serve(body: unknown, status = 200) {
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response(JSON.stringify(body), { status, statusText: 'Not Found' })),
  );
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('fetchJson', () => {
  it('returns the parsed data from /data/<path>', async () => {
    serve({ x: 1, label: 'one' });
    await expect(fetchJson('points/one.json', pointSchema)).resolves.toEqual({
      x: 1,
      label: 'one',
    });
    expect(fetch).toHaveBeenCalledWith('/data/points/one.json', expect.anything());
  });

  it('names the file and the field when the data does not match the schema', async () => {
    serve({ x: 'one', label: 'one' });
    await expect(fetchJson('points/one.json', pointSchema)).rejects.toThrow(
      /^\/data\/points\/one\.json: x: /,
    );
  });

  it('names the file and the status when the server has no such file', async () => {
    serve({}, 404);
    const error = await fetchJson('points/missing.json', pointSchema).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DataFileError);
    expect((error as DataFileError).status).toBe(404);
    expect((error as DataFileError).message).toContain('/data/points/missing.json');
  });

  it('says so when the file is not JSON', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('<!doctype html>', { status: 200 })),
    );
    await expect(fetchJson('points/one.json', pointSchema)).rejects.toThrow(
      '/data/points/one.json: is not valid JSON',
    );
  });
});
