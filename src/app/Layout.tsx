import { NavLink, Outlet, ScrollRestoration, useLocation, useNavigation } from 'react-router-dom';
import { formatLongDate } from '@/lib/format';
import { aboutRoute, feedRoute, importRoute } from '@/lib/routes';
import { SearchBox } from './SearchBox';
import { ThemeSwitch } from './ThemeSwitch';

const NAV_LINKS = [
  { to: feedRoute, label: 'Latest', end: true },
  { to: importRoute, label: 'Import', end: false },
  { to: aboutRoute, label: 'About', end: false },
] as const;

const todayLine = formatLongDate(new Date());

/**
 * The page frame: masthead, navigation, search and theme, then the route's page. The front page
 * has its own search box (it searches as you type), so the header's is left out there: one
 * search box per page.
 */
export function Layout() {
  const navigation = useNavigation();
  const onFrontPage = useLocation().pathname === feedRoute;
  return (
    <div className="flex min-h-screen flex-col">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-10 focus:rounded focus:bg-surface focus:px-3 focus:py-2"
      >
        Skip to content
      </a>
      {navigation.state === 'loading' ? (
        <div
          role="progressbar"
          aria-label="Loading page"
          className="fixed inset-x-0 top-0 h-0.5 animate-pulse bg-accent"
        />
      ) : null}
      <header className="mx-auto w-full max-w-6xl px-4 sm:px-6">
        <div className="flex items-center justify-between border-b border-rule py-2 text-xs text-muted">
          <span>{todayLine}</span>
          <ThemeSwitch />
        </div>
        <p className="py-3 text-center font-serif text-4xl font-bold tracking-tight sm:py-5 sm:text-6xl">
          <NavLink to={feedRoute} className="hover:text-accent">
            Broadsheet
          </NavLink>
        </p>
        <div className="flex flex-col gap-3 border-y-2 border-double border-ink/70 py-2 sm:flex-row sm:items-center sm:justify-between">
          <nav aria-label="Main">
            <ul className="flex gap-5 text-sm font-medium">
              {NAV_LINKS.map((link) => (
                <li key={link.to}>
                  <NavLink
                    to={link.to}
                    end={link.end}
                    className="underline-offset-4 hover:underline aria-[current=page]:text-accent aria-[current=page]:underline"
                  >
                    {link.label}
                  </NavLink>
                </li>
              ))}
            </ul>
          </nav>
          {onFrontPage ? null : <SearchBox />}
        </div>
      </header>
      <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-5 sm:px-6 sm:py-8">
        <Outlet />
      </main>
      <footer className="mx-auto w-full max-w-6xl px-4 sm:px-6">
        <p className="border-t border-rule py-6 text-center text-xs text-muted">
          Broadsheet · the sample articles are fictional, written for this project.
        </p>
      </footer>
      <ScrollRestoration />
    </div>
  );
}
