/**
 * Politeness per host: at most `perHost` requests in flight to one host, and at least `delayMs`
 * between the starts of two requests to it. Hosts are independent, so many outlets are fetched
 * side by side while none of them is hammered.
 */

interface HostState {
  active: number;
  nextStart: number;
  waiting: (() => void)[];
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export class HostSlots {
  private readonly hosts = new Map<string, HostState>();

  constructor(
    private readonly perHost: number,
    private readonly delayMs: number,
  ) {}

  /** Runs `task` in a slot of `host`, waiting for a free slot and for the delay. */
  async run<T>(host: string, task: () => Promise<T>): Promise<T> {
    const state = this.stateOf(host);
    if (state.active >= this.perHost) {
      await new Promise<void>((resolve) => state.waiting.push(resolve));
    } else state.active += 1;
    // The slot is ours; space its start from the previous one's.
    const now = Date.now();
    const start = Math.max(now, state.nextStart);
    state.nextStart = start + this.delayMs;
    if (start > now) await sleep(start - now);
    try {
      return await task();
    } finally {
      const next = state.waiting.shift();
      // Hand the slot straight to the next waiter (it stays counted as active), or free it.
      if (next) next();
      else state.active -= 1;
    }
  }

  private stateOf(host: string): HostState {
    let state = this.hosts.get(host);
    if (!state) {
      state = { active: 0, nextStart: 0, waiting: [] };
      this.hosts.set(host, state);
    }
    return state;
  }
}
