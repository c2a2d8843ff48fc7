/**
 * Amounts in whole kroner, read the Danish way: "." and spaces group thousands ("1.500" and
 * "1 500" are 1500). Decimals ("1,5") and a point that does not group thousands ("1.5") are
 * refused with a hint instead of being guessed at.
 */
import type { LocalText } from '../catalogue/types';
import { MAX_AMOUNT_DKK } from './vocabulary';

export type KronerReading = { ok: true; value: number } | { ok: false; hint: LocalText };

const groupDigits = (n: number, separator: string) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, separator);

const HINTS = {
  decimals: {
    da: 'Kun hele kroner: skriv fx 1.500 eller 1500 (uden øre og decimaler).',
    en: 'Whole kroner only: write e.g. 1.500 or 1500 (no øre, no decimals).',
  },
  grouping: {
    da: 'Punktum adskiller tusinder (1.500 er 1500 kr.); skriv hele kroner, fx 1.500 eller 1500.',
    en: 'A point separates thousands, the Danish way (1.500 is DKK 1500); write whole kroner, e.g. 1.500 or 1500.',
  },
  notNumber: {
    da: 'Skriv et beløb i hele kroner, fx 25.000.',
    en: 'Enter an amount in whole kroner, e.g. 25.000.',
  },
  tooLarge: {
    da: `Beløbet kan højst være ${groupDigits(MAX_AMOUNT_DKK, '.')} kr.`,
    en: `The amount can be at most DKK ${groupDigits(MAX_AMOUNT_DKK, ',')}.`,
  },
} satisfies Record<string, LocalText>;

/** What a user typed, as whole kroner. */
export function readKroner(input: string): KronerReading {
  const compact = input
    .trim()
    .replace(/\s*(kr\.?|dkk)$/i, '')
    .replace(/^dkk\s*/i, '')
    .trim();
  if (compact === '') return { ok: false, hint: HINTS.notNumber };
  if (compact.includes(',')) return { ok: false, hint: HINTS.decimals };
  let digits: string;
  if (/^\d+$/.test(compact)) digits = compact;
  else if (/^\d{1,3}(\.\d{3})+$/.test(compact) || /^\d{1,3}([ \u00a0]\d{3})+$/.test(compact))
    digits = compact.replace(/[. \u00a0]/g, '');
  else if (/^[\d. \u00a0]+$/.test(compact)) return { ok: false, hint: HINTS.grouping };
  else return { ok: false, hint: HINTS.notNumber };
  const value = Number(digits);
  if (!Number.isSafeInteger(value) || value > MAX_AMOUNT_DKK) return { ok: false, hint: HINTS.tooLarge };
  return { ok: true, value };
}

/** The server's check of an amount that arrived as a number: whole kroner, 0 to the maximum. */
export function amountRefusal(amountDkk: number): LocalText | null {
  if (!Number.isFinite(amountDkk) || amountDkk < 0) return HINTS.notNumber;
  if (!Number.isInteger(amountDkk)) return HINTS.decimals;
  if (amountDkk > MAX_AMOUNT_DKK) return HINTS.tooLarge;
  return null;
}
