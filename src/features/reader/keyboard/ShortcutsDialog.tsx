import { Dialog } from '@/components/ui/Dialog';
import { ShortcutList } from '@/components/ui/ShortcutList';
import { READER_SHORTCUTS } from './shortcuts';

interface ShortcutsDialogProps {
  open: boolean;
  onClose: () => void;
}

/** The reader's keyboard shortcuts, in the app's dialog (Esc closes it, focus returns). */
export function ShortcutsDialog({ open, onClose }: ShortcutsDialogProps) {
  return (
    <Dialog open={open} onClose={onClose} title="Keyboard shortcuts">
      <ShortcutList shortcuts={READER_SHORTCUTS} />
    </Dialog>
  );
}
