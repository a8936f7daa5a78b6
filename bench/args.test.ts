import { describe, expect, it } from 'vitest';
import { DEFAULT_EVENT, parseArgs, SECTIONS, UsageError } from './args';

describe('parseArgs: the Lighthouse sections', () => {
  it('runs Lighthouse and the per-task breakdown by default, with the other sections', () => {
    const args = parseArgs([]);
    expect(args.sections).toEqual([...SECTIONS]);
    expect(args.sections).toContain('lighthouse');
    expect(args.sections).toContain('tasks');
    expect(args.event).toBe(DEFAULT_EVENT);
  });

  it('runs Lighthouse alone with --only lighthouse, and --runs applies to it', () => {
    const args = parseArgs(['--only', 'lighthouse', '--runs', '3']);
    expect(args.sections).toEqual(['lighthouse']);
    expect(args.runs).toBe(3);
  });

  it('adds the per-task table to the chosen sections with --tasks, in either order', () => {
    expect(parseArgs(['--only', 'lighthouse', '--tasks']).sections).toEqual([
      'lighthouse',
      'tasks',
    ]);
    expect(parseArgs(['--tasks', '--only', 'lighthouse']).sections).toEqual([
      'lighthouse',
      'tasks',
    ]);
    expect(parseArgs(['--profile', '--tasks']).sections).toEqual(['profile', 'tasks']);
    expect(parseArgs(['--only', 'tasks,lighthouse', '--tasks']).sections).toEqual([
      'tasks',
      'lighthouse',
    ]);
  });

  it('runs only the per-task table with --tasks alone', () => {
    expect(parseArgs(['--tasks']).sections).toEqual(['tasks']);
  });

  it('takes the event page to measure, and refuses what is not an event id', () => {
    expect(parseArgs(['--event', 'state-visit-2010']).event).toBe('state-visit-2010');
    for (const bad of ['../secret', 'Has Space', '', 'a/b', '-x', 'x-']) {
      expect(() => parseArgs(['--event', bad])).toThrow(UsageError);
    }
    expect(() => parseArgs(['--event'])).toThrow(/--event needs an event id/);
  });

  it('names the new sections when --only gets an unknown one', () => {
    expect(() => parseArgs(['--only', 'lightouse'])).toThrow(/lighthouse, tasks/);
  });
});
