import fc from 'fast-check';
import { jsonNestsDeeperThan } from '../../emulator/host/json-depth';

/** The nesting depth of a parsed JSON value, for comparison (values here are shallow). */
function depthOf(value: unknown): number {
  if (typeof value !== 'object' || value === null) return 0;
  const children = Object.values(value as Record<string, unknown>);
  return 1 + Math.max(0, ...children.map(depthOf));
}

describe('jsonNestsDeeperThan', () => {
  it('agrees with the depth of the parsed value, strings with brackets and escapes included', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), fc.integer({ min: 0, max: 7 }), (value, limit) => {
        const text = JSON.stringify(value);
        expect(jsonNestsDeeperThan(text, limit)).toBe(depthOf(value) > limit);
      }),
    );
  });

  it('ignores brackets inside strings, escaped quotes included', () => {
    expect(jsonNestsDeeperThan(JSON.stringify({ a: '[[[{{{\\"[[[' }), 1)).toBe(false);
    expect(jsonNestsDeeperThan('["\\\\",[[]]]', 2)).toBe(true);
  });

  it('scans very deep text without recursion', () => {
    const deep = '['.repeat(1_000_000) + ']'.repeat(1_000_000);
    expect(jsonNestsDeeperThan(deep)).toBe(true);
    expect(jsonNestsDeeperThan('['.repeat(64) + ']'.repeat(64))).toBe(false);
    expect(jsonNestsDeeperThan('['.repeat(65) + ']'.repeat(65))).toBe(true);
  });
});
