import { isRouteErrorResponse, useRouteError } from 'react-router-dom';
import { Notice } from '@/components/ui/Notice';
import { DataFileError, NotFoundError } from '@/lib/errors';

/**
 * The error boundary of every route: says what failed (the page, and for data errors the file and
 * field) and offers a way home. The header stays, so one broken page never blanks the app.
 */
export function RouteError({ what }: { what: string }) {
  const error = useRouteError();

  if (error instanceof NotFoundError || (isRouteErrorResponse(error) && error.status === 404)) {
    const message = error instanceof NotFoundError ? error.message : 'This page does not exist.';
    return (
      <Notice role="alert" title="Not found">
        <p>{message}</p>
      </Notice>
    );
  }

  if (error instanceof DataFileError) {
    return (
      <Notice role="alert" title={`Could not load ${what}`} detail={error.message}>
        <p>
          A data file for this page is missing or does not match the expected format. Rebuilding the
          data (<code>npm run ingest</code>) usually fixes it.
        </p>
      </Notice>
    );
  }

  const message = isRouteErrorResponse(error)
    ? `${error.status} ${error.statusText}`
    : error instanceof Error
      ? error.message
      : String(error);
  return (
    <Notice role="alert" title={`Something went wrong showing ${what}`} detail={message}>
      <p>The rest of Broadsheet still works.</p>
    </Notice>
  );
}
