/**
 * The engine's limits, and how to say that one applied. Kept apart from annotate.ts so the
 * import page and the command lines can describe a limit without loading the engine.
 */
import type { AnnotationLimit } from './schema';

/** Bodies longer than this are annotated only up to here (a guard against runaway input). */
export const MAX_BODY_CHARS = 2_000_000;

const number = (value: number) => value.toLocaleString('en');

/** One line for a reader: what was left out and why. */
export function describeLimit(limit: AnnotationLimit): string {
  return `only the first ${number(limit.annotated)} of ${number(limit.total)} characters were annotated (the engine annotates at most ${number(MAX_BODY_CHARS)} per article); the rest of the text has no highlights`;
}
