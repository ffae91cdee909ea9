/** Whether a[ai..] equals b[bi..], without allocating substrings. */
function sameTail(a: string, ai: number, b: string, bi: number): boolean {
  if (a.length - ai !== b.length - bi) return false;
  for (; ai < a.length; ai++, bi++) if (a.charCodeAt(ai) !== b.charCodeAt(bi)) return false;
  return true;
}

/**
 * Whether `a` and `b` are at most one edit apart: one insertion, deletion, substitution, or a
 * swap of two neighbouring letters ("ardenr" ~ "ardern"). Linear time, no allocation, so the
 * fuzzy pass can afford to scan the whole vocabulary on every keystroke.
 */
export function withinOneEdit(a: string, b: string): boolean {
  const lengthGap = a.length - b.length;
  if (lengthGap > 1 || lengthGap < -1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (i === a.length && i === b.length) return true;
  if (lengthGap > 0) return sameTail(a, i + 1, b, i);
  if (lengthGap < 0) return sameTail(a, i, b, i + 1);
  if (sameTail(a, i + 1, b, i + 1)) return true;
  return (
    a.charCodeAt(i) === b.charCodeAt(i + 1) &&
    a.charCodeAt(i + 1) === b.charCodeAt(i) &&
    sameTail(a, i + 2, b, i + 2)
  );
}
