/**
 * Measured row heights by row key, as a small external store: rows report their size through a
 * ResizeObserver, and every change in one frame becomes one new version for React to render.
 */
export class RowHeights {
  private readonly heights = new Map<number, number>();
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
    return this.heights.get(key);
  }

  /** How many rows are measured. */
  get size(): number {
    return this.heights.size;
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
    if (!Number.isFinite(key) || height <= 0 || this.heights.get(key) === height) return false;
    this.heights.set(key, height);
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
