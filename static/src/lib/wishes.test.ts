import { ageInDays, parseHours, parseKroner } from './wishes';

describe('parseKroner', () => {
  it.each([
    ['150000', 150_000],
    ['150.000', 150_000],
    ['150 000', 150_000],
    [' 1.250.000 ', 1_250_000],
    ['40000 kr', 40_000],
    ['40.000KR', 40_000],
    ['150000 DKK', 150_000],
    ['0', 0],
    ['1.000.000.000', 1_000_000_000],
  ])('reads %j as %d kroner', (input, expected) => {
    expect(parseKroner(input)).toBe(expected);
  });

  it.each([
    ['', 'nothing typed'],
    ['   ', 'only spaces'],
    ['12,5', 'øre: amounts are whole kroner'],
    ['-500', 'a negative amount'],
    ['1e6', 'exponent notation'],
    ['kr 500', 'the currency first'],
    ['150000 EUR', 'another currency'],
    ['1,5', 'a decimal comma'],
    ['1.5', 'a point that does not group thousands'],
    ['1.000.000.001', 'more than the largest amount the app stores'],
    ['12345678901', 'more than ten digits'],
  ])('refuses %j (%s)', (input) => {
    expect(parseKroner(input)).toBeNull();
  });
});

describe('parseHours', () => {
  it.each([
    ['40', 40],
    ['7,5', 7.5],
    ['7.25', 7.25],
    [' 12 ', 12],
    ['100000', 100_000],
  ])('reads %j as %d hours', (input, expected) => {
    expect(parseHours(input)).toBe(expected);
  });

  it.each(['', '7,555', '1.000,5', '-3', '100001', 'ten'])('refuses %j', (input) => {
    expect(parseHours(input)).toBeNull();
  });
});

describe('ageInDays', () => {
  const now = Date.parse('2026-06-10T08:00:00Z');
  it('counts whole days, never negative, and 0 for an unreadable date', () => {
    expect(ageInDays('2026-06-01T09:00:00Z', now)).toBe(8);
    expect(ageInDays('2026-06-11T00:00:00Z', now)).toBe(0);
    expect(ageInDays('not a date', now)).toBe(0);
  });
});
