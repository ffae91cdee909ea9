import { Link } from 'react-router-dom';
import type { AnnotatedArticle, ArticleCountry } from '@/core/schema';
import { topicByCode } from '@/core/topics/mediaTopics';
import { formatDate } from '@/lib/format';
import { countryName } from '@/lib/countryNames';
import { feedPath } from '@/lib/paths';

function CountryList({ label, countries }: { label: string; countries: ArticleCountry[] }) {
  if (countries.length === 0) return null;
  return (
    <div className="flex flex-wrap items-baseline gap-x-2">
      <dt className="text-muted">{label}</dt>
      <dd>
        <ul className="inline">
          {countries.map((country, index) => (
            <li key={country.code} className="inline">
              {index > 0 ? ', ' : null}
              <Link
                to={feedPath({ country: country.code })}
                className="underline-offset-2 hover:text-accent hover:underline"
              >
                {countryName(country.code)}
              </Link>
            </li>
          ))}
        </ul>
      </dd>
    </div>
  );
}

/**
 * The article's original address when it is a web page (http or https): articles fetched from
 * feeds carry one. Anything else (a `javascript:` URL in a hand-made file) is no link.
 */
function originalUrl(url: string | undefined): URL | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed : undefined;
  } catch {
    return undefined;
  }
}

/** Headline, outlet, date and byline; a link to the original; the countries the article is about and mentions; topics. */
export function ArticleHeader({ article }: { article: AnnotatedArticle }) {
  const date = formatDate(article.published);
  const about = article.countries.filter((country) => country.role === 'about');
  const mentions = article.countries.filter((country) => country.role === 'mentions');
  const original = originalUrl(article.url);
  return (
    <header className="mb-6 border-b border-rule pb-6">
      <p className="mb-3 text-xs font-semibold tracking-[0.14em] text-muted uppercase">
        {article.source.name}
        {date ? (
          <>
            {' · '}
            <time dateTime={article.published}>{date}</time>
          </>
        ) : null}
      </p>
      <h1 className="font-serif text-4xl leading-tight font-semibold text-balance sm:text-5xl">
        {article.title || 'Untitled article'}
      </h1>
      {article.byline ? (
        <p className="mt-4 text-sm">
          <span className="text-muted">By </span>
          <span className="font-medium">{article.byline.replace(/^by\s+/i, '')}</span>
        </p>
      ) : null}
      {original ? (
        <p className="mt-2 text-sm">
          <a
            href={original.href}
            rel="noopener noreferrer external"
            className="font-medium text-accent underline underline-offset-2"
          >
            Read the original
          </a>
          <span className="text-muted"> at {original.hostname}</span>
        </p>
      ) : null}
      {about.length + mentions.length > 0 ? (
        <dl className="mt-4 space-y-1 text-sm">
          <CountryList label="About" countries={about} />
          <CountryList label="Also mentions" countries={mentions} />
        </dl>
      ) : null}
      {article.topics.length > 0 ? (
        <ul aria-label="Topics" className="mt-4 flex flex-wrap gap-2">
          {article.topics.map((topic) => {
            const known = topicByCode(topic.code);
            return (
              <li key={topic.code}>
                <Link
                  to={feedPath(known ? { topic: known.slug } : {})}
                  className="inline-block rounded-full bg-accent-soft px-3 py-0.5 text-xs font-medium text-ink hover:underline"
                >
                  {known?.label ?? topic.label}
                </Link>
              </li>
            );
          })}
        </ul>
      ) : null}
    </header>
  );
}
