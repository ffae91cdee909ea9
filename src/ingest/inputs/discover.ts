/**
 * Finds the input files under a content folder. The article id is the file name without its
 * extension, as a slug; two files with the same id are both reported and neither is ingested.
 * Dotfiles, README files and files of other types are ignored.
 */
import { readdir } from 'node:fs/promises';
import { extname, basename, join, relative } from 'node:path';
import { slugify } from '../../core/text/slug';
import { INPUT_EXTENSIONS } from './parseInput';

export interface InputFile {
  id: string;
  /** Absolute or caller-relative path, as given by the caller's root. */
  path: string;
  extension: string;
}

export interface InputProblem {
  path: string;
  reason: string;
  /** The input was read but the annotation engine failed on it (not a bad input). */
  engine?: boolean;
}

async function listFiles(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true });
  const files: string[] = [];
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(folder, entry.name);
    if (entry.isDirectory()) files.push(...(await listFiles(path)));
    else if (entry.isFile() || entry.isSymbolicLink()) files.push(path);
  }
  return files;
}

export async function discoverInputs(
  root: string,
): Promise<{ inputs: InputFile[]; problems: InputProblem[] }> {
  const paths = (await listFiles(root)).sort();
  const byId = new Map<string, InputFile[]>();
  const problems: InputProblem[] = [];
  for (const path of paths) {
    const extension = extname(path).toLowerCase();
    if (!INPUT_EXTENSIONS.includes(extension)) continue;
    const stem = basename(path, extname(path));
    if (/^readme$/i.test(stem)) continue;
    const id = slugify(stem);
    if (!id) {
      problems.push({ path, reason: 'file name gives an empty id' });
      continue;
    }
    const same = byId.get(id) ?? [];
    same.push({ id, path, extension });
    byId.set(id, same);
  }
  const inputs: InputFile[] = [];
  for (const [id, files] of byId) {
    const [first, ...others] = files;
    if (first && others.length === 0) {
      inputs.push(first);
      continue;
    }
    const names = files.map((file) => relative(root, file.path) || file.path);
    for (const file of files) {
      problems.push({ path: file.path, reason: `duplicate id "${id}": ${names.join(' and ')}` });
    }
  }
  inputs.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { inputs, problems };
}
