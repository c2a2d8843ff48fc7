/** Matches `METHOD path` against the route templates; literal segments win over `{param}` ones. */
import type { Route } from './context';

interface Compiled {
  route: Route;
  segments: string[];
  literals: number;
}

export interface Match {
  route: Route;
  params: Record<string, string>;
}

export class Router {
  private readonly compiled: Compiled[];

  constructor(routes: Route[]) {
    this.compiled = routes.map((route) => {
      const segments = route.template.split('/').filter(Boolean);
      return { route, segments, literals: segments.filter((s) => !s.startsWith('{')).length };
    });
  }

  /** A match, `'method'` when only the method is wrong (405), or undefined (404). */
  match(method: string, pathname: string): Match | 'method' | undefined {
    const parts = pathname.split('/').filter(Boolean).map(decodeSegment);
    let best: { c: Compiled; params: Record<string, string> } | undefined;
    let pathMatched = false;
    for (const c of this.compiled) {
      const params = matchSegments(c.segments, parts);
      if (!params) continue;
      pathMatched = true;
      if (c.route.method !== method) continue;
      if (!best || c.literals > best.c.literals) best = { c, params };
    }
    if (best) return { route: best.c.route, params: best.params };
    return pathMatched ? 'method' : undefined;
  }
}

function matchSegments(template: string[], parts: string[]): Record<string, string> | undefined {
  if (template.length !== parts.length) return undefined;
  const params: Record<string, string> = {};
  for (let i = 0; i < template.length; i++) {
    const t = template[i];
    if (t.startsWith('{')) params[t.slice(1, -1)] = parts[i];
    else if (t !== parts[i]) return undefined;
  }
  return params;
}

/** `route` leaves path segments unencoded (raw spaces, unicode), so decode only what decodes cleanly. */
function decodeSegment(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
