/**
 * The prerender's renderer, in Node as the build runs it: no DOM installed.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { validateDataset } from '../data/schema';
import type { Dataset } from '../data/types';
import { useAppStore } from '../store';
import { loadLanguages, orderedEventIds, renderPage } from './entry-server';

let dataset: Dataset;
beforeAll(async () => {
  const result = validateDataset(
    JSON.parse(readFileSync(new URL('../../public/data/cuba-syria.json', import.meta.url), 'utf8')),
  );
  if (!result.ok) throw new Error('the bundled dataset is invalid');
  dataset = result.dataset;
  await loadLanguages(['en', 'es', 'ar']);
});

describe('the prerender entry', () => {
  it('imports the app with no DOM', () => {
    expect(typeof window).toBe('undefined');
    expect(typeof document).toBe('undefined');
  });

  it('renders each page from a store of its own, leaving the app’s store alone', () => {
    const [first, second] = orderedEventIds(dataset);
    const a = renderPage(dataset, 'es', first!);
    const b = renderPage(dataset, 'ar', second!);
    const index = renderPage(dataset, 'en', null);
    // The same page again is the same HTML: nothing of the pages between shows.
    expect(renderPage(dataset, 'es', first!).app).toBe(a.app);
    const current = (html: string) => html.match(/aria-current="true"/g)?.length ?? 0;
    expect(current(a.app)).toBe(1);
    expect(current(b.app)).toBe(1);
    expect(current(index.app)).toBe(0);
    expect(index.app).toContain('story-empty');
    expect(a.app).toContain(a.text.headline);
    expect(b.app).toContain(b.text.headline);
    expect(a.app).not.toContain(b.text.headline);
    expect([a.text.dir, b.text.dir]).toEqual(['ltr', 'rtl']);
    expect(useAppStore.getState().dataset).toBeNull();
    expect(useAppStore.getState().selectedId).toBeNull();
  });
});
