/**
 * How deep JSON text nests, found without parsing it. A deeply nested body parses, but every
 * recursive step after it (serialising the payload, validating it) can exhaust the stack, so the
 * host refuses it first, as Forge's own gateway refuses what it cannot read.
 */
export const MAX_JSON_DEPTH = 64;

/**
 * True when `text` nests objects and arrays deeper than `limit`. One pass, no recursion; brackets
 * inside strings (with their escapes) do not count. Text that is not JSON is left to the parser.
 */
export function jsonNestsDeeperThan(text: string, limit = MAX_JSON_DEPTH): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i += 1; // a backslash escapes the next character, `"` included
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) {
      inString = true;
    } else if (c === 0x5b || c === 0x7b) {
      depth += 1;
      if (depth > limit) return true;
    } else if (c === 0x5d || c === 0x7d) {
      depth -= 1;
    }
  }
  return false;
}
