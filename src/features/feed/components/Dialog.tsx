import { useEffect, useId, useRef, type ReactNode } from 'react';
import { X } from '@/components/icons/X';

export interface DialogProps {
  open: boolean;
  onClose: () => void;
  title: string;
  children: ReactNode;
  /** "drawer" slides in from the side on phones; "centered" is a plain modal. */
  variant?: 'drawer' | 'centered';
}

/**
 * A native modal <dialog>: the browser traps focus, Escape closes it, and focus returns to
 * whatever opened it. Children render only while open.
 */
export function Dialog({ open, onClose, title, children, variant = 'centered' }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal?.();
    if (!open && dialog.open) dialog.close?.();
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
            <button
              type="button"
              onClick={onClose}
              aria-label="Close"
              className="rounded-full p-1.5 text-muted hover:text-ink"
            >
              <X aria-hidden="true" className="size-5" />
            </button>
          </div>
          {children}
        </div>
      ) : null}
    </dialog>
  );
}
