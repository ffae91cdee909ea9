/** Small helpers about the shape of personal names. */

/** Common family names of Korean and Chinese origin, written first ("Park Ji-won", "Wang Yi"). */
const FAMILY_FIRST = new Set([
  'kim',
  'lee',
  'park',
  'choi',
  'jung',
  'jeong',
  'kang',
  'cho',
  'yoon',
  'jang',
  'lim',
  'han',
  'shin',
  'seo',
  'kwon',
  'hwang',
  'ahn',
  'song',
  'yoo',
  'hong',
  'jeon',
  'ko',
  'moon',
  'yang',
  'son',
  'bae',
  'baek',
  'heo',
  'nam',
  'oh',
  'wang',
  'li',
  'zhang',
  'liu',
  'chen',
  'huang',
  'zhao',
  'wu',
  'zhou',
  'xu',
  'sun',
  'ma',
  'zhu',
  'hu',
  'guo',
  'he',
  'lin',
  'gao',
  'luo',
  'xi',
  'deng',
  'xie',
  'tang',
]);

/** The family name of a multi-word personal name: last word, or first for family-name-first names. */
export function familyName(words: readonly string[]): string {
  const head = words[0] ?? '';
  if (words.length === 2 && FAMILY_FIRST.has(head.toLowerCase())) {
    const given = words[1] ?? '';
    // "Park Ji-won", "Wang Yi": a hyphenated or one-syllable given name follows the family name.
    if (/-/.test(given) || given.length <= 4 || /^[A-Z][a-z]+[A-Z]/.test(given)) return head;
  }
  return words[words.length - 1] ?? '';
}

/** Damerau–Levenshtein distance, capped: returns max + 1 as soon as it is exceeded. */
export function editDistance(a: string, b: string, max = 2): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[] = new Array(rows * cols).fill(0);
  for (let i = 0; i < rows; i++) d[i * cols] = i;
  for (let j = 0; j < cols; j++) d[j] = j;
  for (let i = 1; i < rows; i++) {
    let rowMin = Infinity;
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(
        (d[(i - 1) * cols + j] ?? 0) + 1,
        (d[i * cols + j - 1] ?? 0) + 1,
        (d[(i - 1) * cols + j - 1] ?? 0) + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, (d[(i - 2) * cols + j - 2] ?? 0) + 1);
      }
      d[i * cols + j] = value;
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > max) return max + 1;
  }
  return d[rows * cols - 1] ?? max + 1;
}

/** A slug for ids: lower case ASCII letters, digits and hyphens. */
export function slugify(text: string): string {
  return (
    text
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'x'
  );
}
