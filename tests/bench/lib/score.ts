/**
 * The project's scorer for annotation accuracy, following the rules of ../shared/eval/README.md:
 * spans match when their overlap is at least half of the shorter one (one-to-one, greedy, best
 * overlap first); predictions on optional gold count neither way; speakers match by normalised name,
 * last token, token order, or a short form the article uses (people), or main words (organisations).
 */
export interface GoldQuote {
  start: number;
  end: number;
  kind: string;
  speaker: string | null;
  optional?: boolean;
  speaker_type?: string;
  speaker_aliases?: string[];
}
export interface GoldEntity {
  start: number;
  end: number;
  text: string;
  type: string;
  canonical: string;
  optional?: boolean;
  note?: string;
}
export interface Gold {
  id: string;
  title?: string;
  text: string;
  quotes: GoldQuote[];
  entities: GoldEntity[];
  countries: string[];
  primary_countries?: string[];
  topics: string[];
}
export interface PredQuote {
  start: number;
  end: number;
  kind: string;
  speaker: string | null;
}
export interface PredMention {
  start: number;
  end: number;
  type: string;
}
export interface Prediction {
  quotes: PredQuote[];
  mentions: PredMention[];
  countries: string[];
  /** IPTC labels, main first. */
  topics: string[];
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}
export const f1 = ({ tp, fp, fn }: Counts): number =>
  tp + fp + fn === 0 ? 1 : (2 * tp) / (2 * tp + fp + fn);
export const precision = ({ tp, fp }: Counts): number => (tp + fp === 0 ? 1 : tp / (tp + fp));
export const recall = ({ tp, fn }: Counts): number => (tp + fn === 0 ? 1 : tp / (tp + fn));

interface Span {
  start: number;
  end: number;
  optional?: boolean;
}
const overlap = (a: Span, b: Span) =>
  Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
const spansMatch = (a: Span, b: Span) => {
  const o = overlap(a, b);
  return o > 0 && o >= 0.5 * Math.min(a.end - a.start, b.end - b.start);
};

/** Greedy one-to-one matching; returns matched pairs (required gold only), false positives, misses. */
export function matchSpans<P extends Span, G extends Span>(preds: P[], golds: G[]) {
  const candidates: { i: number; j: number; score: number; d: number }[] = [];
  preds.forEach((p, i) =>
    golds.forEach((g, j) => {
      if (!spansMatch(p, g)) return;
      const score = overlap(p, g) / Math.max(p.end - p.start, g.end - g.start);
      candidates.push({ i, j, score, d: Math.abs(p.start - g.start) + Math.abs(p.end - g.end) });
    }),
  );
  candidates.sort((a, b) => b.score - a.score || a.d - b.d || a.i - b.i || a.j - b.j);
  const predUsed = new Map<number, number>();
  const goldUsed = new Set<number>();
  for (const c of candidates) {
    if (predUsed.has(c.i) || goldUsed.has(c.j)) continue;
    predUsed.set(c.i, c.j);
    goldUsed.add(c.j);
  }
  const pairs: [P, G][] = [];
  let fp = 0;
  preds.forEach((p, i) => {
    const j = predUsed.get(i);
    if (j !== undefined) {
      const g = golds[j] as G;
      if (!g.optional) pairs.push([p, g]);
    } else if (!golds.some((g) => g.optional && spansMatch(p, g))) fp++;
  });
  const fn = golds.filter((g, j) => !g.optional && !goldUsed.has(j)).length;
  return { pairs, fp, fn };
}

export function normName(text: string | null | undefined): string {
  return String(text ?? '')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/ı/g, 'i')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
const nameTokens = (text: string) =>
  normName(text)
    .split(' ')
    .filter(Boolean)
    .map((word) => word.replace(/isation(s?)$/, 'ization$1'));
const STOP = new Set([
  'the',
  'of',
  'and',
  'for',
  'in',
  'on',
  'at',
  'to',
  'a',
  'an',
  'de',
  'do',
  'da',
  'dos',
  'das',
  'du',
  'des',
  'la',
  'le',
]);

/** Words that may stand before a name without being a given name (the surname rule skips them). */
const TITLE_WORDS = new Set(
  (
    'mr mrs ms miss dr prof professor sir dame lord lady pm president vice prime minister premier ' +
    'chancellor governor gov senator sen rep representative congressman congresswoman mayor judge ' +
    'justice chief general gen col captain capt king queen prince princess pope rev reverend ' +
    'father sister brother sheikh cj secretary ambassador officer detective inspector sergeant ' +
    'coach dato datuk tan sri haji shri smt hon honourable honorable the former leader chairman ' +
    'chair ceo spokesman spokeswoman spokesperson'
  ).split(' '),
);

const givenNames = (tokens: string[]) => tokens.slice(0, -1).filter((w) => !TITLE_WORDS.has(w));
const sameGiven = (a: string, b: string) =>
  a === b || (a.length === 1 && b.startsWith(a)) || (b.length === 1 && a.startsWith(b));

/** Whether the speaker's type in the gold is an organisation. */
export function isOrgSpeaker(quote: GoldQuote, gold: Gold): boolean {
  return quote.speaker_type !== undefined
    ? quote.speaker_type === 'organization'
    : gold.entities.some((e) => e.canonical === quote.speaker && e.type === 'organization');
}

