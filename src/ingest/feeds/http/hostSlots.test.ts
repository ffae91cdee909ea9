import { describe, expect, it } from 'vitest';
import { HostSlots } from './hostSlots';

describe('HostSlots', () => {
  it('runs at most two tasks per host at once, and hosts side by side', async () => {
    const slots = new HostSlots(2, 0);
    const active = new Map<string, number>();
    let most = 0;
    let bothHosts = false;
    const releases: (() => void)[] = [];
    const task = (host: string) =>
      slots.run(host, async () => {
        active.set(host, (active.get(host) ?? 0) + 1);
        most = Math.max(most, active.get(host) ?? 0);
        if ((active.get('a') ?? 0) > 0 && (active.get('b') ?? 0) > 0) bothHosts = true;
        await new Promise<void>((resolve) => releases.push(resolve));
        active.set(host, (active.get(host) ?? 0) - 1);
      });
    const all = Promise.all([task('a'), task('a'), task('a'), task('a'), task('b')]);
    // Release tasks one by one as they start, until all five have run.
    for (let released = 0; released < 5;) {
      await new Promise((resolve) => setTimeout(resolve, 5));
      const release = releases.shift();
      if (release) {
        release();
        released += 1;
      }
    }
    await all;
    expect(most).toBe(2);
    expect(bothHosts).toBe(true);
  });

  it('spaces the starts of one host by the delay', async () => {
    const slots = new HostSlots(2, 120);
    const starts: number[] = [];
    await Promise.all(
      [1, 2, 3].map(() =>
        slots.run('a', async () => {
          starts.push(Date.now());
        }),
      ),
    );
    // Lower bounds only: a busy machine can make the gaps longer, never shorter.
    expect((starts[1] ?? 0) - (starts[0] ?? 0)).toBeGreaterThanOrEqual(110);
    expect((starts[2] ?? 0) - (starts[1] ?? 0)).toBeGreaterThanOrEqual(110);
  });
});
