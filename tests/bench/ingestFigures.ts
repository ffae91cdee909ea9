/** Figures about a built corpus folder and a running process, for the ingest benchmark. */
import { readFileSync } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface FolderFigures {
  files: number;
  bytes: number;
  largestFile: { path: string; bytes: number };
  largestFolder: { path: string; files: number };
}

export async function folderFigures(root: string): Promise<FolderFigures> {
  const figures: FolderFigures = {
    files: 0,
    bytes: 0,
    largestFile: { path: '', bytes: 0 },
    largestFolder: { path: '', files: 0 },
  };
  const walk = async (dir: string): Promise<void> => {
    const entries = await readdir(dir, { withFileTypes: true });
    const files = entries.filter((entry) => entry.isFile());
    if (files.length > figures.largestFolder.files) {
      figures.largestFolder = { path: relative(root, dir) || '.', files: files.length };
    }
    for (const file of files) {
      const { size } = await stat(join(dir, file.name));
      figures.files++;
      figures.bytes += size;
      if (size > figures.largestFile.bytes) {
        figures.largestFile = { path: relative(root, join(dir, file.name)), bytes: size };
      }
    }
    for (const entry of entries) if (entry.isDirectory()) await walk(join(dir, entry.name));
  };
  await walk(root);
  return figures;
}

export async function sizes(path: string): Promise<{ raw: number; gzip: number }> {
  const bytes = await readFile(path);
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

/** Resident memory of a process in bytes (Linux /proc), or 0 when it cannot be read. */
export function residentBytes(pid: number): { rss: number; peak: number } {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (field: string): number =>
      Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? 0) * 1024;
    return { rss: kb('VmRSS'), peak: kb('VmHWM') };
  } catch {
    return { rss: 0, peak: 0 };
  }
}

export const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
export const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
