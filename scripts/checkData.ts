/**
 * Checks one dataset file: JSON syntax first (with line and column), then
 * every problem `validateDataset` finds. Used by `check-data.ts`.
 */
import { readFile } from 'node:fs/promises';
import { moreProblemsLine, validateDataset } from '../src/data/schema';

export interface CheckResult {
  ok: boolean;
  /** Lines to print: `OK: <file> (N events, M places)` or `<file>: <path>: <message>` lines. */
  lines: string[];
}

function plural(n: number, word: string): string {
  return `${String(n)} ${word}${n === 1 ? '' : 's'}`;
}

/** 1-based line and column of a 0-based character offset. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lines = before.split('\n');
  return { line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1 };
}

/** "Unexpected token … in JSON at position 42" -> "… at line 3, column 5". */
function describeJsonError(error: unknown, text: string): string {
  const message = error instanceof Error ? error.message : String(error);
  const match = /\s+(?:in JSON )?at position (\d+)/.exec(message);
  if (!match) return message;
  const { line, column } = lineAndColumn(text, Number(match[1]));
  const where = `line ${String(line)}, column ${String(column)}`;
  // Newer Node versions append "(line 3 column 5)" themselves; drop it.
  const rest = message.slice(0, match.index).replace(/\s*\(line \d+ column \d+\)$/, '');
  return `${rest} at ${where}`;
}

export async function checkFile(path: string): Promise<CheckResult> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    const reason =
      code === 'ENOENT'
        ? 'file not found'
        : code === 'EISDIR'
          ? 'is a directory'
          : error instanceof Error
            ? error.message
            : String(error);
    return { ok: false, lines: [`${path}: cannot read file: ${reason}`] };
  }
  if (text.startsWith('\uFEFF')) text = text.slice(1); // a byte-order mark is harmless

  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, lines: [`${path}: invalid JSON: ${describeJsonError(error, text)}`] };
  }

  const result = validateDataset(json);
  if (!result.ok) {
    // The first problems in file order, then how many more: a file can have a million.
    const more = moreProblemsLine(result.total - result.problems.length);
    return {
      ok: false,
      lines: [
        ...result.problems.map((problem) => `${path}: ${problem.path}: ${problem.message}`),
        ...(more ? [`${path}: ${more} problems`] : []),
      ],
    };
  }
  const { events, places } = result.dataset;
  return {
    ok: true,
    lines: [`OK: ${path} (${plural(events.length, 'event')}, ${plural(places.length, 'place')})`],
  };
}
