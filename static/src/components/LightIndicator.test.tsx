import { renderWithI18n } from '../test-setup';
import { screen } from '@testing-library/react';
import { LIGHTS } from '../lib/governance';
import { LightIcon, LightIndicator } from './LightIndicator';

const EMOJI = /\p{Extended_Pictographic}/u;

describe('LightIndicator', () => {
  it('draws the light as a shape in a design-token colour and names it for screen readers only', () => {
    const { container } = renderWithI18n(<LightIndicator light="red" />);
    const icon = container.querySelector('svg')!;
    expect(icon.getAttribute('aria-hidden')).toBe('true');
    expect(icon.querySelector('rect')).not.toBeNull();
    expect(icon.style.fill).toMatch(/^var\(--ds-icon-danger/);
    const label = screen.getByText('Red – not met or action needed');
    expect(label.closest('[title]')?.getAttribute('title')).toBe('Red – not met or action needed');
    expect(container.textContent).not.toMatch(EMOJI);
  });

  it('shows the meaning in words when asked to', () => {
    const { container } = renderWithI18n(<LightIndicator light="green" showText />);
    const words = screen.getByText('Green – met', { exact: false });
    expect(words.style.position).not.toBe('absolute');
    expect(container.textContent).toBe(' Green – met');
    expect(container.querySelector('svg circle')).not.toBeNull();
  });

  it('speaks the user’s language', () => {
    const { container } = renderWithI18n(<LightIndicator light="grey" />, { locale: 'da-DK' });
    expect(container.firstElementChild?.getAttribute('title')).toBe('Grå – ikke relevant');
    expect(screen.getByText('Grå – ikke relevant').style.position).toBe('absolute');
  });

  it('gives every light its own shape and colour, so none relies on colour or an emoji font alone', () => {
    const drawn = LIGHTS.map((light) => {
      const { container, unmount } = renderWithI18n(<LightIcon light={light} />);
      const svg = container.querySelector('svg')!;
      const shape = svg.firstElementChild!;
      const result = {
        shape: `${shape.tagName}:${shape.getAttribute('points') ?? ''}`,
        fill: svg.style.fill,
        text: container.textContent,
      };
      unmount();
      return result;
    });
    expect(new Set(drawn.map((d) => d.shape)).size).toBe(LIGHTS.length);
    expect(new Set(drawn.map((d) => d.fill)).size).toBe(LIGHTS.length);
    for (const d of drawn) {
      expect(d.fill).toMatch(/^var\(--ds-/);
      expect(d.text).toBe('');
    }
  });
});
