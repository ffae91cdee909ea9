/**
 * The gold sets bench:accuracy measures: the project's own (tests/fixtures), and, when
 * ../shared is present beside the repository, GUM news and real Wikinews articles. The Wikinews
 * gold is split by a fixed rule into a development part (looked at while tuning) and a held-out
 * part whose misses nobody reads: sorted by file name, every third file (index 2, 5, 8, …) is held
 * out. Texts are read at run time and never copied into the repository.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Gold } from './score';
import { wikinewsBody } from '../../fixtures/wikinews-extra/wikinewsBody';

export interface GoldSet {
  name: string;
  dir: string;
  /** Blind: per-document misses are never printed unless --show-blind-misses. */
  blind?: boolean;
  /** Which files of `dir` belong to the set, by name and position in name order. */
  include?: (file: string, index: number) => boolean;
  /** The headline of a gold document when the gold file has none. */
  titleOf?: (id: string) => string;
  /** Gold kept as offsets and labels only: the text is the Wikinews article's body. */
  offsetsOnly?: boolean;
}

const root = path.resolve(import.meta.dirname, '../../..');
const shared = path.resolve(root, '../shared');
const wikinews = path.join(shared, 'data/wikinews');
const wikinewsExtra = path.join(root, 'tests/fixtures/wikinews-extra');

/** The fixed rule of the Wikinews split: every third file in name order is held out. */
export const isWikinewsHeldOut = (index: number): boolean => index % 3 === 2;

/** The title in a Wikinews Markdown file's front matter (plain or double-quoted YAML). */
function wikinewsTitle(id: string): string {
  const file = path.join(wikinews, `${id}.md`);
  if (!existsSync(file)) return '';
  const line = /^title:\s*(.*)$/m.exec(readFileSync(file, 'utf8'))?.[1]?.trim() ?? '';
  if (!line.startsWith('"')) return line;
  try {
    return JSON.parse(line) as string;
  } catch {
    return line.slice(1, -1);
  }
}

export const GOLD_SETS: GoldSet[] = [
  { name: 'project gold', dir: path.join(root, 'tests/fixtures/gold') },
  { name: 'GUM news', dir: path.join(shared, 'data/gum-news/gold') },
  {
    name: 'Wikinews development',
    dir: path.join(wikinews, 'gold'),
    include: (_file, index) => !isWikinewsHeldOut(index),
    titleOf: wikinewsTitle,
  },
  // More Wikinews gold made by the project (offsets and labels only), split by the same rule.
  {
    name: 'Wikinews extra development',
    dir: wikinewsExtra,
    include: (_file, index) => !isWikinewsHeldOut(index),
    titleOf: wikinewsTitle,
    offsetsOnly: true,
  },
  // Written blind, never tuned on (tests/fixtures/gold/README.md): the figure for unseen news.
  { name: 'held-out gold', dir: path.join(root, 'tests/fixtures/heldout'), blind: true },
  // Real news, never tuned on: only its aggregates are ever printed.
  {
    name: 'Wikinews held-out',
    dir: path.join(wikinews, 'gold'),
    blind: true,
    include: (_file, index) => isWikinewsHeldOut(index),
    titleOf: wikinewsTitle,
  },
  {
    name: 'Wikinews extra held-out',
    dir: wikinewsExtra,
    blind: true,
    include: (_file, index) => isWikinewsHeldOut(index),
    titleOf: wikinewsTitle,
    offsetsOnly: true,
  },
];

/** Puts the article's body and each span's text back into offsets-only gold. */
function hydrate(gold: Gold): Gold {
  const text = wikinewsBody(gold.id);
  if (text === undefined) return gold;
  return {
    ...gold,
    text,
    entities: gold.entities.map((entity) => ({
      ...entity,
      text: text.slice(entity.start, entity.end),
    })),
  };
}

/** The gold files of a set, in name order, as [file name, gold]. */
export function loadGoldSet(set: GoldSet, only?: string): [string, Gold][] {
  return readdirSync(set.dir)
    .filter((file) => file.endsWith('.json') && !file.startsWith('.'))
    .sort()
    .filter((file, index) => !set.include || set.include(file, index))
    .map((file): [string, Gold] => {
      const parsed = JSON.parse(readFileSync(path.join(set.dir, file), 'utf8')) as Gold;
      const gold = set.offsetsOnly ? hydrate(parsed) : parsed;
      if (!gold.title && set.titleOf) gold.title = set.titleOf(gold.id);
      return [file, gold];
    })
    .filter(([, gold]) => typeof gold.text === 'string' && (!only || gold.id === only));
}
