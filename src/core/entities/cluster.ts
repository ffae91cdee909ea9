/**
 * Second pass of entity recognition, over the whole document: mentions of the same person,
 * organisation or place become one entity. A full name seen once makes later surname-only mentions
 * (and misspelt ones) the same person; "World Health Organization (WHO)" makes "WHO" an alias.
 * Single words left untyped by the first pass are typed here from the document's other mentions.
 */
import { KeyIndex } from './keyIndex';
import type { EntityType } from '../schema';
import type { Doc } from '../text/document';
import { isCapitalised } from '../text/tokens';
import { editDistance, familyName, firstOfTwoSurnames } from './names';
import { isAcronym } from './recognise';
import type { Cluster, Mention } from './types';
import { resolveSingleWord } from './singleWords';
import { bodyWordsOf } from './companyCues';
import { addInitialism, linkAcronym, mergeAcronyms } from './acronyms';

export function clusterMentions(doc: Doc, mentions: Mention[]): Cluster[] {
  const clusters: Cluster[] = [];
  const byForm = new Map<string, Cluster>();
  const keyIndex = new KeyIndex();
  // People by the first word of each of their forms: "Ana said" asks it for every single word.
  const byGivenName = new Map<string, Set<Cluster>>();
  const add = (cluster: Cluster, mention: Mention) => {
    cluster.mentions.push(mention);
    if (!cluster.forms.includes(mention.text)) {
      cluster.forms.push(mention.text);
      if (cluster.type === 'person') {
        const given = mention.text.split(/\s+/)[0]?.toLowerCase() ?? '';
        const people = byGivenName.get(given) ?? new Set<Cluster>();
        people.add(cluster);
        byGivenName.set(given, people);
      }
    }
    // A bare surname's gender is a guess from the given-name list ("Kim" of Kim Dong-hyun): the
    // full name (or a title like "Mr") decides.
    const bareSurname =
      mention.last - mention.first === 1 &&
      !mention.role &&
      cluster.forms.some((f) => f.includes(' '));
    if (!bareSurname) cluster.gender ??= mention.gender;
    cluster.role ??= mention.role;
    cluster.country ??= mention.place?.code;
    byForm.set(formKey(cluster.type, mention), cluster);
  };
  const create = (type: EntityType, mention: Mention): Cluster => {
    const cluster: Cluster = {
      index: clusters.length,
      type,
      forms: [],
      mentions: [],
      keys: new Set(),
      canonical: '',
    };
    cluster.keys = keyIndex.keysOf(cluster);
    clusters.push(cluster);
    add(cluster, mention);
    return cluster;
  };

  // People with full names, organisations and places first; single words wait.
  const pending: Mention[] = [];
  for (const mention of mentions) {
    if (mention.type === 'unknown' || mention.type === 'demonym') {
      if (mention.type === 'unknown') pending.push(mention);
      continue;
    }
    const words = mention.text.split(/\s+/);
    // "Paris claims …" after "Valeska Paris": a one-word place that is a known person's surname.
    // ("Bolton said" after "John R. Bolton": a town in the word list, not in the gazetteer.)
    if (
      mention.type === 'location' &&
      !mention.text.includes(' ') &&
      (mention.place?.kind === 'city' || (!mention.place && !mention.cued)) &&
      !/^(in|near|from|to|at)$/i.test(doc.tokens[mention.first - 1]?.text ?? '')
    ) {
      const lower = mention.text.toLowerCase();
      const person = clusters.find(
        (cluster) =>
          cluster.type === 'person' &&
          cluster.keys.has(lower) &&
          (cluster.forms[0]?.split(/\s+/).length ?? 0) > 1,
      );
      if (person) {
        add(person, { ...mention, type: 'person', place: undefined });
        continue;
      }
    }
    const existing = byForm.get(formKey(mention.type, mention));
    if (existing) {
      add(existing, mention);
      continue;
    }
    if (mention.type === 'person') {
      const family = familyName(words).toLowerCase();
      const same =
        words.length > 1
          ? findPerson(clusters, family, words[0]?.toLowerCase(), mention.text)
          : undefined;
      if (same) {
        add(same, mention);
        continue;
      }
      if (words.length === 1) {
        pending.push(mention);
        continue;
      }
      const misspelt = clusters.find(
        (cluster) =>
          cluster.type === 'person' &&
          cluster.forms.some((form) => {
            const theirs = form.split(/\s+/);
            return (
              theirs.length === words.length &&
              theirs[0] === words[0] &&
              editDistance(theirs[theirs.length - 1]?.toLowerCase() ?? '', family, 1) <= 1
            );
          }),
      );
      if (misspelt && family.length >= 4) {
        add(misspelt, mention);
        continue;
      }
      const person = create('person', mention);
      person.keys.add(family);
      const surname = firstOfTwoSurnames(words);
      if (surname) person.keys.add(surname);
      continue;
    }
    // "the Reserve Bank" after "the Reserve Bank of New Zealand": the short form is the same body.
    const longer =
      mention.type === 'organization'
        ? (clusters.find(
            (cluster) =>
              cluster.type === 'organization' &&
              cluster.forms.some((form) => form.startsWith(`${mention.text} of `)),
          ) ?? bodyOfKindNamed(doc, mention, clusters))
        : undefined;
    if (longer) {
      add(longer, mention);
      continue;
    }
    const cluster = create(mention.type, mention);
    if (mention.type === 'organization') linkAcronym(doc, mention, cluster, clusters);
  }
  mergeAcronyms(clusters);
  dropOwnedThings(clusters);

  for (const cluster of clusters) if (cluster.type === 'organization') addInitialism(cluster);
  const bodyWords = bodyWordsOf(doc, pending);
  for (const mention of pending)
    resolveSingleWord(
      doc,
      mention,
      { clusters, keyIndex, byForm, byGivenName },
      add,
      create,
      bodyWords,
    );
  scanAliases(doc, clusters, add);

  for (const cluster of clusters) cluster.canonical = canonicalName(cluster);
  return clusters.filter((cluster) => cluster.mentions.length > 0);
}

