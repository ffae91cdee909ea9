import { useId } from 'react';
import {
  FONT_LABELS,
  READER_FONTS,
  READER_SIZES,
  READER_THEMES,
  READER_WIDTHS,
  SIZE_LABELS,
  THEME_LABELS,
  WIDTH_LABELS,
  type ReaderSettings,
} from './readerSettings';

interface ReaderSettingsPanelProps {
  settings: ReaderSettings;
  onChange: (change: Partial<ReaderSettings>) => void;
}

interface ChoiceGroupProps<Value extends string> {
  legend: string;
  name: string;
  values: readonly Value[];
  labels: Record<Value, string>;
  selected: Value;
  onSelect: (value: Value) => void;
}

/** One setting as a row of radio buttons (native radios: arrow keys and labels for free). */
function ChoiceGroup<Value extends string>(props: ChoiceGroupProps<Value>) {
  const { legend, name, values, labels, selected, onSelect } = props;
  return (
    <fieldset className="min-w-0">
      <legend className="mb-1.5 text-xs font-semibold tracking-[0.1em] uppercase">{legend}</legend>
      <div className="flex flex-wrap gap-1.5">
        {values.map((value) => (
          <label
            key={value}
            className="cursor-pointer rounded-full border border-rule px-3 py-1 has-checked:border-ink has-checked:bg-ink has-checked:text-paper has-focus-visible:outline-2 has-focus-visible:outline-accent"
          >
            <input
              type="radio"
              name={name}
              value={value}
              checked={selected === value}
              onChange={() => onSelect(value)}
              className="sr-only"
            />
            {labels[value]}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** Font, size, line width and theme of the article text. */
export function ReaderSettingsPanel({ settings, onChange }: ReaderSettingsPanelProps) {
  const id = useId();
  return (
    <div className="grid gap-4 text-sm sm:grid-cols-2">
      <ChoiceGroup
        legend="Font"
        name={`${id}-font`}
        values={READER_FONTS}
        labels={FONT_LABELS}
        selected={settings.font}
        onSelect={(font) => onChange({ font })}
      />
      <ChoiceGroup
        legend="Text size"
        name={`${id}-size`}
        values={READER_SIZES}
        labels={SIZE_LABELS}
        selected={settings.size}
        onSelect={(size) => onChange({ size })}
      />
      <ChoiceGroup
        legend="Line width"
        name={`${id}-width`}
        values={READER_WIDTHS}
        labels={WIDTH_LABELS}
        selected={settings.width}
        onSelect={(width) => onChange({ width })}
      />
      <ChoiceGroup
        legend="Theme"
        name={`${id}-theme`}
        values={READER_THEMES}
        labels={THEME_LABELS}
        selected={settings.theme}
        onSelect={(theme) => onChange({ theme })}
      />
    </div>
  );
}
