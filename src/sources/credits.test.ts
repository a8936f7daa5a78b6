import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LIBRARY_CREDITS } from './credits';

const read = (path: string) =>
  JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8')) as {
    dependencies?: Record<string, string>;
    license?: string;
  };

describe('LIBRARY_CREDITS', () => {
  it('credits every runtime dependency', () => {
    const deps = Object.keys(read('../../package.json').dependencies ?? {});
    const credited = new Set(LIBRARY_CREDITS.map((c) => c.pkg));
    expect(deps.filter((d) => !credited.has(d))).toEqual([]);
  });

  it('gives each package the licence it declares', () => {
    for (const credit of LIBRARY_CREDITS) {
      const declared = read(`../../node_modules/${credit.pkg}/package.json`).license;
      expect(`${credit.pkg}: ${credit.license}`).toBe(`${credit.pkg}: ${String(declared)}`);
    }
  });
});