/** Kinds of body a report calls by the capitalised noun alone once it has named one. */
const BODY_KINDS =
  /^(Department|Ministry|Commission|Court|Agency|Council|Bureau|Authority|Committee|Board|Service|Institute|Foundation|Tribunal|Company|Corporation|Union|Federation|Association)$/;

/**
 * "The Department said" after "the California Department of Corrections": a capitalised kind of
 * body alone, after "the", is the body of that kind named last.
 */
function bodyOfKindNamed(doc: Doc, mention: Mention, clusters: Cluster[]): Cluster | undefined {
  if (!BODY_KINDS.test(mention.text) || !/^the$/i.test(doc.tokens[mention.first - 1]?.text ?? ''))
    return undefined;
  for (let i = clusters.length - 1; i >= 0; i--) {
    const cluster = clusters[i];
    if (cluster?.type !== 'organization') continue;
    if (
      cluster.forms.some(
        (form) => form !== mention.text && form.split(/\s+/).includes(mention.text),
      )
    )
      return cluster;
  }
  return undefined;
}

function formKey(type: EntityType, mention: Mention): string {
  return `${type}|${mention.place?.name ?? mention.text.toLowerCase()}`;
}

function findPerson(
  clusters: Cluster[],
  family: string,
  given: string | undefined,
  text = '',
): Cluster | undefined {
  for (let i = clusters.length - 1; i >= 0; i--) {
    const cluster = clusters[i];
    if (cluster?.type !== 'person' || !cluster.keys.has(family)) continue;
    // "Te Rangi" for "Wiremu Te Rangi", "Abdel Fattah" for "Hassan Abdel Fattah".
    if (
      text &&
      cluster.forms.some((form) => form.endsWith(` ${text}`) || text.endsWith(` ${form}`))
    ) {
      return cluster;
    }
    const theirGiven = cluster.forms[0]?.split(/\s+/)[0]?.toLowerCase();
    if (!given || !theirGiven || given === theirGiven) return cluster;
    // "A. Kurdi" is Alan Kurdi; "Abdullah Kurdi", his father, is not.
    const initial = (name: string) => name.replace(/\.$/, '').length === 1;
    if ((initial(given) || initial(theirGiven)) && given[0] === theirGiven[0]) return cluster;
    // "Kristin Wilkins" for Kristen Wilkins: one letter apart is a misspelling.
    if (oneEditApart(given, theirGiven) && Math.min(given.length, theirGiven.length) >= 4)
      return cluster;
  }
  return undefined;
}

