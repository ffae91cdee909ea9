import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';

interface NoticeProps {
  title: string;
  children?: ReactNode;
  /** Technical detail (a file and field) shown in a monospace block. */
  detail?: string;
  /** Where the way out leads; home by default. */
  linkTo?: string;
  linkLabel?: string;
  role?: 'alert' | 'status';
}

/** A message that replaces a page (an error, something not found) and always offers a way back. */
export function Notice({
  title,
  children,
  detail,
  linkTo = '/',
  linkLabel = 'Back to the front page',
  role,
}: NoticeProps) {
  return (
    <section role={role} className="mx-auto max-w-2xl py-12">
      <h1 className="mb-4 font-serif text-3xl font-semibold">{title}</h1>
      {children ? <div className="space-y-3 text-lg leading-relaxed">{children}</div> : null}
      {detail ? (
        <pre className="mt-6 overflow-x-auto rounded border border-rule bg-surface p-4 text-sm whitespace-pre-wrap">
          {detail}
        </pre>
      ) : null}
      <p className="mt-8">
        <Link to={linkTo} className="font-medium text-accent underline underline-offset-4">
          {linkLabel}
        </Link>
      </p>
    </section>
  );
}
