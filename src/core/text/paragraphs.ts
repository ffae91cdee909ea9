/** Paragraphs of a body: the runs of text between line breaks, with their offsets. */
export interface Paragraph {
  index: number;
  start: number;
  end: number;
}

/** Splits a body on line breaks; blank lines yield no paragraph. Offsets exclude surrounding spaces. */
export function splitParagraphs(body: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  const lineBreak = /\r\n|\n|\r|\u2028|\u2029/g;
  let lineStart = 0;
  const push = (from: number, to: number) => {
    let start = from;
    let end = to;
    while (start < end && isSpace(body.charCodeAt(start))) start++;
    while (end > start && isSpace(body.charCodeAt(end - 1))) end--;
    if (end > start) paragraphs.push({ index: paragraphs.length, start, end });
  };
  for (let match = lineBreak.exec(body); match; match = lineBreak.exec(body)) {
    push(lineStart, match.index);
    lineStart = match.index + match[0].length;
  }
  push(lineStart, body.length);
  return paragraphs;
}

/** Whitespace, including no-break and other Unicode spaces. */
export function isSpace(code: number): boolean {
  return (
    code === 32 ||
    (code >= 9 && code <= 13) ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}
