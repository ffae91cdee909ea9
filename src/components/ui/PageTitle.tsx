import type { ReactNode } from 'react';

/** The headline of a page, in the reading serif. */
export function PageTitle({ children, kicker }: { children: ReactNode; kicker?: ReactNode }) {
  return (
    <header className="mb-8">
      {kicker ? (
        <p className="mb-2 text-xs font-semibold tracking-[0.14em] text-muted uppercase">
          {kicker}
        </p>
      ) : null}
      <h1 className="font-serif text-4xl leading-tight font-semibold text-balance sm:text-5xl">
        {children}
      </h1>
    </header>
  );
}
