import { amountRefusal, readKroner } from './amount';

describe('readKroner', () => {
  it.each([
    ['1500', 1500],
    ['1.500', 1500],
    ['150.000', 150_000],
    ['1.000.000', 1_000_000],
    ['1 500', 1500],
    ['25.000 kr.', 25_000],
    ['0', 0],
  ])('reads %s as %d', (input, value) => {
    expect(readKroner(input)).toEqual({ ok: true, value });
  });

  it.each([
    ['1,5', /Kun hele kroner/],
    ['1.500,50', /Kun hele kroner/],
    ['1.5', /Punktum adskiller tusinder/],
    ['1.50', /Punktum adskiller tusinder/],
    ['15.00.000', /Punktum adskiller tusinder/],
    ['abc', /Skriv et beløb/],
    ['', /Skriv et beløb/],
    ['2.000.000.000', /højst/],
  ])('refuses %s with a hint', (input, hint) => {
    const read = readKroner(input);
    expect(read.ok).toBe(false);
    if (!read.ok) {
      expect(read.hint.da).toMatch(hint);
      expect(read.hint.en.length).toBeGreaterThan(10);
    }
  });
});

describe('amountRefusal', () => {
  it('accepts whole kroner and refuses decimals, negatives and too much', () => {
    expect(amountRefusal(1500)).toBeNull();
    expect(amountRefusal(1.5)?.en).toMatch(/Whole kroner/);
    expect(amountRefusal(-1)).not.toBeNull();
    expect(amountRefusal(2_000_000_000)).not.toBeNull();
  });
});
