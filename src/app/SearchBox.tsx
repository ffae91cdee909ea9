import { Form, useSearchParams } from 'react-router-dom';
import { Search } from '@/components/icons/Search';

/** Free-text search: submitting goes to the feed with `?q=`. */
export function SearchBox() {
  const [params] = useSearchParams();
  const current = params.get('q') ?? '';
  return (
    <Form role="search" action="/" method="get" className="relative w-full sm:w-64">
      <label htmlFor="site-search" className="sr-only">
        Search articles
      </label>
      <Search
        aria-hidden="true"
        className="pointer-events-none absolute top-1/2 left-3 size-4 -translate-y-1/2 text-muted"
      />
      <input
        // Remount when the URL's query changes, so back/forward keep the box in step.
        key={current}
        id="site-search"
        name="q"
        type="search"
        defaultValue={current}
        placeholder="Search articles"
        className="w-full rounded-full border border-rule bg-surface py-1.5 pr-3 pl-9 text-sm placeholder:text-muted focus:border-accent focus:outline-none"
      />
    </Form>
  );
}
