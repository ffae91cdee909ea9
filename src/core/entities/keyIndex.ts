/**
 * Which clusters hold a key (a surname, an acronym, a short name), kept up to date as keys are
 * added and cleared, so that "the latest entity with this key" is one lookup instead of a scan of
 * every cluster for every single word (quadratic on long texts with thousands of names).
 */
import type { Cluster } from './types';

export class KeyIndex {
  private readonly owners = new Map<string, Set<Cluster>>();
  /** Every key ever added, by its first letter: the keys a misspelling may stand for. */
  private readonly byInitial = new Map<string, Set<string>>();

  /** A key set for `cluster` that reports its changes here. */
  keysOf(cluster: Cluster): Set<string> {
    return new IndexedKeys(this, cluster);
  }

  /** The cluster created last among those holding `key`. */
  latest(key: string): Cluster | undefined {
    let best: Cluster | undefined;
    for (const cluster of this.owners.get(key) ?? [])
      if (!best || cluster.index > best.index) best = cluster;
    return best;
  }

  /** Keys starting with `initial` that some cluster has held (it may hold them no longer). */
  keysStartingWith(initial: string): ReadonlySet<string> {
    return this.byInitial.get(initial) ?? EMPTY;
  }

  /** The clusters holding `key` now. */
  ownersOf(key: string): ReadonlySet<Cluster> {
    return this.owners.get(key) ?? EMPTY_OWNERS;
  }

  noteAdded(key: string, cluster: Cluster): void {
    let owners = this.owners.get(key);
    if (!owners) {
      this.owners.set(key, (owners = new Set()));
      const initial = key.charAt(0);
      let keys = this.byInitial.get(initial);
      if (!keys) this.byInitial.set(initial, (keys = new Set()));
      keys.add(key);
    }
    owners.add(cluster);
  }

  noteRemoved(key: string, cluster: Cluster): void {
    this.owners.get(key)?.delete(cluster);
  }
}

const EMPTY: ReadonlySet<string> = new Set();
const EMPTY_OWNERS: ReadonlySet<Cluster> = new Set();

class IndexedKeys extends Set<string> {
  constructor(
    private readonly index: KeyIndex,
    private readonly cluster: Cluster,
  ) {
    super();
  }

  override add(key: string): this {
    super.add(key);
    // Set's constructor adds nothing here (no initial values), so the fields are always set.
    this.index.noteAdded(key, this.cluster);
    return this;
  }

  override delete(key: string): boolean {
    this.index.noteRemoved(key, this.cluster);
    return super.delete(key);
  }

  override clear(): void {
    for (const key of this) this.index.noteRemoved(key, this.cluster);
    super.clear();
  }
}
