/**
 * The marker every output holds (`.broadsheet-corpus.json`): it says the ingest wrote the folder
 * and may replace it, and whether the folder was finished. The ingest replaces or deletes only
 * folders that carry it (and, once, the plain corpus folders older ingests wrote: guard.ts).
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export const MARKER = '.broadsheet-corpus.json';

export interface Marker {
  writtenBy: string;
  /** False while a run is still writing the folder; a folder left unfinished is never served. */
  complete: boolean;
  createdAt: string;
  note: string;
}

export async function readMarker(folder: string): Promise<Marker | undefined> {
  try {
    const marker = JSON.parse(await readFile(join(folder, MARKER), 'utf8')) as Partial<Marker>;
    return typeof marker.complete === 'boolean' ? (marker as Marker) : undefined;
  } catch {
    return undefined;
  }
}

export async function writeMarker(folder: string, complete: boolean): Promise<void> {
  const marker: Marker = {
    writtenBy: 'broadsheet ingest',
    complete,
    createdAt: new Date().toISOString(),
    note: 'Written by `npm run ingest` (src/ingest/README.md). The next run replaces this folder: keep nothing of your own in it.',
  };
  await writeFile(join(folder, MARKER), `${JSON.stringify(marker, null, 2)}\n`);
}
