// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { stubScreen } from './stubScreen';

// Each test with a fresh module: it remembers whether the reader has come.
let whenReaderIsHere: typeof import('./readerHere').whenReaderIsHere;
let whenThereIsTime: typeof import('./readerHere').whenThereIsTime;
beforeEach(async () => {
  vi.resetModules();
  ({ whenReaderIsHere, whenThereIsTime } = await import('./readerHere'));
});
afterEach(() => vi.unstubAllGlobals());

describe('whenReaderIsHere', () => {
  it('waits for the first input, once', () => {
    const then = vi.fn();
    whenReaderIsHere(document, then);
    expect(then).not.toHaveBeenCalled();
    document.dispatchEvent(new Event('pointerdown'));
    document.dispatchEvent(new Event('keydown'));
    expect(then).toHaveBeenCalledOnce();
  });

  it.each(['pointerdown', 'keydown', 'wheel', 'touchstart'])(
    'counts a %s as the reader',
    (type) => {
      const then = vi.fn();
      const cancel = whenReaderIsHere(document, then);
      document.dispatchEvent(new Event(type));
      expect(then).toHaveBeenCalledOnce();
      cancel();
    },
  );

  it('runs at once when the reader has already made an input', () => {
    whenReaderIsHere(document, vi.fn())();
    document.dispatchEvent(new Event('touchstart'));
    const then = vi.fn();
    const request = vi.fn(() => 1);
    vi.stubGlobal('requestIdleCallback', request);
    whenReaderIsHere(document, then, { timeout: 100 });
    expect(then).toHaveBeenCalledOnce();
    expect(request).not.toHaveBeenCalled();
  });

  it('does nothing once cancelled', () => {
    const then = vi.fn();
    const cancel = whenReaderIsHere(document, then);
    cancel();
    document.dispatchEvent(new Event('wheel'));
    expect(then).not.toHaveBeenCalled();
  });

  it('with `idle`, goes on when the browser is idle, and then no longer waits for input', () => {
    let idle: (() => void) | undefined;
    const request = vi.fn((f: () => void, _options: { timeout: number }) => {
      idle = f;
      return 7;
    });
    const cancelIdle = vi.fn();
    vi.stubGlobal('requestIdleCallback', request);
    vi.stubGlobal('cancelIdleCallback', cancelIdle);
    const then = vi.fn();
    whenReaderIsHere(document, then, { timeout: 1500 });
    expect(request).toHaveBeenCalledWith(expect.any(Function), { timeout: 1500 });
    idle?.();
    document.dispatchEvent(new Event('pointerdown'));
    expect(then).toHaveBeenCalledOnce();
  });

  it('with `idle`, an input first cancels the idle callback', () => {
    const cancelIdle = vi.fn();
    vi.stubGlobal(
      'requestIdleCallback',
      vi.fn(() => 7),
    );
    vi.stubGlobal('cancelIdleCallback', cancelIdle);
    const then = vi.fn();
    whenReaderIsHere(document, then, { timeout: 1500 });
    document.dispatchEvent(new Event('touchstart'));
    expect(then).toHaveBeenCalledOnce();
    expect(cancelIdle).toHaveBeenCalledWith(7);
  });

  it('with `idle`, where the browser cannot tell when it is idle, goes on after the timeout', () => {
    vi.useFakeTimers();
    vi.stubGlobal('requestIdleCallback', undefined);
    const then = vi.fn();
    whenReaderIsHere(document, then, { timeout: 1000 });
    vi.advanceTimersByTime(999);
    expect(then).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(then).toHaveBeenCalledOnce();
    document.dispatchEvent(new Event('pointerdown'));
    expect(then).toHaveBeenCalledOnce();
    vi.useRealTimers();
  });

  it('without `idle`, never asks for an idle callback', () => {
    const request = vi.fn(() => 7);
    vi.stubGlobal('requestIdleCallback', request);
    whenReaderIsHere(document, vi.fn())();
    expect(request).not.toHaveBeenCalled();
  });
});

describe('whenThereIsTime', () => {
  it('on a laptop, runs when the browser is idle', () => {
    const spy = stubScreen(true);
    let idle: (() => void) | undefined;
    vi.stubGlobal(
      'requestIdleCallback',
      vi.fn((f: () => void) => {
        idle = f;
        return 1;
      }),
    );
    const work = vi.fn();
    whenThereIsTime(work);
    expect(spy).toHaveBeenCalledWith('(min-width: 700px) and (pointer: fine)');
    expect(work).not.toHaveBeenCalled();
    idle?.();
    expect(work).toHaveBeenCalledOnce();
    spy.mockRestore();
  });

  it('on a phone, waits for the first touch, idle or not', () => {
    const spy = stubScreen(false);
    const request = vi.fn(() => 1);
    vi.stubGlobal('requestIdleCallback', request);
    const work = vi.fn();
    whenThereIsTime(work);
    expect(request).not.toHaveBeenCalled();
    expect(work).not.toHaveBeenCalled();
    document.dispatchEvent(new Event('touchstart'));
    expect(work).toHaveBeenCalledOnce();
    spy.mockRestore();
  });
});
