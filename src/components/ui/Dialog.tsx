import { useEffect, useId, useRef, type ReactNode } from 'react';
import { X } from '@/components/icons/X';
import { closeButton } from './buttons';

export interface DialogProps {
  open: boolean;
  onClose: () => void;
  title: string;
  children: ReactNode;
  /** "drawer" slides in from the side on phones; "centered" is a plain modal. */
  variant?: 'drawer' | 'centered';
}

/**
 * The app's dialog (the feed's filters drawer, the shortcut lists): a native modal <dialog>, so
 * the browser traps focus, Escape closes it, and focus returns to whatever opened it. Children
 * render only while open. Where `showModal` is missing (older browsers, jsdom) the `open`
 * attribute is set instead, so the dialog still shows and still counts as open.
 */
export function Dialog({ open, onClose, title, children, variant = 'centered' }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
    } else if (!open && dialog.open) {
      if (typeof dialog.close === 'function') dialog.close();
      else dialog.removeAttribute('open');
    }
  }, [open]);

  const placement =
    variant === 'drawer'
      ? 'm-0 ml-auto h-full max-h-none w-[min(22rem,100%)] rounded-none'
      : 'm-auto w-[min(32rem,calc(100%-2rem))] rounded-lg';
  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      onClose={onClose}
      onClick={(event) => {
        // A click on the backdrop (the dialog element itself, outside its content) closes it.
        if (event.target === ref.current) onClose();
      }}
      className={`${placement} border border-rule bg-paper p-0 text-ink backdrop:bg-black/50`}
    >
      {open ? (
        <div className="p-5">
          <div className="mb-4 flex items-center justify-between gap-4">
            <h2 id={titleId} className="font-serif text-2xl font-semibold">
              {title}
            </h2>
            <button type="button" onClick={onClose} aria-label="Close" className={closeButton}>
              <X aria-hidden="true" className="size-5" />
            </button>
          </div>
          {children}
        </div>
      ) : null}
    </dialog>
  );
}
