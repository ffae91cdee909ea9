import { useId, useState } from 'react';
import { Keyboard } from '@/components/icons/Keyboard';
import { Settings } from '@/components/icons/Settings';
import type { HighlightLayers } from './highlight/layers';
import type { LayerName } from './layers/layerParams';
import { LayerLegend, LayerSwitches } from './layers/LayerSwitches';
import type { ReaderSettings } from './settings/readerSettings';
import { ReaderSettingsPanel } from './settings/ReaderSettingsPanel';

interface ReaderToolbarProps {
  layers: HighlightLayers;
  onLayerChange: (name: LayerName, on: boolean) => void;
  counts: Record<LayerName, number>;
  settings: ReaderSettings;
  onSettingsChange: (change: Partial<ReaderSettings>) => void;
  onShowShortcuts: () => void;
}

const BUTTON =
  'inline-flex items-center gap-1.5 rounded-full px-2.5 py-1 text-sm text-muted hover:text-ink aria-expanded:text-ink aria-expanded:underline';

/** Above the text: highlight layers with their legend, reading settings, the shortcut list. */
export function ReaderToolbar(props: ReaderToolbarProps) {
  const { layers, onLayerChange, counts, settings, onSettingsChange, onShowShortcuts } = props;
  const [settingsOpen, setSettingsOpen] = useState(false);
  const panelId = useId();
  return (
    <section aria-label="Highlights and reading settings" className="mb-8 space-y-3">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <LayerSwitches layers={layers} onChange={onLayerChange} counts={counts} />
        <div className="flex gap-1">
          <button
            type="button"
            aria-expanded={settingsOpen}
            aria-controls={panelId}
            onClick={() => setSettingsOpen((open) => !open)}
            className={BUTTON}
          >
            <Settings aria-hidden="true" className="size-4" />
            Reading settings
          </button>
          <button type="button" onClick={onShowShortcuts} aria-keyshortcuts="?" className={BUTTON}>
            <Keyboard aria-hidden="true" className="size-4" />
            Shortcuts
          </button>
        </div>
      </div>
      <LayerLegend />
      <div
        id={panelId}
        hidden={!settingsOpen}
        className="rounded-md border border-rule bg-surface p-4"
      >
        <ReaderSettingsPanel settings={settings} onChange={onSettingsChange} />
      </div>
    </section>
  );
}
