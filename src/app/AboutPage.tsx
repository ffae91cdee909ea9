import { Link } from 'react-router-dom';
import { PageTitle } from '@/components/ui/PageTitle';
import { importRoute } from '@/lib/paths';

export function AboutPage() {
  return (
    <article className="mx-auto max-w-2xl font-serif text-lg leading-relaxed">
      <title>About · Broadsheet</title>
      <PageTitle kicker="About">A news reader that shows who said what</PageTitle>
      <div className="space-y-5">
        <p>
          Broadsheet runs entirely in your browser. It reads a corpus of articles shipped with the
          app, highlights the quotes in each one together with the person or organisation who said
          them, marks the people, organisations and places it mentions, and lets you narrow the
          corpus by country, topic, person and free text.
        </p>
        <p>
          <strong>The sample articles are fictional.</strong> They are original writing made for
          this project: the people in them are invented, and so are the events, even where the
          countries are real. Nothing in them reports real news.
        </p>
        <p>
          You can also <Link to={importRoute}>bring an article of your own</Link> and see it
          annotated on the spot; it never leaves your device.
        </p>
        <p className="text-base text-muted">
          The annotation engine tells ordinary words from names with the SCOWL English word lists,
          copyright 2000–2016 Kevin Atkinson, used under their permissive licence (see
          THIRD_PARTY_NOTICES.md in the source).
        </p>
      </div>
    </article>
  );
}
