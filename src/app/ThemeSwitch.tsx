import { useEffect, useState } from 'react';
import { Monitor } from '@/components/icons/Monitor';
import { Moon } from '@/components/icons/Moon';
import { Sun } from '@/components/icons/Sun';
import {
  applyTheme,
  onSystemThemeChange,
  readThemeChoice,
  saveThemeChoice,
  type ThemeChoice,
} from '@/lib/theme';

const OPTIONS = [
  { choice: 'system', label: 'Match system theme', Icon: Monitor },
  { choice: 'light', label: 'Light theme', Icon: Sun },
  { choice: 'dark', label: 'Dark theme', Icon: Moon },
] as const satisfies readonly { choice: ThemeChoice; label: string; Icon: unknown }[];

/** System / light / dark, remembered across visits. */
export function ThemeSwitch() {
  const [choice, setChoice] = useState<ThemeChoice>(readThemeChoice);

  // While following the system, follow it live too.
  useEffect(() => {
    if (choice !== 'system') return undefined;
    return onSystemThemeChange(() => applyTheme('system'));
  }, [choice]);

  return (
    <div
      role="group"
      aria-label="Theme"
      className="flex items-center gap-0.5 rounded-full border border-rule p-0.5"
    >
      {OPTIONS.map(({ choice: option, label, Icon }) => (
        <button
          key={option}
          type="button"
          aria-label={label}
          aria-pressed={choice === option}
          title={label}
          onClick={() => {
            setChoice(option);
            saveThemeChoice(option);
          }}
          className="rounded-full p-1.5 text-muted hover:text-ink aria-pressed:bg-ink aria-pressed:text-paper"
        >
          <Icon aria-hidden="true" className="size-3.5" />
        </button>
      ))}
    </div>
  );
}
