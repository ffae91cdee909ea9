/**
 * Corpus-wide entities: the same person, organisation or place across articles becomes one entity
 * with a stable id, `<type>-<slug of the canonical name>` (person-ana-ribeiro, org-world-bank,
 * place-nairobi).
 *
 * Names are grouped by (type, slug of the name). Two groups are joined when
 *  - an article gives one name as an alias of the other ("Ribeiro" or "the IMF" for the full name),
 *    and no other name claims that alias anywhere in the corpus;
 *  - a person is named by one word ("Ribeiro") and exactly one group has a full name ending in it.
 * Anything ambiguous stays apart. The result depends only on the set of names, not on the order
 * the articles were read, so it is deterministic.
 */
import type { EntityType } from '../../core/schema';
import { slugify } from '../../core/text/slug';
import { sha256 } from '../text';
import type { ArticleSummary } from './summarize';

const TYPE_PREFIX: Record<EntityType, string> = {
  person: 'person',
  organization: 'org',
  location: 'place',
};

function nameSlug(name: string): string {
  return slugify(name) || `u${sha256(name.normalize('NFC'), 10)}`;
}

/** Names recur across thousands of articles: slugging each spelling once saves seconds at scale. */
const keyMemo = new Map<string, string>();

export function keyOf(type: EntityType, name: string): string {
  const memoKey = `${type}\0${name}`;
  let key = keyMemo.get(memoKey);
  if (key === undefined) {
    key = `${type}:${nameSlug(name)}`;
    if (keyMemo.size > 1_000_000) keyMemo.clear();
    keyMemo.set(memoKey, key);
  }
  return key;
}

interface NameGroup {
  type: EntityType;
  /** How many articles use each spelling as the entity's main name. */
  spellings: Map<string, number>;
}

function isFullForm(type: EntityType, name: string): boolean {
  if (type === 'person') return name.trim().split(/\s+/).length > 1;
  if (type === 'organization') return name !== name.toUpperCase();
  return true;
}

function compareNames(type: EntityType, a: [string, number], b: [string, number]): number {
  const full = Number(isFullForm(type, b[0])) - Number(isFullForm(type, a[0]));
  if (full !== 0) return full;
  if (a[1] !== b[1]) return b[1] - a[1];
  if (a[0].length !== b[0].length) return b[0].length - a[0].length;
  return a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0;
}

export class EntityResolver {
  private readonly groups = new Map<string, NameGroup>();
  private readonly parent = new Map<string, string>();
  private readonly ids = new Map<string, string>();
  private readonly canonical = new Map<string, string>();

  constructor(articles: Iterable<ArticleSummary>) {
    const aliasClaims = new Map<string, Set<string>>();
    for (const article of articles) {
      for (const entity of article.entities) {
        const key = this.addName(entity.type, entity.name);
        for (const alias of entity.aliases) {
          const aliasKey = keyOf(entity.type, alias);
          if (aliasKey === key) continue;
          const claims = aliasClaims.get(aliasKey) ?? new Set<string>();
          claims.add(key);
          aliasClaims.set(aliasKey, claims);
        }
      }
      for (const quote of article.speakers) {
        if (!quote.speakerLocalId) this.addName('person', quote.speakerName);
      }
    }
    for (const [aliasKey, claims] of aliasClaims) {
      const [only] = claims;
      if (claims.size === 1 && only && this.groups.has(aliasKey)) this.union(aliasKey, only);
    }
    this.joinSurnames();
    this.nameGroups();
  }

  /** The corpus-wide id for a name that was seen while building the resolver. */
  idOf(type: EntityType, name: string): string {
    const id = this.ids.get(this.find(keyOf(type, name)));
    if (!id) throw new Error(`entity "${name}" (${type}) was not registered`);
    return id;
  }

  /** The canonical name of a corpus-wide id. */
  nameOf(id: string): string | undefined {
    return this.canonical.get(id);
  }

  private addName(type: EntityType, name: string): string {
    const key = keyOf(type, name);
    const group = this.groups.get(key) ?? { type, spellings: new Map<string, number>() };
    group.spellings.set(name, (group.spellings.get(name) ?? 0) + 1);
    this.groups.set(key, group);
    if (!this.parent.has(key)) this.parent.set(key, key);
    return key;
  }

  private find(key: string): string {
    let root = key;
    for (
      let up = this.parent.get(root);
      up !== undefined && up !== root;
      up = this.parent.get(root)
    ) {
      root = up;
    }
    // Path compression keeps later look-ups flat.
    for (let node = key; node !== root;) {
      const up = this.parent.get(node) ?? root;
      this.parent.set(node, root);
      node = up;
    }
    return root;
  }

  private union(a: string, b: string): void {
    const rootA = this.find(a);
    const rootB = this.find(b);
    // The smaller key becomes the root, so the partition does not depend on union order.
    if (rootA < rootB) this.parent.set(rootB, rootA);
    else if (rootB < rootA) this.parent.set(rootA, rootB);
  }

  /** A one-word person name joins the one group whose full names end in that word. */
  private joinSurnames(): void {
    const rootsBySurname = new Map<string, Set<string>>();
    for (const [key, group] of this.groups) {
      if (group.type !== 'person') continue;
      for (const name of group.spellings.keys()) {
        const words = name.trim().split(/\s+/);
        const last = words[words.length - 1];
        if (words.length < 2 || !last) continue;
        const surnameKey = keyOf('person', last);
        const roots = rootsBySurname.get(surnameKey) ?? new Set<string>();
        roots.add(this.find(key));
        rootsBySurname.set(surnameKey, roots);
      }
    }
    for (const [surnameKey, roots] of rootsBySurname) {
      const [only] = roots;
      if (roots.size === 1 && only && this.groups.has(surnameKey)) this.union(surnameKey, only);
    }
  }

  private nameGroups(): void {
    const spellingsByRoot = new Map<string, Map<string, number>>();
    for (const [key, group] of this.groups) {
      const root = this.find(key);
      const merged = spellingsByRoot.get(root) ?? new Map<string, number>();
      for (const [name, count] of group.spellings)
        merged.set(name, (merged.get(name) ?? 0) + count);
      spellingsByRoot.set(root, merged);
    }
    for (const [root, spellings] of spellingsByRoot) {
      const type = this.groups.get(root)?.type ?? 'person';
      const [best] = [...spellings].sort((a, b) => compareNames(type, a, b));
      const name = best?.[0] ?? root;
      const id = `${TYPE_PREFIX[type]}-${nameSlug(name)}`;
      this.ids.set(root, id);
      this.canonical.set(id, name);
    }
  }
}
