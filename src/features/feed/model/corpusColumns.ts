import { decodeDocSets } from '@/core/corpus/docSets';
import type { DocKeysFile, FacetSetsFile } from '@/core/schema';
import { ByteReader, unzigzag } from '@/core/corpus/varint';
import { FacetColumn } from './facetColumn';

/** A facet file (validated) as a column over the corpus's `docs` docs; `name` names it in errors. */
export function decodeFacetFile(file: FacetSetsFile, docs: number, name: string): FacetColumn {
  if (file.docs !== docs) throw new Error(`${name}: made for ${file.docs} articles, not ${docs}`);
  const sets: { value: string; docs: Int32Array }[] = [];
  decodeDocSets(file.sets, file.values.length, docs, name, (index, found, length) => {
    sets.push({ value: file.values[index] ?? '', docs: found.slice(0, length) });
  });
  return FacetColumn.fromSets(docs, sets);
}

/** Docs in `a` or `b` (both ascending), ascending without repeats. */
function union(a: Int32Array, b: Int32Array): Int32Array {
  const out = new Int32Array(a.length + b.length);
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length || j < b.length) {
    const x = a[i] ?? Infinity;
    const y = b[j] ?? Infinity;
    const next = Math.min(x, y);
    if (x === next) i++;
    if (y === next) j++;
    out[n++] = next;
  }
  return out.slice(0, n);
}

/** The column of countries an article is about or mentions, from the two columns. */
export function anyCountryColumn(about: FacetColumn, mentions: FacetColumn): FacetColumn {
  const values = [...new Set([...about.dictionary.values, ...mentions.dictionary.values])];
  const docsOf = (column: FacetColumn, value: string) => {
    const id = column.dictionary.idOf(value);
    return id === undefined ? new Int32Array(0) : column.docsOf(id);
  };
  return FacetColumn.fromSets(
    about.docCount,
    values.map((value) => ({
      value,
      docs: union(docsOf(about, value), docsOf(mentions, value)),
    })),
  );
}

/** Per doc: its quote count and its date (minutes since 1970; -Infinity when undated). */
export interface DocKeys {
  quotes: Uint32Array;
  minutes: Float64Array;
}

export function decodeDocKeys(file: DocKeysFile, docs: number, name: string): DocKeys {
  if (file.docs !== docs || file.dated > docs)
    throw new Error(`${name}: made for ${file.docs} articles, not ${docs}`);
  const quotes = new Uint32Array(docs);
  const counts = new ByteReader(file.quotes, name);
  for (let doc = 0; doc < docs; doc++) quotes[doc] = counts.varint();
  const minutes = new Float64Array(docs).fill(-Infinity);
  const gaps = new ByteReader(file.minutes, name);
  let minute = 0;
  for (let doc = 0; doc < file.dated; doc++) minutes[doc] = minute += unzigzag(gaps.varint());
  return { quotes, minutes };
}

/** Docs most quoted first, then in the feed's order (newest first): a counting sort. */
export function quotedOrder(keys: DocKeys): Int32Array {
  const { quotes } = keys;
  let max = 0;
  for (const count of quotes) max = Math.max(max, count);
  const starts = new Int32Array(max + 2);
  for (const count of quotes) starts[max - count + 1] = (starts[max - count + 1] ?? 0) + 1;
  for (let k = 1; k < starts.length; k++) starts[k] = (starts[k] ?? 0) + (starts[k - 1] ?? 0);
  const order = new Int32Array(quotes.length);
  quotes.forEach((count, doc) => {
    const slot = max - count;
    order[starts[slot] ?? 0] = doc;
    starts[slot] = (starts[slot] ?? 0) + 1;
  });
  return order;
}