export function speakerCorrect(pred: string | null, quote: GoldQuote, gold: Gold): boolean {
  if (!pred || !quote.speaker) return false;
  const p = normName(pred);
  if (!p) return false;
  if (
    p === normName(quote.speaker) ||
    nameTokens(pred).join(' ') === nameTokens(quote.speaker).join(' ')
  )
    return true;
  if (!isOrgSpeaker(quote, gold)) {
    const pt = nameTokens(pred);
    const gt = nameTokens(quote.speaker);
    if (pt.length && gt.length && pt[pt.length - 1] === gt[gt.length - 1]) {
      // The same surname is wrong when the prediction names another member of the family: a
      // different given name before it ("Bill Clinton" for Hillary Clinton).
      const pg = givenNames(pt);
      const gg = givenNames(gt);
      return !(pg.length && gg.length && !pg.some((a) => gg.some((b) => sameGiven(a, b))));
    }
    if (pt.length === gt.length && [...pt].sort().join(' ') === [...gt].sort().join(' '))
      return true;
    return gold.entities.some(
      (e) =>
        e.type === 'person' &&
        e.canonical === quote.speaker &&
        !/misspell/i.test(e.note ?? '') &&
        normName(e.text) === p,
    );
  }
  const aliases = [
    quote.speaker,
    ...(quote.speaker_aliases ?? []),
    ...gold.entities.filter((e) => e.canonical === quote.speaker).map((e) => e.text),
  ];
  const predWords = new Set(nameTokens(pred));
  return aliases.some((alias) => {
    if (normName(alias) === p || nameTokens(alias).join(' ') === nameTokens(pred).join(' '))
      return true;
    const main = nameTokens(alias).filter((word) => !STOP.has(word));
    return main.length > 0 && main.every((word) => predWords.has(word));
  });
}

export interface DocScore {
  quotes: Counts;
  matched: number;
  speakerCorrect: number;
  e2e: Counts;
  entities: Record<'person' | 'organization' | 'location' | 'all', Counts>;
  countries: Counts;
  /** 1/0 whether the first predicted topic is the gold main topic; undefined when gold has none. */
  mainTopic?: number;
  /** Required gold quotes and how many were found, by gold kind (direct, mixed, indirect). */
  byKind: Record<string, { gold: number; found: number }>;
  /** Matched quotes and right speakers, by the gold speaker's type. */
  bySpeakerType: Record<'person' | 'organization', { matched: number; correct: number }>;
}

export function scoreDocument(gold: Gold, pred: Prediction): DocScore {
  const q = matchSpans(pred.quotes, gold.quotes);
  const quotes = { tp: q.pairs.length, fp: q.fp, fn: q.fn };
  const byKind: DocScore['byKind'] = {};
  for (const quote of gold.quotes.filter((g) => !g.optional)) {
    const kind = (byKind[quote.kind] ??= { gold: 0, found: 0 });
    kind.gold++;
    if (q.pairs.some(([, g]) => g === quote)) kind.found++;
  }
  const bySpeakerType: DocScore['bySpeakerType'] = {
    person: { matched: 0, correct: 0 },
    organization: { matched: 0, correct: 0 },
  };
  let correct = 0;
  for (const [p, g] of q.pairs) {
    const right = speakerCorrect(p.speaker, g, gold);
    const type = bySpeakerType[isOrgSpeaker(g, gold) ? 'organization' : 'person'];
    type.matched++;
    if (right) {
      type.correct++;
      correct++;
    }
  }
  const requiredGold = gold.quotes.filter((quote) => !quote.optional).length;
  const ignored = pred.quotes.length - q.pairs.length - q.fp;
  const e2e = {
    tp: correct,
    fp: pred.quotes.length - ignored - correct,
    fn: requiredGold - correct,
  };
  const entities = { person: zero(), organization: zero(), location: zero(), all: zero() };
  for (const type of ['person', 'organization', 'location'] as const) {
    const m = matchSpans(
      pred.mentions.filter((mention) => mention.type === type),
      gold.entities.filter((entity) => entity.type === type),
    );
    entities[type] = { tp: m.pairs.length, fp: m.fp, fn: m.fn };
    add(entities.all, entities[type]);
  }
  const goldCountries = new Set(gold.countries);
  const predCountries = new Set(pred.countries);
  const hits = [...predCountries].filter((code) => goldCountries.has(code)).length;
  const countries = { tp: hits, fp: predCountries.size - hits, fn: goldCountries.size - hits };
  const mainTopic =
    gold.topics.length > 0 ? (pred.topics[0] === gold.topics[0] ? 1 : 0) : undefined;
  return {
    quotes,
    matched: q.pairs.length,
    speakerCorrect: correct,
    e2e,
    entities,
    countries,
    mainTopic,
    byKind,
    bySpeakerType,
  };
}

export const zero = (): Counts => ({ tp: 0, fp: 0, fn: 0 });
export function add(into: Counts, from: Counts): void {
  into.tp += from.tp;
  into.fp += from.fp;
  into.fn += from.fn;
}
