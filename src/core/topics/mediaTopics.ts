/**
 * IPTC Media Topics, top level: the one table of codes, labels and URL slugs.
 * Labels follow the IPTC vocabulary (https://cv.iptc.org/newscodes/mediatopic/).
 */
export interface MediaTopic {
  /** "medtop:11000000" */
  code: string;
  /** IPTC English label, e.g. "politics". */
  label: string;
  /** Readable slug for URLs, e.g. "politics", "crime-law-justice". */
  slug: string;
}

export const MEDIA_TOPICS: readonly MediaTopic[] = [
  {
    code: 'medtop:01000000',
    label: 'arts, culture, entertainment and media',
    slug: 'arts-culture',
  },
  { code: 'medtop:02000000', label: 'crime, law and justice', slug: 'crime-law-justice' },
  {
    code: 'medtop:03000000',
    label: 'disaster, accident and emergency incident',
    slug: 'disaster-accident',
  },
  { code: 'medtop:04000000', label: 'economy, business and finance', slug: 'economy-business' },
  { code: 'medtop:05000000', label: 'education', slug: 'education' },
  { code: 'medtop:06000000', label: 'environment', slug: 'environment' },
  { code: 'medtop:07000000', label: 'health', slug: 'health' },
  { code: 'medtop:08000000', label: 'human interest', slug: 'human-interest' },
  { code: 'medtop:09000000', label: 'labour', slug: 'labour' },
  { code: 'medtop:10000000', label: 'lifestyle and leisure', slug: 'lifestyle-leisure' },
  { code: 'medtop:11000000', label: 'politics', slug: 'politics' },
  { code: 'medtop:12000000', label: 'religion', slug: 'religion' },
  { code: 'medtop:13000000', label: 'science and technology', slug: 'science-technology' },
  { code: 'medtop:14000000', label: 'society', slug: 'society' },
  { code: 'medtop:15000000', label: 'sport', slug: 'sport' },
  { code: 'medtop:16000000', label: 'conflict, war and peace', slug: 'conflict-war-peace' },
  { code: 'medtop:17000000', label: 'weather', slug: 'weather' },
];

const byCode = new Map(MEDIA_TOPICS.map((topic) => [topic.code, topic]));
const bySlug = new Map(MEDIA_TOPICS.map((topic) => [topic.slug, topic]));
const byLabel = new Map(MEDIA_TOPICS.map((topic) => [topic.label, topic]));

/** The topic for a code ("medtop:11000000"), or undefined. */
export const topicByCode = (code: string): MediaTopic | undefined => byCode.get(code);
/** The topic for a URL slug ("politics"), or undefined. */
export const topicBySlug = (slug: string): MediaTopic | undefined => bySlug.get(slug);
/** The topic for an IPTC label ("politics"), or undefined. */
export const topicByLabel = (label: string): MediaTopic | undefined =>
  byLabel.get(label.trim().toLowerCase());