type Add = (cluster: Cluster, mention: Mention) => void;

/**
 * Later mentions by a known short form that the first pass left out ("Park said" at the start of a
 * sentence, where "Park" looks like an ordinary word): every capitalised token that is the key of
 * exactly one entity and lies in no mention becomes a mention of that entity.
 */
function scanAliases(doc: Doc, clusters: Cluster[], add: Add): void {
  const owner = new Map<string, Cluster | null>();
  for (const cluster of clusters) {
    if (cluster.mentions.length === 0) continue;
    for (const key of cluster.keys) owner.set(key, owner.has(key) ? null : cluster);
  }
  const covered = new Uint8Array(doc.tokens.length);
  for (const cluster of clusters)
    for (const mention of cluster.mentions) covered.fill(1, mention.first, mention.last);
  doc.tokens.forEach((token, index) => {
    if (covered[index] || !token.word || !isCapitalised(token.text)) return;
    const cluster = owner.get(token.text.toLowerCase());
    if (!cluster) return;
    // "We" is no initialism of "WHO Europe": a short key of a body matches capitals only.
    const short = token.text.length <= 3 && token.text !== token.text.toUpperCase();
    if (cluster.type === 'organization' && short) return;
    add(cluster, {
      first: index,
      last: index + 1,
      start: token.start,
      end: token.end,
      text: token.text,
      type: cluster.type,
      cued: false,
    });
  });
  for (const cluster of clusters) cluster.mentions.sort((a, b) => a.first - b.first);
}

/**
 * "Warhol Polaroids" beside "Andy Warhol": a two-word "person" whose first word is another
 * person's surname, with no given name or title, names a thing of theirs; it is dropped.
 */
function dropOwnedThings(clusters: Cluster[]): void {
  const surnames = new Set<string>();
  for (const cluster of clusters) {
    if (cluster.type !== 'person') continue;
    for (const form of cluster.forms) {
      const parts = form.split(/\s+/);
      if (parts.length > 1) surnames.add(parts[parts.length - 1]?.toLowerCase() ?? '');
    }
  }
  for (const cluster of clusters) {
    if (cluster.type !== 'person') continue;
    const longest = cluster.forms.reduce((a, b) => (b.length > a.length ? b : a), '');
    const words = longest.split(/\s+/);
    if (words.length !== 2) continue;
    if (cluster.mentions.some((mention) => mention.cued || mention.role)) continue;
    if (/-/.test(words[1] ?? '') || !surnames.has(words[0]?.toLowerCase() ?? '')) continue;
    cluster.mentions = [];
    cluster.keys.clear();
  }
}

function canonicalName(cluster: Cluster): string {
  const place = cluster.mentions.find((mention) => mention.place)?.place;
  if (cluster.type === 'location' && place) return place.name;
  const uses = (form: string) => cluster.mentions.filter((mention) => mention.text === form).length;
  let best = cluster.forms[0] ?? '';
  for (const form of cluster.forms) {
    const words = form.split(/\s+/).length;
    const bestWords = best.split(/\s+/).length;
    if (isAcronym(best) && !isAcronym(form)) best = form;
    else if (words > bestWords && !(isAcronym(form) && !isAcronym(best))) best = form;
    // Two full forms of one length (a misspelt one among them): the one the text uses more.
    else if (words === bestWords && form !== best && uses(form) > uses(best)) best = form;
  }
  // A person is named as the text names them: "Ginger Baker" five times over "Peter Edward
  // Baker" once (a birth name given in passing).
  if (cluster.type === 'person') {
    const common = cluster.forms.find(
      (form) => form.split(/\s+/).length >= 2 && uses(form) > 2 * Math.max(1, uses(best)),
    );
    if (common) best = common;
  }
  // A dateline town the gazetteer lacks ("SINDHUPALCHOK"): named in title case.
  if (cluster.type === 'location' && /^[\p{Lu}\s]+$/u.test(best) && /^\p{Lu}{4}/u.test(best))
    return best.toLowerCase().replace(/(^|\s)\p{Ll}/gu, (letter) => letter.toUpperCase());
  return best;
}

/** Whether two words differ by one substituted, inserted or deleted letter. */
function oneEditApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1 || a === b) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}
