/**
 * The bundled dataset, checked before the build writes anything: every
 * problem (the first ones, then how many more), each with its line and
 * column in the file and its JSON path; the size the build can prerender;
 * event ids that would share a file on some file systems.
 *
 * Pure, no file system: the build reads the file and passes its text.
 */
import { describeJsonError, findJsonSyntaxError } from '../data/json';
import { locatePaths } from '../data/jsonLocate';
import { moreProblemsLine, validateDataset } from '../data/schema';
import type { Dataset } from '../data/types';

/**
 * The most events the build prerenders: a page and a preview image per event
 * and language, so about 3 × this many of each. Memory stays under 1 GB
 * whatever the size (889 MiB at 5,000 events); time and disk grow with it
 * (5,000 events: 39 minutes on a busy 2-core machine, 3 GB), so twice that
 * is the most a build is asked to do (see bench/README.md).
 */
export const MAX_PRERENDERED_EVENTS = 10_000;

/** Problems listed when the bundled dataset is invalid (then "… and N more"). */
export const MAX_LISTED_BUILD_PROBLEMS = 50;

export type BundledDataset = { ok: true; dataset: Dataset } | { ok: false; message: string };

/**
 * How a file system that ignores case (macOS, Windows) and trailing dots
 * (Windows) names a file: two ids with the same key share one page folder
 * and one preview image.
 */
export function fileSystemKey(id: string): string {
  return id.toLowerCase().replace(/[. ]+$/, () => '');
}

/** Groups of event ids that would share files, each group in file order. */
export function idCollisions(ids: readonly string[]): string[][] {
  const groups = new Map<string, string[]>();
  for (const id of ids) {
    const key = fileSystemKey(id);
    const group = groups.get(key);
    if (group) group.push(id);
    else groups.set(key, [id]);
  }
  return [...groups.values()].filter((g) => g.length > 1);
}

const count = (n: number) => n.toLocaleString('en-US');

/** Checks the text of the bundled dataset (`file` is how messages name it). */
export function checkBundledDataset(
  text: string,
  file: string,
  maxEvents = MAX_PRERENDERED_EVENTS,
): BundledDataset {
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  let json: unknown;
  try {
    json = JSON.parse(source);
  } catch (error) {
    const at = findJsonSyntaxError(source);
    const where = at ? `${file}:${String(at.line)}:${String(at.column)}` : file;
    return {
      ok: false,
      message: `the bundled dataset is not valid JSON:\n  ${where}: ${at ? at.message : describeJsonError(source, error)}`,
    };
  }

  const result = validateDataset(json, MAX_LISTED_BUILD_PROBLEMS);
  if (!result.ok) {
    const locations = locatePaths(
      source,
      result.problems.map((p) => p.path),
    );
    const lines = result.problems.map((p, i) => {
      const at = locations[i];
      const where = at ? `${file}:${String(at.line)}:${String(at.column)}` : file;
      return `  ${where}: ${p.path}: ${p.message}`;
    });
    const more = moreProblemsLine(result.total - result.problems.length);
    return {
      ok: false,
      message: [
        `the bundled dataset is invalid (${count(result.total)} problem${result.total === 1 ? '' : 's'}; run npm run check-data -- ${file}):`,
        ...lines,
        ...(more ? [`  ${more} problems`] : []),
      ].join('\n'),
    };
  }

  const { dataset } = result;
  if (dataset.events.length > maxEvents) {
    return {
      ok: false,
      message: `the bundled dataset has ${count(dataset.events.length)} events; the build prerenders at most ${count(maxEvents)} (a page and a preview image per event in each of 3 languages). Bundle a smaller dataset, and open a larger one with ?data= (the app reads up to 200,000 events).`,
    };
  }

  const collisions = idCollisions(dataset.events.map((e) => e.id));
  if (collisions.length > 0) {
    const shown = collisions.slice(0, MAX_LISTED_BUILD_PROBLEMS).map((group) => {
      const where = locatePaths(
        source,
        group.map((id) => `events[${String(dataset.events.findIndex((e) => e.id === id))}].id`),
      );
      return `  ${group
        .map((id, i) => {
          const at = where[i];
          return `${JSON.stringify(id)}${at ? ` (${file}:${String(at.line)}:${String(at.column)})` : ''}`;
        })
        .join(', ')}`;
    });
    const more = moreProblemsLine(collisions.length - shown.length);
    return {
      ok: false,
      message: [
        'the bundled dataset has event ids that differ only in letter case or in trailing dots: their pages and preview images would be one file on macOS and Windows. Rename them:',
        ...shown,
        ...(more ? [`  ${more}`] : []),
      ].join('\n'),
    };
  }
  return { ok: true, dataset };
}
