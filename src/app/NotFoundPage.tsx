import { Notice } from '@/components/ui/Notice';

export function NotFoundPage() {
  return (
    <Notice title="Page not found">
      <title>Not found · Broadsheet</title>
      <p>There is no page at this address. It may have moved, or the link may be mistyped.</p>
    </Notice>
  );
}
