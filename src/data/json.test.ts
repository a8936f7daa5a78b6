import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeJsonError, findJsonSyntaxError, lineAndColumn } from './json';

function errorOf(text: string) {
  expect(() => JSON.parse(text)).toThrow();
  return findJsonSyntaxError(text);
}

describe('findJsonSyntaxError', () => {
  it('finds nothing in valid JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.boolean(), (value, pretty) => {
        expect(findJsonSyntaxError(JSON.stringify(value, null, pretty ? 2 : 0))).toBeNull();
      }),
      { seed: 1, numRuns: 300 },
    );
  });

  it('gives the line and column of a missing comma', () => {
    expect(errorOf('{\n  "title": "x"\n  "parties": []\n}\n')).toEqual({
      offset: 19,
      line: 3,
      column: 3,
      message: `expected ',' or '}' but found '"'`,
    });
  });

  it('finds a value missing after a colon (where JSON.parse gives no position)', () => {
    expect(errorOf('{"a": }')).toMatchObject({
      line: 1,
      column: 7,
      message: "expected a value but found '}'",
    });
  });

  it('names invisible and binary characters instead of printing them', () => {
    expect(errorOf('{"a": 1,\n \u0001x}')?.message).toBe(
      'expected a property name in double quotes but found U+0001',
    );
    expect(errorOf('\u0089PNG\r\n\u001a\n\u0000')?.message).toBe(
      'expected a value but found U+0089',
    );
    expect(errorOf('{"a": "x\u0000"}')?.message).toBe(
      'U+0000 inside a text value (write it as an escape such as \\n)',
    );
  });

  it('reports a file that ends too early, and text after the end', () => {
    expect(errorOf('[1, 2')?.message).toBe("expected ',' or ']' but found the end of the file");
    expect(errorOf('')?.message).toBe('expected a value but found the end of the file');
    expect(errorOf('{} x')?.message).toBe("unexpected 'x' after the end of the data");
  });

  it('copes with very deep nesting', () => {
    expect(errorOf(`${'['.repeat(200_000)}x`)?.column).toBe(200_001);
  });
});

describe('describeJsonError', () => {
  it('says what and where', () => {
    expect(describeJsonError('{"a": }', new SyntaxError('whatever'))).toBe(
      "expected a value but found '}' at line 1, column 7",
    );
  });
});

describe('lineAndColumn', () => {
  it('counts lines and columns from 1', () => {
    expect(lineAndColumn('abc', 0)).toEqual({ line: 1, column: 1 });
    expect(lineAndColumn('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
  });
});
