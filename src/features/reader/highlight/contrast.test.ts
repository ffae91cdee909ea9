/**
 * WCAG AA checks of the highlight colours, computed from the stylesheets themselves: the theme
 * colours in src/index.css and the tint and edge strengths in highlight.css. Text keeps the
 * theme's ink over a speaker tint (>= 4.5:1); edges and underlines stand out from the page
 * (>= 3:1, non-text contrast) in the light and the dark theme.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SPEAKER_PALETTE, UNKNOWN_SPEAKER_COLOUR } from './speakerColours';

type Rgb = [number, number, number];

const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');
const appCss = read('../../../index.css');
const highlightCss = read('./highlight.css');

function hex(colour: string): Rgb {
  const value = Number.parseInt(colour.replace('#', ''), 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}

/** The theme variables declared in the block whose selector list holds `selector`. */
function themeColour(selector: string, name: string): Rgb {
  const escaped = selector.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const at = new RegExp(`(?:^|[\\s,])${escaped}\\s*[,{]`, 'm').exec(appCss)?.index ?? -1;
  if (at < 0) throw new Error(`src/index.css: no block for ${selector}`);
  const block = appCss.slice(appCss.indexOf('{', at));
  const match = new RegExp(`--${name}:\\s*(#[0-9a-fA-F]{6})`).exec(
    block.slice(0, block.indexOf('}')),
  );
  if (!match?.[1]) throw new Error(`src/index.css: no --${name} in ${selector}`);
  return hex(match[1]);
}

function percents(pattern: RegExp): number[] {
  return [...highlightCss.matchAll(pattern)].map((m) => Number(m[1]) / 100);
}

/** `colour` at `amount` over `base`, as color-mix(in srgb, colour amount, transparent) shows. */
const mix = (colour: Rgb, amount: number, base: Rgb): Rgb =>
  colour.map((c, i) => c * amount + (base[i] ?? 0) * (1 - amount)) as Rgb;

function luminance([r, g, b]: Rgb): number {
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

function contrast(a: Rgb, b: Rgb): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

const [lightTint, darkTint] = percents(/--hl-tint-strength:\s*(\d+)%/g);
const [lightEdge] = percents(/var\(--speaker\) (\d+)%, black\)/g);
const colours = [...SPEAKER_PALETTE, UNKNOWN_SPEAKER_COLOUR].map(hex);
const black: Rgb = [0, 0, 0];

describe.each([
  {
    theme: 'light',
    selector: ':root',
    tint: lightTint,
    edge: (c: Rgb) => mix(c, lightEdge ?? 1, black),
  },
  { theme: 'dark', selector: '.dark', tint: darkTint, edge: (c: Rgb) => c },
])('highlight colours in the $theme theme', ({ selector, tint, edge }) => {
  const ink = themeColour(selector, 'ink');
  const muted = themeColour(selector, 'ink-muted');
  const pages = [themeColour(selector, 'paper'), themeColour(selector, 'surface')];

  it('reads the strengths from the stylesheet', () => {
    expect(tint).toBeGreaterThan(0);
    expect(lightEdge).toBeGreaterThan(0);
  });

  it.each(colours.map((c) => [c.join(','), c] as const))(
    'speaker %s keeps AA text and a visible edge',
    (_, colour) => {
      for (const page of pages) {
        expect(contrast(ink, mix(colour, tint ?? 1, page))).toBeGreaterThanOrEqual(4.5);
        expect(contrast(edge(colour), page)).toBeGreaterThanOrEqual(3);
      }
    },
  );

  it('keeps dimmed quotes readable', () => {
    for (const page of pages) expect(contrast(muted, page)).toBeGreaterThanOrEqual(4.5);
  });
});
