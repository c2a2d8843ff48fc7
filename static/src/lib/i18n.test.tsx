import { danishI18n, englishI18n } from '../test-setup';
import { render, screen } from '@testing-library/react';
import { I18nProvider, makeI18n, useI18n } from './i18n';

function Greeting() {
  const { t, text } = useI18n();
  return (
    <p>
      {t('governance.checklist.saveFor', { id: 'F3' })} / {text({ da: 'Gemt', en: 'Saved' })}
    </p>
  );
}

describe('makeI18n', () => {
  it('fills named placeholders and leaves unknown ones as written', () => {
    const i18n = makeI18n('en-US', () => 'Save {id} for {who}');
    expect(i18n.t('any', { id: 'R1' })).toBe('Save R1 for {who}');
    expect(i18n.t('any')).toBe('Save {id} for {who}');
  });

  it('picks the language from the locale, Danish for every da locale', () => {
    expect(makeI18n('da-DK', (k) => k).lang).toBe('da');
    expect(makeI18n('en-GB', (k) => k).lang).toBe('en');
    expect(makeI18n('da-DK', (k) => k).text({ da: 'Nej', en: 'No' })).toBe('Nej');
  });

  it('formats numbers and dates in the user’s locale, and keeps an unreadable date as written', () => {
    const da = danishI18n();
    expect(da.formatNumber(150000)).toBe('150.000');
    expect(englishI18n().formatNumber(150000)).toBe('150,000');
    // A calendar date is read at noon UTC, so no time zone moves it to another day.
    expect(da.formatDate('2026-03-01')).toMatch(/^1\. mar/);
    expect(da.formatDate('soon')).toBe('soon');
  });
});

describe('I18nProvider and useI18n', () => {
  it('gives components the texts of the locale files', () => {
    render(
      <I18nProvider value={englishI18n()}>
        <Greeting />
      </I18nProvider>,
    );
    expect(screen.getByText('Save self-assessment of F3 / Saved')).toBeTruthy();
  });

  it('refuses to render a component outside the provider', () => {
    const spy = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(() => render(<Greeting />)).toThrow('useI18n outside I18nProvider');
    spy.mockRestore();
  });
});
