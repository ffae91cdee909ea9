/**
 * Synthetic articles for the ingest benchmark: deterministic (seeded), varied in length, country,
 * topic, outlet and speakers, and written with ordinary quote patterns ("…," said X, role.) so the
 * real engine has quotes, people, places and organisations to find. People recur across articles
 * with a skewed distribution, as in a real news corpus.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  FIRST_NAMES,
  ORGANISATIONS,
  OUTLET_WORDS,
  PLACES,
  ROLES,
  SURNAMES,
  TOPICS,
} from './vocabulary';
import { seededRandom as random } from './random';

const pick = <T>(rng: () => number, items: readonly T[]): T =>
  items[Math.floor(rng() * items.length)] as T;
/** Skewed towards the start of the list: a few people are quoted very often. */
const pickSkewed = <T>(rng: () => number, items: readonly T[]): T =>
  items[Math.floor(rng() ** 2.5 * items.length)] as T;
const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

interface Person {
  first: string;
  last: string;
  role: string;
}

const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const SPEECH = ['said', 'added', 'said on Monday', 'wrote'];

function peopleOf(countryIndex: number): Person[] {
  const rng = random(1000 + countryIndex);
  return Array.from({ length: 120 }, () => ({
    first: pick(rng, FIRST_NAMES),
    last: pick(rng, SURNAMES),
    role: pick(rng, ROLES),
  }));
}

const PEOPLE = PLACES.map((_, index) => peopleOf(index));
const [OUTLET_FIRST = [], OUTLET_SECOND = []] = OUTLET_WORDS;
const OUTLETS = OUTLET_FIRST.flatMap((first, i) =>
  OUTLET_SECOND.map((second, j) => ({
    name: `${first} ${second}`,
    country: PLACES[(i * 7 + j * 3) % PLACES.length]?.[1] ?? 'KE',
  })),
);

export function syntheticArticle(index: number): string {
  const rng = random(index * 7919 + 17);
  const countryIndex = Math.floor(rng() ** 1.3 * PLACES.length);
  const [country, , cities] = PLACES[countryIndex] ?? PLACES[0] ?? ['Kenya', 'KE', ['Nairobi']];
  const city = pick(rng, cities);
  const [topic, phrases] = pick(rng, TOPICS);
  const speakers = Array.from({ length: 1 + Math.floor(rng() * 3) }, () =>
    pickSkewed(rng, PEOPLE[countryIndex] ?? []),
  );
  const other = pick(rng, PLACES);
  const day = pick(rng, DAYS);
  const published = new Date(Date.UTC(2024, 0, 1) + Math.floor(rng() * 700) * 86_400_000);
  const outlet = pick(rng, OUTLETS);
  const paragraphs = [
    `${capitalise(pick(rng, phrases))} in ${country}, officials in ${city} said on ${day}, in a development that ${pick(rng, ['surprised analysts', 'had been expected for months', 'drew criticism from opposition groups', 'could shape the coming year'])}.`,
  ];
  for (const person of speakers) {
    paragraphs.push(
      `"${capitalise(pick(rng, phrases))}, and we cannot ignore it," ${pick(rng, SPEECH)} ${person.first} ${person.last}, ${person.role}. "People in ${city} expect answers."`,
    );
    paragraphs.push(
      `${person.last} said ${pick(rng, ORGANISATIONS)} had been consulted and that ${pick(rng, phrases)}.`,
    );
  }
  const extra = 2 + Math.floor(rng() * 10);
  for (let i = 0; i < extra; i++) {
    const sentences = Array.from({ length: 2 + Math.floor(rng() * 4) }, () =>
      capitalise(
        `${pick(rng, pick(rng, TOPICS)[1])} in ${pick(rng, [city, country, other[0], pick(rng, other[2])])}, according to ${pick(rng, ORGANISATIONS)}.`,
      ),
    );
    paragraphs.push(sentences.join(' '));
  }
  const closer = speakers[0]?.last ?? 'The minister';
  paragraphs.push(
    `"We will keep working on this," ${closer} said. The next ${topic} report is due in ${pick(rng, ['March', 'June', 'September', 'December'])}.`,
  );
  return [
    '---',
    `title: "${city}: ${capitalise(pick(rng, phrases))}"`,
    `published: ${published.toISOString().slice(0, 10)}`,
    'source:',
    `  name: ${outlet.name}`,
    `  country: ${outlet.country}`,
    `byline: ${pick(rng, FIRST_NAMES)} ${pick(rng, SURNAMES)}`,
    'language: en',
    '---',
    paragraphs.join('\n\n'),
    '',
  ].join('\n');
}

/** Writes N articles as Markdown, 1,000 per folder. */
export async function writeSyntheticCorpus(dir: string, count: number): Promise<void> {
  for (let start = 0; start < count; start += 1000) {
    const folder = join(dir, `batch-${String(start / 1000).padStart(3, '0')}`);
    await mkdir(folder, { recursive: true });
    const writes: Promise<void>[] = [];
    for (let i = start; i < Math.min(start + 1000, count); i++) {
      writes.push(
        writeFile(join(folder, `synthetic-${String(i).padStart(6, '0')}.md`), syntheticArticle(i)),
      );
    }
    await Promise.all(writes);
  }
}
