/**
 * Where and why a text is not JSON, for people fixing a dataset by hand:
 * JSON.parse says neither reliably (some messages give no position, and some
 * quote the text around the error, raw binary included).
 *
 * Pure, no DOM.
 */

export interface JsonSyntaxError {
  /** 0-based offset of the offending character (the text's length at its end). */
  offset: number;
  line: number;
  column: number;
  /** "expected ',' or '}' but found '\"'", with characters shown safely. */
  message: string;
}

/** 1-based line and column of a 0-based character offset. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line += 1;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

/** A character as it can be printed: 'x' when visible, U+0000 when not, or the end of the file. */
export function describeCharacter(c: string | undefined): string {
  if (c === undefined || c === '') return 'the end of the file';
  if (/^[\p{L}\p{N}\p{P}\p{S}]$/u.test(c) || c === ' ') return `'${c}'`;
  return `U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

const WHITESPACE = new Set([' ', '\t', '\n', '\r']);
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);
const NUMBER_RE = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const HEX4_RE = /[0-9A-Fa-f]{4}/y;

/**
 * The first syntax error in `text`, or null if it finds none (JSON.parse
 * may still refuse it, for nesting too deep, say). Iterative: nesting depth
 * costs no stack.
 */
export function findJsonSyntaxError(text: string): JsonSyntaxError | null {
  let i = 0;
  const stack: ('{' | '[')[] = [];
  const fail = (message: string, at = i): JsonSyntaxError => ({
    offset: at,
    ...lineAndColumn(text, at),
    message,
  });
  const found = (at = i) =>
    at >= text.length
      ? describeCharacter(undefined)
      : describeCharacter(String.fromCodePoint(text.codePointAt(at) ?? 0));
  const skip = () => {
    while (i < text.length && WHITESPACE.has(text[i]!)) i++;
  };
  /** Reads a string starting at i (a '"'); returns an error or null. */
  const string = (): JsonSyntaxError | null => {
    i++;
    for (;;) {
      if (i >= text.length)
        return fail("a text value is not closed: expected '\"' but found the end of the file");
      const c = text[i]!;
      if (c === '"') {
        i++;
        return null;
      }
      if (c.charCodeAt(0) < 0x20)
        return fail(
          `${describeCharacter(c)} inside a text value (write it as an escape such as \\n)`,
        );
      if (c === '\\') {
        const e = text[i + 1];
        if (e === 'u') {
          HEX4_RE.lastIndex = i + 2;
          if (!HEX4_RE.test(text)) return fail('expected four hexadecimal digits after \\u', i + 2);
          i += 6;
          continue;
        }
        if (e === undefined || !ESCAPES.has(e))
          return fail(`invalid escape: ${describeCharacter(e)} after '\\'`, i + 1);
        i += 2;
        continue;
      }
      i++;
    }
  };
  /** Reads one value, or opens an object or array (pushed on the stack). */
  const value = (): JsonSyntaxError | 'opened' | null => {
    skip();
    const c = text[i];
    if (c === '{' || c === '[') {
      i++;
      skip();
      if (text[i] === (c === '{' ? '}' : ']')) {
        i++;
        return null;
      }
      stack.push(c);
      return 'opened';
    }
    if (c === '"') return string();
    if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) {
      NUMBER_RE.lastIndex = i;
      if (!NUMBER_RE.test(text)) return fail(`expected a number but found ${found()}`);
      i = NUMBER_RE.lastIndex;
      return null;
    }
    for (const literal of ['true', 'false', 'null']) {
      if (text.startsWith(literal, i)) {
        i += literal.length;
        return null;
      }
    }
    return fail(`expected a value but found ${found()}`);
  };
  /** After '{' or ',' in an object: a key and its ':'. */
  const key = (): JsonSyntaxError | null => {
    skip();
    if (text[i] !== '"')
      return fail(`expected a property name in double quotes but found ${found()}`);
    const error = string();
    if (error) return error;
    skip();
    if (text[i] !== ':') return fail(`expected ':' after a property name but found ${found()}`);
    i++;
    return null;
  };

  let result = value();
  for (;;) {
    if (result !== null && result !== 'opened') return result;
    if (result === 'opened' && stack.at(-1) === '{') {
      const error = key();
      if (error) return error;
      result = value();
      continue;
    }
    if (result === 'opened') {
      result = value();
      continue;
    }
    // A value is complete: close what it ends, or go on to the next one.
    skip();
    const top = stack.at(-1);
    if (top === undefined) {
      return i < text.length ? fail(`unexpected ${found()} after the end of the data`) : null;
    }
    const close = top === '{' ? '}' : ']';
    if (text[i] === close) {
      stack.pop();
      i++;
      result = null;
    } else if (text[i] === ',') {
      i++;
      if (top === '{') {
        const error = key();
        if (error) return error;
      }
      result = value();
    } else {
      return fail(`expected ',' or '${close}' but found ${found()}`);
    }
  }
}

/**
 * "expected ',' or '}' but found '\"' at line 3, column 3" for a text that
 * JSON.parse refused with `error`; its own message (cut short, characters
 * shown safely) when the scanner finds nothing.
 */
export function describeJsonError(text: string, error: unknown): string {
  const found = findJsonSyntaxError(text);
  if (found)
    return `${found.message} at line ${String(found.line)}, column ${String(found.column)}`;
  const message = error instanceof Error ? error.message : String(error);
  return Array.from(message.slice(0, 200), (c) =>
    /[\p{C}]/u.test(c) ? describeCharacter(c) : c,
  ).join('');
}
