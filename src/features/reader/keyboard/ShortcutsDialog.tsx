import { useEffect, useRef } from 'react';
import { READER_SHORTCUTS } from './shortcuts';

interface ShortcutsDialogProps {
  open: boolean;
  onClose: () => void;
}

/** The list of keyboard shortcuts, as a modal dialog (Esc closes it, focus returns). */
export function ShortcutsDialog({ open, onClose }: ShortcutsDialogProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
    } else if (!open && dialog.open) {
      if (typeof dialog.close === 'function') dialog.close();
      else dialog.removeAttribute('open');
    }
  }, [open]);

  return (
    <dialog
      ref={dialogRef}
      aria-labelledby="shortcuts-heading"
      onClose={onClose}
      onCancel={onClose}
      className="m-auto w-[min(26rem,calc(100vw-2rem))] rounded-lg border border-rule bg-surface p-6 text-ink shadow-xl backdrop:bg-black/40"
    >
      <h2 id="shortcuts-heading" className="mb-4 font-serif text-2xl font-semibold">
        Keyboard shortcuts
      </h2>
      <table className="w-full text-sm">
        <thead className="sr-only">
          <tr>
            <th scope="col">Key</th>
            <th scope="col">Action</th>
          </tr>
        </thead>
        <tbody>
          {READER_SHORTCUTS.map((shortcut) => (
            <tr key={shortcut.action} className="border-b border-rule last:border-0">
              <td className="py-2 pr-4">
                {shortcut.keys.map((key) => (
                  <kbd
                    key={key}
                    className="rounded border border-rule bg-paper px-1.5 py-0.5 font-mono text-xs"
                  >
                    {key}
                  </kbd>
                ))}
              </td>
              <td className="py-2">{shortcut.action}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <form method="dialog" className="mt-5 text-right">
        <button
          type="submit"
          className="rounded-full border border-ink px-4 py-1.5 text-sm font-medium hover:bg-ink hover:text-paper"
        >
          Close
        </button>
      </form>
    </dialog>
  );
}
