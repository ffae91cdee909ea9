/**
 * The one slug of the project: article ids from file names, entity ids (`person-<slug>`) in the
 * engine and across the corpus, source ids. Lower case ASCII letters, digits and single hyphens;
 * accents are dropped ("Seán" -> "sean") and an apostrophe parts words like any other mark
 * ("O'Neill" -> "o-neill"), as the engine's ids always had it, so an imported article's ids match
 * the corpus's. Empty when nothing is left ("李"): each caller picks its fallback.
 */
export function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
