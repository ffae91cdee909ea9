import { Suspense, useState } from 'react';
import type { DialogProps } from '@/components/ui/Dialog';
import { lazyPart } from '../lazyPart';

const Dialog = lazyPart(async () => (await import('@/components/ui/Dialog')).Dialog);

/**
 * The feed's Dialog, whose code loads the first time it opens (the drawer and the shortcuts
 * help are not part of the first screen). Once opened it stays mounted, so closing it is the
 * native dialog's close, which returns focus to whatever opened it.
 */
export function LazyDialog(props: DialogProps) {
  const [opened, setOpened] = useState(props.open);
  if (props.open && !opened) setOpened(true);
  if (!opened) return null;
  return (
    <Suspense fallback={null}>
      <Dialog {...props} />
    </Suspense>
  );
}
