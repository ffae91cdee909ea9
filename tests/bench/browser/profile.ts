/**
 * A CPU profile of the page around one step (BENCH_PROFILE=1), summed by function: where the main
 * thread's time goes, to see what an interaction costs. Uses the DevTools protocol's Profiler.
 */
import type { CDPSession } from 'playwright-core';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

export async function profiled<T>(
  session: CDPSession,
  label: string,
  step: () => Promise<T>,
): Promise<T> {
  if (!process.env.BENCH_PROFILE) return step();
  await session.send('Profiler.enable');
  await session.send('Profiler.setSamplingInterval', { interval: 200 });
  await session.send('Profiler.start');
  const result = await step();
  const { profile } = await session.send('Profiler.stop');
  const nodes = new Map<number, ProfileNode>(profile.nodes.map((node) => [node.id, node]));
  const self = new Map<string, number>();
  (profile.samples ?? []).forEach((id, index) => {
    const frame = nodes.get(id)?.callFrame;
    const name = frame
      ? `${frame.functionName || '(anonymous)'} ${frame.url.split('/').pop() ?? ''}:${frame.lineNumber}`
      : '?';
    self.set(name, (self.get(name) ?? 0) + (profile.timeDeltas?.[index] ?? 0) / 1000);
  });
  const top = [...self].sort((a, b) => b[1] - a[1]).slice(0, 25);
  console.log(`  profile of ${label} (ms of self time, throttled):`);
  for (const [name, ms] of top) console.log(`    ${ms.toFixed(1).padStart(8)}  ${name}`);
  // Inclusive time: each sample counts once for every function on its stack.
  const parent = new Map<number, number>();
  for (const node of profile.nodes as ProfileNode[])
    for (const child of node.children ?? []) parent.set(child, node.id);
  const total = new Map<string, number>();
  (profile.samples ?? []).forEach((id, index) => {
    const names = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const frame = nodes.get(at)?.callFrame;
      if (frame?.url)
        names.add(
          `${frame.functionName || '(anonymous)'} ${frame.url.split('/').pop() ?? ''}:${frame.lineNumber}`,
        );
    }
    for (const name of names)
      total.set(name, (total.get(name) ?? 0) + (profile.timeDeltas?.[index] ?? 0) / 1000);
  });
  console.log(`  profile of ${label} (ms of total time, page scripts only):`);
  for (const [name, ms] of [...total].sort((a, b) => b[1] - a[1]).slice(0, 30))
    console.log(`    ${ms.toFixed(1).padStart(8)}  ${name}`);
  return result;
}

interface TraceEvent {
  name: string;
  ph: string;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string };
}

/**
 * A DevTools timeline trace around one step (BENCH_TRACE=1): main-thread time by kind of work
 * (scripting, style, layout, paint…), to tell rendering from JavaScript.
 */
export async function traced<T>(
  session: CDPSession,
  label: string,
  step: () => Promise<T>,
): Promise<T> {
  if (!process.env.BENCH_TRACE) return step();
  const events: TraceEvent[] = [];
  const collect = (data: { value: object[] }) => events.push(...(data.value as TraceEvent[]));
  session.on('Tracing.dataCollected', collect);
  await session.send('Tracing.start', {
    categories: 'devtools.timeline,disabled-by-default-devtools.timeline',
    transferMode: 'ReportEvents',
  });
  const result = await step();
  const done = new Promise<void>((resolve) =>
    session.once('Tracing.tracingComplete', () => resolve()),
  );
  await session.send('Tracing.end');
  await done;
  session.off('Tracing.dataCollected', collect);
  const main = events.find(
    (event) => event.name === 'thread_name' && event.args?.name === 'CrRendererMain',
  );
  const totals = new Map<string, number>();
  for (const event of events) {
    if (event.ph !== 'X' || event.dur === undefined) continue;
    if (event.tid !== main?.tid || event.pid !== main.pid) continue;
    totals.set(event.name, (totals.get(event.name) ?? 0) + event.dur / 1000);
  }
  const top = [...totals].sort((a, b) => b[1] - a[1]).slice(0, 14);
  console.log(`  trace of ${label} (ms on the main thread, events nest):`);
  for (const [name, ms] of top) console.log(`    ${ms.toFixed(1).padStart(8)}  ${name}`);
  return result;
}
