/** The baseline: compromise alone (people, places, organisations), punctuation and 's trimmed. */
import nlp from 'compromise';
import type { PredMention } from './score';

interface Match {
  text: string;
  offset: { start: number; length: number };
}

export function compromiseMentions(text: string): PredMention[] {
  const doc = nlp(text);
  const out: PredMention[] = [];
  const take = (matches: Match[], type: string) => {
    for (const match of matches) {
      let start = match.offset.start;
      let end = start + match.offset.length;
      while (start < end && /[^\p{L}\p{N}]/u.test(text[start] ?? '')) start++;
      while (end > start && /[^\p{L}\p{N}.]/u.test(text[end - 1] ?? '')) end--;
      if (/['’]s$/.test(text.slice(start, end))) end -= 2;
      if (end > start) out.push({ start, end, type });
    }
  };
  take(doc.people().json({ offset: true }) as Match[], 'person');
  take(doc.places().json({ offset: true }) as Match[], 'location');
  take(doc.organizations().json({ offset: true }) as Match[], 'organization');
  return out;
}
