/** Jira's date renderings and JQL date values. Everything is UTC: users' time zones are not applied. */

/** Jira platform REST format, e.g. `2026-05-01T12:27:28.000+0000`. */
export const jiraDate = (iso: string): string => new Date(iso).toISOString().replace('Z', '+0000');

/** Jira Software (agile) REST format, e.g. `2026-05-01T12:27:28.000Z`. */
export const agileDate = (iso: string): string => new Date(iso).toISOString();

const MINUTE = 60_000;
const UNIT_MS: Record<string, number> = {
  m: MINUTE,
  h: 60 * MINUTE,
  d: 24 * 60 * MINUTE,
  w: 7 * 24 * 60 * MINUTE,
};

/** `-5d`, `4w 2d`, `+1h 30m` → milliseconds, or undefined. */
function parseRelative(value: string): number | undefined {
  const m = /^([+-])?\s*((?:\d+\s*[wdhm]\s*)+)$/.exec(value.trim());
  if (!m) return undefined;
  let total = 0;
  for (const part of m[2].matchAll(/(\d+)\s*([wdhm])/g)) total += Number(part[1]) * UNIT_MS[part[2]];
  return m[1] === '-' ? -total : total;
}

/** A JQL date literal as epoch ms: `yyyy-MM-dd`, `yyyy/MM/dd`, either with ` HH:mm`, ISO, or relative. */
export function parseJqlDate(value: string, now: Date): number | undefined {
  const abs = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[ T](\d{1,2}):(\d{2}))?$/.exec(value.trim());
  if (abs) {
    const [, y, mo, d, h = '0', mi = '0'] = abs;
    const ms = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi));
    const back = new Date(ms);
    // Reject dates JavaScript silently rolls over, such as 2026-02-31.
    return back.getUTCMonth() === Number(mo) - 1 && back.getUTCDate() === Number(d) ? ms : undefined;
  }
  if (/^\d{4}-\d{2}-\d{2}T/.test(value)) {
    const ms = Date.parse(value);
    return Number.isNaN(ms) ? undefined : ms;
  }
  const rel = parseRelative(value);
  return rel === undefined ? undefined : now.getTime() + rel;
}

type Period = 'day' | 'week' | 'month' | 'year';

function startOf(period: Period, at: Date): Date {
  const d = new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate()));
  if (period === 'week') d.setUTCDate(d.getUTCDate() - d.getUTCDay()); // Jira's weeks start on Sunday
  if (period === 'month') d.setUTCDate(1);
  if (period === 'year') d.setUTCMonth(0, 1);
  return d;
}

function shift(d: Date, period: Period, n: number): Date {
  const r = new Date(d);
  if (period === 'day') r.setUTCDate(r.getUTCDate() + n);
  if (period === 'week') r.setUTCDate(r.getUTCDate() + 7 * n);
  if (period === 'month') r.setUTCMonth(r.getUTCMonth() + n);
  if (period === 'year') r.setUTCFullYear(r.getUTCFullYear() + n);
  return r;
}

const PERIOD_UNITS: Record<string, Period> = { d: 'day', w: 'week', M: 'month', y: 'year' };

/** `now()`, `startOfDay()`, `endOfMonth(-1)` … as epoch ms; undefined when the function is not a date function. */
export function dateFunction(name: string, args: string[], now: Date): number | undefined {
  if (name.toLowerCase() === 'now') return now.getTime();
  const m = /^(startOf|endOf)(Day|Week|Month|Year)$/i.exec(name);
  if (!m) return undefined;
  const period = m[2].toLowerCase() as Period;
  let at = now;
  if (args[0]) {
    const inc = /^([+-]?\d+)([dwMy])?$/.exec(args[0].trim());
    if (!inc) return undefined;
    at = shift(now, inc[2] ? PERIOD_UNITS[inc[2]] : period, Number(inc[1]));
  }
  const start = startOf(period, at);
  return m[1].toLowerCase() === 'startof' ? start.getTime() : shift(start, period, 1).getTime() - 1;
}
