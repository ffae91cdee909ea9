// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import atlasJson from 'world-atlas/countries-110m.json';
import { countryName } from '../names';
import { ChoroplethMap } from './ChoroplethMap';
import { FILLS, levelOf } from './shading';
import { MAP_HEIGHT, MAP_WIDTH } from './mapShapes';
import { projectWorld, type Atlas } from './worldShapes';

afterEach(cleanup);

const atlas = atlasJson as unknown as Atlas;
const shapes = projectWorld(atlas);

function renderMap(counts: Record<string, number>, selected: string[] = []) {
  const onToggle = vi.fn();
  const onIncludeMentioned = vi.fn();
  render(
    <ChoroplethMap
      shapes={shapes}
      counts={new Map(Object.entries(counts))}
      selected={selected}
      countryName={countryName}
      onToggle={onToggle}
      includeMentioned={false}
      onIncludeMentioned={onIncludeMentioned}
    />,
  );
  return { onToggle, onIncludeMentioned };
}

describe('projectWorld', () => {
  it('draws the countries of Natural Earth 110m inside the map, named by ISO alpha-2 codes', () => {
    const codes = shapes.countries.flatMap((shape) => (shape.code ? [shape.code] : []));
    expect(codes.length).toBeGreaterThan(170);
    expect(codes).toEqual(expect.arrayContaining(['JP', 'NZ', 'BR', 'FR', 'XK']));
    expect(codes).not.toContain('AQ'); // Antarctica is left out
    for (const shape of shapes.countries) expect(shape.d).toMatch(/^M[\d.-]/);
    // Countries too small for the shapes get a point on the map instead.
    const singapore = shapes.markers.find((marker) => marker.code === 'SG');
    expect(singapore).toBeDefined();
    expect(singapore?.x).toBeGreaterThan(MAP_WIDTH / 2);
    expect(singapore?.y).toBeGreaterThan(0);
    expect(singapore?.y).toBeLessThan(MAP_HEIGHT);
    expect(shapes.markers.map((marker) => marker.code)).not.toContain('JP');
  });
});

describe('ChoroplethMap', () => {
  it('shades countries with articles by class and makes them toggle buttons', async () => {
    const { onToggle } = renderMap({ JP: 12, NZ: 3, FR: 0 });
    const map = screen.getByRole('group', { name: 'Articles about each country' });
    const japan = within(map).getByRole('button', { name: 'Japan, 12 articles' });
    expect(japan).toHaveAttribute('aria-pressed', 'false');
    expect(japan).toHaveAttribute('fill', FILLS[levelOf(12, 12)]);
    expect(within(map).getByRole('button', { name: 'New Zealand, 3 articles' })).toHaveAttribute(
      'fill',
      FILLS[levelOf(3, 12)],
    );
    // A country without articles is scenery, not a control.
    expect(within(map).queryByRole('button', { name: /^France/ })).toBeNull();
    await userEvent.click(japan);
    expect(onToggle).toHaveBeenCalledWith('JP');
  });

  it('is reachable and usable from the keyboard', async () => {
    const { onToggle } = renderMap({ JP: 2, NZ: 1 }, ['NZ']);
    const buttons = screen.getAllByRole('button', { name: /articles?$/ });
    expect(buttons.every((button) => button.getAttribute('tabindex') === '0')).toBe(true);
    const newZealand = screen.getByRole('button', { name: 'New Zealand, 1 article' });
    expect(newZealand).toHaveAttribute('aria-pressed', 'true');
    newZealand.focus();
    await userEvent.keyboard('{Enter}');
    await userEvent.keyboard(' ');
    expect(onToggle).toHaveBeenNthCalledWith(1, 'NZ');
    expect(onToggle).toHaveBeenNthCalledWith(2, 'NZ');
  });

  it('marks small countries with articles, and lists countries it cannot draw', async () => {
    const { onToggle } = renderMap({ SG: 4, MT: 0, AQ: 2 });
    const singapore = screen.getByRole('button', { name: 'Singapore, 4 articles' });
    expect(singapore.tagName.toLowerCase()).toBe('circle');
    // Malta has no articles: no marker for it.
    expect(document.querySelector('[data-country="MT"]')).toBeNull();
    expect(screen.getByText('small country')).toBeInTheDocument();
    // Antarctica is not drawn (no news there, usually): a button below the map.
    await userEvent.click(screen.getByRole('button', { name: 'Antarctica (2)' }));
    expect(onToggle).toHaveBeenCalledWith('AQ');
  });

  it('explains its shades in a legend and switches to articles that only mention a country', async () => {
    const { onIncludeMentioned } = renderMap({ JP: 10 });
    expect(screen.getByText('None')).toBeInTheDocument();
    expect(screen.getByText('8–10')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('radio', { name: 'About or mentioning it' }));
    expect(onIncludeMentioned).toHaveBeenCalledWith(true);
  });
});
