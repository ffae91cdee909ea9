/** Shading classes of the map: 0 is "no articles", 1..LEVELS get darker with more articles. */
export const LEVELS = 4;

/** The class of a count, relative to the largest count on the map. */
export function levelOf(count: number, max: number): number {
  if (count <= 0 || max <= 0) return 0;
  return Math.min(LEVELS, Math.max(1, Math.ceil((count / max) * LEVELS)));
}

/** One legend entry: a class and the counts it stands for ("1", "2–3"). */
export interface LegendEntry {
  level: number;
  label: string;
}

/** The legend for a map whose largest count is `max`: "None", then each class that can occur. */
export function legendFor(max: number): LegendEntry[] {
  const entries: LegendEntry[] = [{ level: 0, label: 'None' }];
  let from = 1;
  for (let level = 1; level <= LEVELS; level++) {
    let to = from - 1;
    while (to + 1 <= max && levelOf(to + 1, max) === level) to++;
    if (to < from) continue;
    entries.push({ level, label: from === to ? `${from}` : `${from}–${to}` });
    from = to + 1;
  }
  return entries;
}

/** Fill of each class: the accent mixed into the surface, stronger with more articles. */
export const FILLS = ['var(--surface)', ...[18, 36, 58, 100].map(mixAccent)];
function mixAccent(percent: number): string {
  return percent === 100
    ? 'var(--accent)'
    : `color-mix(in srgb, var(--accent) ${percent}%, var(--surface))`;
}

/** "1 article", "12 articles". */
export const articles = (count: number): string =>
  count === 1 ? '1 article' : `${count} articles`;
