/**
 * The smallest dataset shown in docs/dataset.md (its first ```json block) is
 * valid: a reader who copies it gets a dataset the app and check-data accept.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateDataset } from './schema';

const doc = readFileSync(new URL('../../docs/dataset.md', import.meta.url), 'utf8');

/** The text of the first ```json block of a markdown document. */
function firstJsonBlock(markdown: string): string {
  const block = /^```json\n([\s\S]*?)^```$/m.exec(markdown);
  if (!block?.[1]) throw new Error('docs/dataset.md has no ```json block');
  return block[1];
}

describe('docs/dataset.md', () => {
  it('opens with an example dataset that validates with no problems', () => {
    const result = validateDataset(JSON.parse(firstJsonBlock(doc)));
    expect(result.ok ? [] : result.problems).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it('gives an example with one place and two events, one known to the month', () => {
    const result = validateDataset(JSON.parse(firstJsonBlock(doc)));
    if (!result.ok) throw new Error('the example is not valid');
    expect(result.dataset.places).toHaveLength(1);
    expect(result.dataset.events).toHaveLength(2);
    expect(result.dataset.events.map((e) => e.start.length)).toContain('YYYY-MM'.length);
  });
});
