/**
 * Measured row heights by row key (a doc number), as a small external store: rows report their
 * size through a ResizeObserver, and every change in one frame becomes one new version for React
 * to render. Heights sit in a typed array indexed by key (0: not measured), so laying out every
 * row of a long list reads memory rather than a map (windowLayout.rowTops).
 */
export class RowHeights {
  private heights = new Float64Array(0);
  private measured = 0;
  private readonly listeners = new Set<() => void>();
  private readonly observer: ResizeObserver | null;
  private version = 0;
  private frame = 0;

  constructor() {
    this.observer =
      typeof ResizeObserver === 'undefined'
        ? null
        : new ResizeObserver((entries) => {
            let changed = false;
            for (const entry of entries) changed = this.record(entry.target) || changed;
            if (changed) this.publishNextFrame();
          });
  }

  get(key: number): number | undefined {
    const height = this.heights[key] ?? 0;
    return height > 0 ? height : undefined;
  }

  /** Heights by key, 0 where not measured (a new array after growing: read it per version). */
  get byKey(): Float64Array {
    return this.heights;
  }

  /** How many rows are measured. */
  get size(): number {
    return this.measured;
  }

  /** Starts measuring a row element carrying `data-key`; returns what stops it. */
  observe(element: HTMLElement): () => void {
    if (!this.observer) return () => undefined;
    this.observer.observe(element);
    const observer = this.observer;
    return () => observer.unobserve(element);
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getVersion = (): number => this.version;

  dispose(): void {
    this.observer?.disconnect();
    cancelAnimationFrame(this.frame);
  }

  private record(element: Element): boolean {
    const key = Number((element as HTMLElement).dataset.key);
    const height = element.getBoundingClientRect().height;
    // Zero means "not laid out" (a hidden tab, jsdom): keep the estimate rather than collapse.
    if (!Number.isInteger(key) || key < 0 || height <= 0 || this.get(key) === height) return false;
    if (key >= this.heights.length) {
      const grown = new Float64Array(Math.max(key + 1, this.heights.length * 2, 1024));
      grown.set(this.heights);
      this.heights = grown;
    }
    if (!(this.heights[key] ?? 0)) this.measured++;
    this.heights[key] = height;
    return true;
  }

  private publishNextFrame(): void {
    if (this.frame !== 0) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.version++;
      for (const listener of this.listeners) listener();
    });
  }
}
