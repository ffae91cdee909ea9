/** Totals of bench:accuracy over a gold set, and how they and per-document details are printed. */
import {
  add,
  f1,
  precision,
  recall,
  zero,
  type Counts,
  type DocScore,
  type Gold,
  type Prediction,
} from './score';

const ENTITY_TYPES = ['person', 'organization', 'location', 'all'] as const;
const entityCounts = () => ({
  person: zero(),
  organization: zero(),
  location: zero(),
  all: zero(),
});

export type Totals = ReturnType<typeof newTotals>;

export function newTotals() {
  return {
    quotes: zero(),
    e2e: zero(),
    countries: zero(),
    matched: 0,
    speaker: 0,
    topicHits: 0,
    topicDocs: 0,
    byKind: {} as Record<string, { gold: number; found: number }>,
    bySpeakerType: {
      person: { matched: 0, correct: 0 },
      organization: { matched: 0, correct: 0 },
    },
    entities: entityCounts(),
    baseline: entityCounts(),
  };
}

export function addDocument(totals: Totals, score: DocScore, baseline: DocScore): void {
  add(totals.quotes, score.quotes);
  add(totals.e2e, score.e2e);
  add(totals.countries, score.countries);
  totals.matched += score.matched;
  totals.speaker += score.speakerCorrect;
  for (const type of ENTITY_TYPES) {
    add(totals.entities[type], score.entities[type]);
    add(totals.baseline[type], baseline.entities[type]);
  }
  for (const [kind, counts] of Object.entries(score.byKind)) {
    const into = (totals.byKind[kind] ??= { gold: 0, found: 0 });
    into.gold += counts.gold;
    into.found += counts.found;
  }
  for (const type of ['person', 'organization'] as const) {
    totals.bySpeakerType[type].matched += score.bySpeakerType[type].matched;
    totals.bySpeakerType[type].correct += score.bySpeakerType[type].correct;
  }
  if (score.mainTopic !== undefined) {
    totals.topicDocs++;
    totals.topicHits += score.mainTopic;
  }
}

const pct = (value: number) => value.toFixed(3);
const prf = (c: Counts) => `P ${pct(precision(c))}  R ${pct(recall(c))}  F1 ${pct(f1(c))}`;
const ratio = (hits: number, all: number) => `${all ? pct(hits / all) : '  -  '} (${hits}/${all})`;

export function printTotals(totals: Totals): void {
  const { quotes, matched, speaker } = totals;
  console.log(
    `quotes            ${prf(quotes)}   (matched ${quotes.tp}, spurious ${quotes.fp}, missed ${quotes.fn})`,
  );
  const kinds = ['direct', 'mixed', 'indirect']
    .map((kind) => {
      const counts = totals.byKind[kind] ?? { gold: 0, found: 0 };
      return `${kind === 'indirect' ? 'reported' : kind} ${ratio(counts.found, counts.gold)}`;
    })
    .join('   ');
  console.log(`recall by kind    ${kinds}`);
  console.log(`speaker accuracy  ${ratio(speaker, matched)}`);
  const { person, organization } = totals.bySpeakerType;
  console.log(
    `  by speaker type person ${ratio(person.correct, person.matched)}   organisation ${ratio(organization.correct, organization.matched)}`,
  );
  console.log(`end-to-end quotes ${prf(totals.e2e)}`);
  for (const type of ENTITY_TYPES) {
    console.log(
      `entities ${type.padEnd(13)}${prf(totals.entities[type])}   compromise alone: F1 ${pct(f1(totals.baseline[type]))}`,
    );
  }
  console.log(`countries         ${prf(totals.countries)}`);
  console.log(
    `main topic        ${totals.topicDocs ? ratio(totals.topicHits, totals.topicDocs) : '- (no gold topics)'}`,
  );
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  Math.min(a.end, b.end) - Math.max(a.start, b.start) >=
  0.5 * Math.min(a.end - a.start, b.end - b.start);

export function printDetails(gold: Gold, prediction: Prediction): void {
  const text = gold.text;
  const clip = (s: { start: number; end: number }) =>
    JSON.stringify(text.slice(s.start, s.end).slice(0, 90));
  console.log(`\n# ${gold.id}`);
  for (const g of gold.quotes.filter((q) => !q.optional)) {
    const hit = prediction.quotes.find((p) => overlaps(p, g));
    if (!hit) console.log(`  MISS  ${g.kind.padEnd(8)} [${g.speaker}] ${clip(g)}`);
    else if (hit.speaker !== g.speaker)
      console.log(
        `  SPKR? ${g.kind.padEnd(8)} gold [${g.speaker}] pred [${hit.speaker}] ${clip(g)}`,
      );
  }
  for (const p of prediction.quotes) {
    if (!gold.quotes.some((g) => overlaps(p, g)))
      console.log(`  EXTRA ${p.kind.padEnd(8)} [${p.speaker}] ${clip(p)}`);
  }
}
