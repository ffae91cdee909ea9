import { useRef, useState, type DragEvent } from 'react';
import { FileUp } from '@/components/icons/FileUp';
import { textLink } from '@/components/ui/buttons';
import { ACCEPTED_FILES } from './readArticleFile';

interface FilePickerProps {
  disabled: boolean;
  onFile: (file: File) => void;
  /** Text dragged from another page (no file): goes to the text area. */
  onText: (text: string) => void;
}

/** A drop zone that is also a button opening the file picker. */
export function FilePicker({ disabled, onFile, onText }: FilePickerProps) {
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);

  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setOver(false);
    if (disabled) return;
    const file = event.dataTransfer.files[0];
    if (file) onFile(file);
    else {
      const text = event.dataTransfer.getData('text/plain');
      if (text) onText(text);
    }
  };

  return (
    <div
      data-testid="drop-zone"
      onDragOver={(event) => {
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
      className={`flex flex-col items-center gap-2 rounded border-2 border-dashed px-4 py-6 text-center text-sm transition-colors ${
        over ? 'border-accent bg-accent-soft' : 'border-rule'
      }`}
    >
      <FileUp aria-hidden="true" className="size-6 text-muted" />
      <p>
        Drop a <span className="font-medium">.txt</span>, <span className="font-medium">.md</span>,{' '}
        <span className="font-medium">.html</span> or <span className="font-medium">.json</span>{' '}
        file here, or{' '}
        <button
          type="button"
          disabled={disabled}
          onClick={() => input.current?.click()}
          className={`${textLink} disabled:opacity-50`}
        >
          choose a file
        </button>
        .
      </p>
      <p className="text-xs text-muted">
        Up to 1 MB of text. HTML pages are reduced to their main text.
      </p>
      <input
        ref={input}
        type="file"
        accept={ACCEPTED_FILES}
        className="sr-only"
        tabIndex={-1}
        aria-label="Article file"
        disabled={disabled}
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) onFile(file);
        }}
      />
    </div>
  );
}
