import type { CSSProperties } from 'react';
import { QuoteMarks as QuoteIcon } from '@/components/icons/QuoteMarks';
import { EntityTypeIcon } from '@/components/ui/EntityTypeIcon';
import type { HighlightLayers } from '../highlight/layers';
import { ENTITY_LAYER_LABELS, LAYER_NAMES, type LayerName } from './layerParams';

interface LayerSwitchesProps {
  layers: HighlightLayers;
  onChange: (name: LayerName, on: boolean) => void;
  /** How many highlights each layer has in this article, shown beside its name. */
  counts: Record<LayerName, number>;
}

function layerLabel(name: LayerName): string {
  return name === 'quotes' ? 'Quotes' : ENTITY_LAYER_LABELS[name];
}

function LayerIcon({ name }: { name: LayerName }) {
  if (name === 'quotes') return <QuoteIcon aria-hidden="true" className="size-3.5" />;
  return <EntityTypeIcon type={name} className="size-3.5" />;
}

/** A sample of how each kind of quote is drawn (same tint, edge and underline as the body). */
const SAMPLE = { '--speaker': '#0072B2' } as CSSProperties;
const KIND_SAMPLES = [
  { kind: 'direct', label: 'Direct quote', className: 'legend-direct' },
  { kind: 'indirect', label: 'Reported speech', className: 'legend-indirect' },
  { kind: 'mixed', label: 'Partly quoted', className: 'legend-direct legend-indirect' },
] as const;

/** Switches for the highlight layers, each with its icon and how many highlights it has. */
export function LayerSwitches({ layers, onChange, counts }: LayerSwitchesProps) {
  return (
    <div role="group" aria-label="Highlight layers" className="flex flex-wrap gap-2 text-sm">
      {LAYER_NAMES.map((name) => (
        <button
          key={name}
          type="button"
          role="switch"
          aria-checked={layers[name]}
          onClick={() => onChange(name, !layers[name])}
          className="inline-flex items-center gap-1.5 rounded-full border border-rule px-3 py-1 text-muted hover:border-ink aria-checked:border-ink aria-checked:bg-ink aria-checked:text-paper"
        >
          <LayerIcon name={name} />
          {layerLabel(name)}
          <span className="tabular-nums opacity-80">{counts[name]}</span>
        </button>
      ))}
    </div>
  );
}

/** What each highlight means: quote kinds by their drawing, entity types by their icon. */
export function LayerLegend() {
  return (
    <ul aria-label="Legend" className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-muted">
      {KIND_SAMPLES.map((sample) => (
        <li key={sample.kind} className="flex items-center gap-1.5">
          <span aria-hidden="true" className={`legend-sample ${sample.className}`} style={SAMPLE}>
            Abc
          </span>
          {sample.label}
        </li>
      ))}
      <li className="flex items-center gap-1">
        <span aria-hidden="true" className="flex items-center gap-0.5">
          <EntityTypeIcon type="person" className="size-3.5" />
          <EntityTypeIcon type="organization" className="size-3.5" />
          <EntityTypeIcon type="location" className="size-3.5" />
        </span>
        Person, organisation, place (dotted underline)
      </li>
      <li>Each speaker has a colour, and a name on hover or focus.</li>
    </ul>
  );
}
