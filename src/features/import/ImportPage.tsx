import { Notice } from '@/components/ui/Notice';

/** Placeholder until paste/drop import lands. */
export function ImportPage() {
  return (
    <Notice title="Import is coming" role="status">
      <title>Import · Broadsheet</title>
      <p>
        Soon you will be able to paste or drop an article of your own here and see who said what in
        it, annotated on the spot in your browser. Nothing you import will leave your device.
      </p>
    </Notice>
  );
}
