/**
 * Checks one dataset file: JSON syntax first (with line and column), then
 * every problem `validateDataset` finds. Used by `check-data.ts`.
 */
import { open, stat } from 'node:fs/promises';
import { describeJsonError } from '../src/data/json';
import { MAX_DATASET_BYTES, moreProblemsLine, validateDataset } from '../src/data/schema';

export { lineAndColumn } from '../src/data/json';

export interface CheckResult {
  ok: boolean;
  /** Lines to print: `OK: <file> (N events, M places)` or `<file>: <path>: <message>` lines. */
  lines: string[];
}

/** The name `-` (standard input) is shown as. */
export const STDIN_NAME = '(standard input)';

function plural(n: number, word: string): string {
  return `${String(n)} ${word}${n === 1 ? '' : 's'}`;
}

const megabytes = (bytes: number) => `${String(Math.round(bytes / 1e6))} MB`;
const tooLarge = (name: string, bytes: number) => ({
  ok: false,
  lines: [
    `${name}: file is too large (${megabytes(bytes)}; at most ${megabytes(MAX_DATASET_BYTES)})`,
  ],
});

/** Checks the text of a dataset; `name` is what the lines call it. */
export function checkText(name: string, raw: string): CheckResult {
  const text = raw.startsWith('\uFEFF') ? raw.slice(1) : raw; // a byte-order mark is harmless

  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, lines: [`${name}: invalid JSON: ${describeJsonError(text, error)}`] };
  }

  const result = validateDataset(json);
  if (!result.ok) {
    // The first problems in file order, then how many more: a file can have a million.
    const more = moreProblemsLine(result.total - result.problems.length);
    return {
      ok: false,
      lines: [
        ...result.problems.map((problem) => `${name}: ${problem.path}: ${problem.message}`),
        ...(more ? [`${name}: ${more} problems`] : []),
      ],
    };
  }
  const { events, places } = result.dataset;
  return {
    ok: true,
    lines: [`OK: ${name} (${plural(events.length, 'event')}, ${plural(places.length, 'place')})`],
  };
}

function readProblem(error: unknown): string {
  const code = (error as { code?: unknown }).code;
  return code === 'ENOENT'
    ? 'file not found'
    : code === 'EISDIR'
      ? 'is a directory'
      : error instanceof Error
        ? error.message
        : String(error);
}

/** Checks a file, refusing one larger than the app reads before reading it. */
export async function checkFile(path: string): Promise<CheckResult> {
  let text: string;
  try {
    const { size } = await stat(path);
    if (size > MAX_DATASET_BYTES) return tooLarge(path, size);
    const file = await open(path);
    try {
      text = await file.readFile('utf8');
    } finally {
      await file.close();
    }
  } catch (error) {
    return { ok: false, lines: [`${path}: cannot read file: ${readProblem(error)}`] };
  }
  return checkText(path, text);
}

/** Checks what comes on standard input (`check-data -`), up to the same size. */
export async function checkStream(input: AsyncIterable<Buffer | string>): Promise<CheckResult> {
  const chunks: Buffer[] = [];
  let bytes = 0;
  for await (const chunk of input) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    bytes += buffer.length;
    if (bytes > MAX_DATASET_BYTES) return tooLarge(STDIN_NAME, bytes);
    chunks.push(buffer);
  }
  return checkText(STDIN_NAME, Buffer.concat(chunks).toString('utf8'));
}
