import { renderWithI18n } from '../test-setup';
import { screen } from '@testing-library/react';
import { LightIndicator } from './LightIndicator';

describe('LightIndicator', () => {
  it('draws the light as OS2 does and names it for screen readers only', () => {
    const { container } = renderWithI18n(<LightIndicator light="red" />);
    const emoji = container.querySelector('[aria-hidden="true"]');
    expect(emoji?.textContent).toBe('🔴');
    const label = screen.getByText('Red – not met or action needed');
    expect(label.closest('[title]')?.getAttribute('title')).toBe('Red – not met or action needed');
  });

  it('shows the meaning in words when asked to', () => {
    const { container } = renderWithI18n(<LightIndicator light="green" showText />);
    const words = screen.getByText('Green – met', { exact: false });
    expect(words.style.position).not.toBe('absolute');
    expect(container.textContent).toBe('🟢 Green – met');
  });

  it('speaks the user’s language', () => {
    const { container } = renderWithI18n(<LightIndicator light="grey" />, { locale: 'da-DK' });
    expect(container.querySelector('[aria-hidden="true"]')?.textContent).toBe('⚪');
    expect(container.firstElementChild?.getAttribute('title')).toBe('Grå – ikke relevant');
    expect(screen.getByText('Grå – ikke relevant').style.position).toBe('absolute');
  });
});
