import { describe, expect, it } from 'vitest';
import { isStaleChunkError, markStaleChunkError } from './staleChunk';
import { VersionRule, type VersionEnv } from './versionRule';

/** A tab, as the rule sees it. */
function tab({ controlled = true, hidden = false } = {}) {
  const on: { change?: () => void; hidden?: () => void } = {};
  const t: {
    hidden: boolean;
    reloads: number;
    staleCalls: number;
    env: VersionEnv;
    newWorker: () => void;
    hide: () => void;
  } = {
    hidden,
    reloads: 0,
    staleCalls: 0,
    env: {
      controlled,
      isHidden: () => t.hidden,
      reload: () => void t.reloads++,
      onControllerChange: (l) => (on.change = l),
      onHidden: (l) => (on.hidden = l),
    },
    newWorker: () => on.change?.(),
    hide: () => {
      t.hidden = true;
      on.hidden?.();
    },
  };
  const rule = new VersionRule(t.env, () => void t.staleCalls++);
  return { t, rule };
}

describe('VersionRule', () => {
  it('reloads the tab whose reader chose Reload once the new worker controls it', () => {
    const { t, rule } = tab();
    rule.accept();
    expect(t.reloads).toBe(0);
    t.newWorker();
    expect(t.reloads).toBe(1);
  });

  it('reloads a hidden tab at once when a new worker takes it over', () => {
    const { t } = tab({ hidden: true });
    t.newWorker();
    expect(t.reloads).toBe(1);
    expect(t.staleCalls).toBe(0);
  });

  it('keeps a visible tab on its version, says so, and reloads it once hidden', () => {
    const { t } = tab();
    t.newWorker();
    expect(t.reloads).toBe(0);
    expect(t.staleCalls).toBe(1);
    t.hide();
    expect(t.reloads).toBe(1);
  });

  it('does not reload a tab hidden while it runs the current version', () => {
    const { t } = tab();
    t.hide();
    expect(t.reloads).toBe(0);
  });

  it('leaves a page loaded from the network alone when the first worker takes it over', () => {
    const { t } = tab({ controlled: false, hidden: true });
    t.newWorker();
    expect(t.reloads).toBe(0);
    expect(t.staleCalls).toBe(0);
    // A later worker is a new version.
    t.newWorker();
    expect(t.reloads).toBe(1);
  });

  it('reloads only once', () => {
    const { t, rule } = tab();
    rule.accept();
    t.newWorker();
    t.hide();
    rule.reload();
    expect(t.reloads).toBe(1);
  });
});

describe('isStaleChunkError', () => {
  it('knows only the errors marked, whatever their wording', () => {
    expect(isStaleChunkError(new TypeError('Failed to fetch dynamically imported module'))).toBe(
      false,
    );
    expect(isStaleChunkError(undefined)).toBe(false);
    expect(isStaleChunkError('text')).toBe(false);
    markStaleChunkError('text');
    expect(isStaleChunkError('text')).toBe(false);
    const frozen = Object.freeze(new Error('x'));
    markStaleChunkError(frozen);
    expect(isStaleChunkError(frozen)).toBe(true);
    const error = new Error('anything');
    markStaleChunkError(error);
    markStaleChunkError(error);
    expect(isStaleChunkError(error)).toBe(true);
  });
});
