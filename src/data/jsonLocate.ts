/**
 * Where in a JSON text a value is, by its path (`events[3].start`, as
 * `formatPath` in crossChecks.ts writes them): the line and column people fixing a
 * dataset by hand look for. A path that names nothing in the text (a missing
 * field) is located at the nearest value above it that exists.
 *
 * Pure, no DOM.
 */
import { lineAndColumn } from './json';

type Segment = string | number;

/** `events[3].start` → ["events", 3, "start"]; `a["b c"]` → ["a", "b c"]; `(root)` → []. */
export function parsePath(path: string): Segment[] | null {
  if (path === '(root)') return [];
  const out: Segment[] = [];
  const re = /\.?([A-Za-z_$][A-Za-z0-9_$]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/y;
  let i = 0;
  while (i < path.length) {
    re.lastIndex = i;
    const m = re.exec(path);
    if (!m || (i === 0 && path.startsWith('.'))) return null;
    if (m[1] !== undefined) out.push(m[1]);
    else if (m[2] !== undefined) out.push(Number(m[2]));
    else out.push(JSON.parse(m[3]!) as string);
    i = re.lastIndex;
  }
  return out;
}

const keyOf = (segments: readonly Segment[]) => JSON.stringify(segments);

interface Frame {
  kind: '{' | '[';
  /** The frame's own path, when it is a prefix of a wanted path (else null: not followed). */
  path: Segment[] | null;
  /** Next array index, or the key just read. */
  index: number;
  key: string | null;
}

/**
 * The offset at which each wanted path's value starts, in one pass over
 * `text` (valid JSON). Only the branches leading to a wanted path are
 * followed, so that a large file costs one scan.
 */
function valueOffsets(text: string, wanted: Set<string>): Map<string, number> {
  const found = new Map<string, number>();
  const stack: Frame[] = [];
  const childPath = (): Segment[] | null => {
    const top = stack.at(-1);
    if (!top) return [];
    if (!top.path) return null;
    const segment = top.kind === '[' ? top.index : top.key;
    if (segment === null) return null;
    const path = [...top.path, segment];
    return wanted.has(keyOf(path)) ? path : null;
  };
  let i = 0;
  const n = text.length;
  const skipString = () => {
    // i is at the opening quote.
    i++;
    while (i < n && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
    i++;
  };
  while (i < n) {
    const c = text[i]!;
    if (c === ' ' || c === '\n' || c === '\r' || c === '\t' || c === ',' || c === ':') {
      i++;
      continue;
    }
    const top = stack.at(-1);
    if (c === '}' || c === ']') {
      stack.pop();
      // The object or array was a value of its parent: go on to the parent's next one.
      const parent = stack.at(-1);
      if (parent?.kind === '[') parent.index++;
      else if (parent) parent.key = null;
      i++;
      continue;
    }
    // Inside an object, a string before ':' is a key.
    if (top?.kind === '{' && top.key === null) {
      const start = i;
      skipString();
      top.key = top.path ? (JSON.parse(text.slice(start, i)) as string) : '';
      continue;
    }
    // A value starts here.
    const path = childPath();
    if (path) found.set(keyOf(path), i);
    if (c === '{' || c === '[') {
      stack.push({ kind: c, path, index: 0, key: null });
      i++;
      continue;
    }
    if (c === '"') skipString();
    else while (i < n && !/[\s,\]}]/.test(text[i]!)) i++;
    if (top?.kind === '[') top.index++;
    else if (top) top.key = null;
  }
  return found;
}

export interface Location {
  line: number;
  column: number;
}

/**
 * The line and column of each path's value in `text` (valid JSON), or of its
 * nearest existing ancestor; null for a path that cannot be read.
 */
export function locatePaths(text: string, paths: readonly string[]): (Location | null)[] {
  const parsed = paths.map(parsePath);
  const wanted = new Set<string>();
  for (const segments of parsed) {
    if (!segments) continue;
    for (let k = 0; k <= segments.length; k++) wanted.add(keyOf(segments.slice(0, k)));
  }
  const offsets = valueOffsets(text, wanted);
  return parsed.map((segments) => {
    if (!segments) return null;
    for (let k = segments.length; k >= 0; k--) {
      const offset = offsets.get(keyOf(segments.slice(0, k)));
      if (offset !== undefined) return lineAndColumn(text, offset);
    }
    return null;
  });
}
