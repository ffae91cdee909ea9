/**
 * Quotation-mark regions of each paragraph. Curly marks say which way they face; straight marks are
 * paired by position (an opening mark follows a space or the paragraph start and precedes a word).
 * A paragraph that opens a quotation and never closes it continues into the next one (the
 * journalistic convention for multi-paragraph quotes): its region runs to the paragraph's end.
 */
import type { Doc } from '../text/document';
import { isSpace } from '../text/paragraphs';

export interface MarkRegion {
  paragraph: number;
  /** Offset of the opening mark (or the paragraph start when a closing mark had no opener). */
  open: number;
  /** Offset of the closing mark, or the paragraph end when unclosed. */
  close: number;
  /** The words inside the marks, trimmed. */
  start: number;
  end: number;
  closed: boolean;
}

const OPENING = new Set(['“', '„', '«']);
const CLOSING = new Set(['”', '»']);

/** A ‘ that opens: after a space, the paragraph start or an opening bracket or dash. */
const SINGLE_OPENER = /(?:^|[\s([{—–])‘/gmu;
const DOUBLE_OPENER = /(?:^|[\s([{—–])[“"„«]/gmu;

/**
 * Whether the text prints ‘single’ marks as its outer quotation marks, as many British and
 * Commonwealth papers do (double ones then mark a quotation inside a quotation): more quotations
 * open with ‘ than with a double mark.
 */
export function usesSingleOuterMarks(body: string): boolean {
  const singles = body.match(SINGLE_OPENER)?.length ?? 0;
  return singles > 0 && singles > (body.match(DOUBLE_OPENER)?.length ?? 0);
}

const LETTER = /[\p{L}\p{N}]/u;

/**
 * Whether the ’ at `i` closes a single-marked quotation rather than being an apostrophe: not
 * inside a word (don’t, Ireland’s), and not the plural possessive of "the workers’ union" (an s,
 * then a space and a lower-case word). Returns 'maybe' for that possessive shape, which closes only
 * when nothing later in the paragraph does.
 */
function singleCloses(body: string, i: number, end: number): boolean | 'maybe' {
  const before = body[i - 1] ?? ' ';
  const after = i + 1 < end ? (body[i + 1] ?? ' ') : ' ';
  if (LETTER.test(after)) return false;
  if (before === 's' && after === ' ' && /\p{Ll}/u.test(body[i + 2] ?? '')) return 'maybe';
  return true;
}

/** The regions of each document, found once: the quote finders ask more than once. */
const regionsOf = new WeakMap<Doc, readonly MarkRegion[]>();

export function findMarkRegions(doc: Doc): readonly MarkRegion[] {
  let regions = regionsOf.get(doc);
  if (!regions) {
    regions = markRegionsIn(doc);
    regionsOf.set(doc, regions);
  }
  return regions;
}

function markRegionsIn(doc: Doc): MarkRegion[] {
  const regions: MarkRegion[] = [];
  const { body } = doc;
  const singleOuter = usesSingleOuterMarks(body);
  for (const paragraph of doc.paragraphs) {
    let openAt = -1;
    /** With single outer marks: the last possessive-looking ’ passed while a quotation was open. */
    let possibleClose = -1;
    const push = (open: number, close: number, closed: boolean) => {
      let start = open === paragraph.start && !isMark(body[open]) ? open : open + 1;
      let end = close;
      while (start < end && isSpace(body.charCodeAt(start))) start++;
      while (end > start && isSpace(body.charCodeAt(end - 1))) end--;
      if (end > start)
        regions.push({ paragraph: paragraph.index, open, close, start, end, closed });
    };
    for (let i = paragraph.start; i < paragraph.end; i++) {
      const char = body[i] ?? '';
      if (singleOuter) {
        if (char === '‘' && openAt < 0) {
          openAt = i;
          continue;
        }
        if (char === '’' && openAt >= 0 && body[openAt] === '‘') {
          const closes = singleCloses(body, i, paragraph.end);
          if (closes === true) {
            push(openAt, i, true);
            openAt = -1;
            possibleClose = -1;
          } else if (closes === 'maybe') possibleClose = i;
          continue;
        }
        // Double marks inside a single-marked quotation are a quotation within it.
        if (openAt >= 0 && body[openAt] === '‘') continue;
      }
      if (char !== '"' && !OPENING.has(char) && !CLOSING.has(char)) continue;
      const before = i > paragraph.start ? body.charCodeAt(i - 1) : 32;
      const after = i + 1 < paragraph.end ? body.charCodeAt(i + 1) : 32;
      const looksOpening =
        ((isSpace(before) || /[([{—–\-:/,]/.test(String.fromCharCode(before))) &&
          !isSpace(after)) ||
        // `Wilkins said," [Warhol] liked …"`: a mark right after a comma or colon opens.
        (/[,:]/.test(String.fromCharCode(before)) && openAt < 0);
      if (
        OPENING.has(char) ||
        (char === '"' && openAt < 0 && (looksOpening || i === paragraph.start))
      ) {
        if (openAt < 0) openAt = i;
        continue;
      }
      if (openAt >= 0) {
        push(openAt, i, true);
        openAt = -1;
      } else if (regions.every((region) => region.paragraph !== paragraph.index)) {
        // A closing mark with no opener in the paragraph: the quote began at the paragraph's start.
        push(paragraph.start, i, true);
      }
    }
    if (openAt >= 0 && possibleClose >= 0) push(openAt, possibleClose, true);
    else if (openAt >= 0) push(openAt, paragraph.end, false);
  }
  return regions;
}

function isMark(char: string | undefined): boolean {
  return (
    char === '"' || char === '‘' || (char !== undefined && (OPENING.has(char) || CLOSING.has(char)))
  );
}
