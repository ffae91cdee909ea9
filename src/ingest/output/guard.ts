/**
 * What the ingest may replace. It refuses an --out that is, contains or lies inside a folder it
 * must never replace (the content, the cache), and an existing --out it did not write: a folder
 * of other files without its marker, a file, a link to someone else's folder.
 */
import { existsSync } from 'node:fs';
import { lstat, readdir, readlink, realpath, stat } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { isCorpusFile } from '../validateCorpus';
import { MARKER, readMarker } from './marker';
import { OutputRefusal } from './refusal';

/** The path with every link in its existing part resolved (the rest as given). */
async function throughLinks(path: string): Promise<string> {
  const rest: string[] = [];
  let existing = resolve(path);
  while (!existsSync(existing) && dirname(existing) !== existing) {
    rest.unshift(basename(existing));
    existing = dirname(existing);
  }
  return join(await realpath(existing).catch(() => existing), ...rest);
}

const isInside = (inner: string, outer: string): boolean => {
  const path = relative(outer, inner);
  return path !== '' && !path.startsWith('..') && !isAbsolute(path);
};

/** Refuses an --out that is, contains or lies inside one of `folders` (by path or through links). */
export async function guardPlace(
  out: string,
  folders: { path: string; label: string }[],
): Promise<void> {
  const outForms = [resolve(out), await throughLinks(out)];
  for (const { path, label } of folders) {
    const forms = [resolve(path), await throughLinks(path)];
    for (const [index, target] of outForms.entries()) {
      const other = forms[index] ?? '';
      const why =
        target === other
          ? `it is ${label}`
          : isInside(target, other)
            ? `it lies inside ${label} (${path})`
            : isInside(other, target)
              ? `it contains ${label} (${path})`
              : undefined;
      if (why) {
        throw new OutputRefusal(
          `refusing to write the corpus to ${out}: ${why}, and the output folder is replaced as a whole. Choose another --out.`,
        );
      }
    }
  }
}

/** Files below `folder` the ingest would not have written (up to `most` of them). */
async function foreignFiles(folder: string, most = 3): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  const files = entries
    .filter((entry) => !entry.isDirectory())
    .map((entry) => relative(folder, join(entry.parentPath, entry.name)));
  const foreign = files.filter((file) => !isCorpusFile(file)).slice(0, most);
  // An older ingest's output holds corpus files only, a manifest among them.
  if (foreign.length === 0 && files.length > 0 && !files.includes('manifest.json'))
    return [files[0] ?? ''];
  return foreign;
}

export type ExistingOutput =
  { kind: 'missing' } | { kind: 'link'; destination: string } | { kind: 'folder'; corpus: boolean };

/**
 * What stands at `target` now: nothing, a link (to the absolute `destination`), or a folder
 * (`corpus`: one the ingest wrote, an older ingest's plain folder included; else empty). Refuses
 * anything the ingest did not write.
 */
export async function existingOutput(target: string): Promise<ExistingOutput> {
  const info = await lstat(target).catch(() => undefined);
  if (!info) return { kind: 'missing' };
  const refuse = (why: string): never => {
    throw new OutputRefusal(
      `refusing to replace ${target}: ${why}. The ingest replaces only a folder it wrote itself (one with its ${MARKER} marker); point --out at an empty or new folder.`,
    );
  };
  if (info.isSymbolicLink()) {
    const destination = resolve(dirname(target), await readlink(target));
    const found = await stat(destination).catch(() => undefined);
    // A dangling link holds nothing to lose; a link to a folder the ingest wrote is replaced.
    if (!found || (found.isDirectory() && (await readMarker(destination)))) {
      return { kind: 'link', destination };
    }
    return refuse(`it is a link to ${destination}, which the ingest did not write`);
  }
  if (!info.isDirectory()) return refuse('it is a file, not a folder');
  if (await readMarker(target)) return { kind: 'folder', corpus: true };
  const foreign = await foreignFiles(target);
  if (foreign.length > 0) {
    return refuse(
      `it holds ${foreign.map((file) => `"${file}"`).join(', ')}${foreign.length === 3 ? ' and perhaps more' : ''}, not written by the ingest, and no marker`,
    );
  }
  return { kind: 'folder', corpus: (await readdir(target)).length > 0 };
}
