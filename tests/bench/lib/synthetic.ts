/**
 * Synthetic index records with news-like distributions, for benchmarks: skewed (Zipf) use of
 * ~60 countries, 17 topics, a few thousand people with a long tail, ~30 sources, and titles and
 * excerpts drawn from a vocabulary of common news words plus a long tail of invented words.
 * Seeded, so every run measures the same corpus.
 */
import type { IndexRecord } from '../../../src/core/schema';
import { MEDIA_TOPICS } from '../../../src/core/topics/mediaTopics';
import { seededRandom } from '../../synthetic/random';

/** Draws indices 0..size-1 with probability proportional to 1/(rank+1)^exponent. */
function zipf(size: number, exponent: number, random: () => number): () => number {
  const cumulative = new Float64Array(size);
  let total = 0;
  for (let rank = 0; rank < size; rank++) cumulative[rank] = total += 1 / (rank + 1) ** exponent;
  return () => {
    const target = random() * total;
    let low = 0;
    let high = size - 1;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if ((cumulative[mid] ?? 0) < target) low = mid + 1;
      else high = mid;
    }
    return low;
  };
}

const COUNTRIES = (
  'US GB FR DE JP CN IN BR RU AU NZ CA MX IT ES UA IL PS IR SA TR EG ZA NG KE ET PK AF BD ID ' +
  'PH VN TH MY SG KR KP TW HK AR CL CO PE VE CU PL NL BE SE NO FI DK IE PT GR CH AT HU RO PG FJ'
).split(' ');

const COMMON_WORDS = (
  'government minister president election elections vote voters parliament policy budget ' +
  'economy market markets trade tariffs inflation prices bank banks growth jobs workers union ' +
  'strike court judge law police crime investigation report reports study scientists climate ' +
  'weather storm flood floods fire wildfire earthquake health hospital doctors patients vaccine ' +
  'school schools students teachers university church festival film music artist museum ' +
  'football match team season coach players championship olympic war peace talks ceasefire ' +
  'troops border refugees protest protesters rally leader leaders party opposition coalition ' +
  'council city cities village rural farmers energy oil gas power prices water drought ' +
  'technology company companies startup data privacy internet phone app security cyber attack ' +
  'summit agreement deal treaty sanctions exports imports shipping port airline airport ' +
  'housing rent homes mortgage tax taxes spending reform pension benefits welfare families ' +
  'children women young people residents community local national regional international ' +
  'announced said says warned called plans new first after before over under against amid ' +
  'the a of to in and for on with at by from as is was are were be has have will would could'
).split(/\s+/);

const SYLLABLES = (
  'ka ri to na mi so le va de lo pa ne shi ta ro ma ki ha zu be li an ter mon gar vel dor ' +
  'fen wal bri cos tra nel mar sul ven pol ari eno ule ste gra pin qua hol dre'
).split(' ');

function inventedWord(random: () => number, parts: number): string {
  let word = '';
  for (let i = 0; i < parts; i++) word += SYLLABLES[Math.floor(random() * SYLLABLES.length)];
  return word;
}

/** What a synthetic corpus holds besides its records. */
export interface SyntheticCorpus {
  records: IndexRecord[];
  people: { id: string; name: string }[];
  vocabulary: string[];
}

/** `count` records, newest first, as the ingest would shard them. */
export function syntheticCorpus(count: number, seed = 42): SyntheticCorpus {
  const random = seededRandom(seed);
  const vocabulary = [
    ...new Set([
      ...COMMON_WORDS,
      ...Array.from({ length: 20000 }, () => inventedWord(random, 2 + Math.floor(random() * 3))),
    ]),
  ];
  const word = zipf(vocabulary.length, 1.0, random);
  const people = Array.from({ length: 3000 }, (_, i) => {
    const name = `${capitalise(inventedWord(random, 2))} ${capitalise(inventedWord(random, 3))}`;
    return { id: `person-${i}`, name };
  });
  const person = zipf(people.length, 1.1, random);
  const country = zipf(COUNTRIES.length, 1.0, random);
  const topic = zipf(MEDIA_TOPICS.length, 0.8, random);
  const source = zipf(30, 0.9, random);
  const newest = Date.UTC(2026, 10, 1);
  const sentence = (length: number) =>
    Array.from({ length }, () => vocabulary[word()] ?? '').join(' ');
  const pick = <T>(draw: () => number, pool: readonly T[], min: number, max: number): T[] => {
    const wanted = min + Math.floor(random() * (max - min + 1));
    const chosen = new Set<T>();
    for (let tries = 0; chosen.size < wanted && tries < wanted * 4; tries++) {
      const value = pool[draw()];
      if (value !== undefined) chosen.add(value);
    }
    return [...chosen];
  };
  const records = Array.from({ length: count }, (_, i): IndexRecord => {
    const about = pick(country, COUNTRIES, 1, 2);
    const id = `article-${i}`;
    return {
      id,
      title: capitalise(sentence(6 + Math.floor(random() * 7))),
      // Newest first, a few minutes apart, as shards arrive.
      published: new Date(newest - i * 7 * 60_000).toISOString(),
      source: `source-${source()}`,
      about,
      mentions: pick(country, COUNTRIES, 0, 3).filter((code) => !about.includes(code)),
      topics: pick(topic, MEDIA_TOPICS, 1, 3).map((entry) => entry.code),
      people: pick(person, people, 0, 4).map((entry) => entry.id),
      quoteCount: Math.floor(-Math.log(1 - random()) * 4),
      excerpt: capitalise(sentence(25 + Math.floor(random() * 16))) + '.',
      file: `articles/${id}.json`,
    };
  });
  return { records, people, vocabulary };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Splits records into shards of `size`, as the manifest lists them. */
export function shards<T>(records: readonly T[], size: number): T[][] {
  const result: T[][] = [];
  for (let start = 0; start < records.length; start += size)
    result.push(records.slice(start, start + size));
  return result;
}
