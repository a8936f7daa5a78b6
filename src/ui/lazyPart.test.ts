// @vitest-environment happy-dom
import { act, Component, createElement, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { lazyPart } from './lazyPart';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

function Greeting({ name }: { name: string }) {
  return createElement('p', { className: 'greeting' }, `Hello ${name}`);
}

class Boundary extends Component<{ children?: ReactNode }, { error: string | null }> {
  override state = { error: null as string | null };
  static getDerivedStateFromError(error: unknown) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
  override render() {
    return this.state.error === null
      ? this.props.children
      : createElement('p', { className: 'failed' }, this.state.error);
  }
}

/** A load the test resolves or rejects when it wants. */
function deferredLoad() {
  let resolve!: () => void;
  let reject!: (error: Error) => void;
  const load = vi.fn(
    () =>
      new Promise<typeof Greeting>((res, rej) => {
        resolve = () => res(Greeting);
        reject = rej;
      }),
  );
  return { load, resolve: () => resolve(), reject: (e: Error) => reject(e) };
}

let container: HTMLElement;
let root: Root;
beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});
afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

const fallback = createElement('p', { className: 'fallback' }, 'Loading');
const text = () => container.textContent;

describe('lazyPart', () => {
  it('renders at once, in its parent’s first commit, when its code is already in', async () => {
    const { load, resolve } = deferredLoad();
    const { Part, preload } = lazyPart(load);
    const loading = preload();
    resolve();
    await loading;
    const commits: string[] = [];
    function Parent() {
      return createElement(Part, { name: 'Havana', fallback });
    }
    // Every commit's DOM is recorded: the fallback must never be in one.
    const observer = new MutationObserver(() => commits.push(text() ?? ''));
    observer.observe(container, { childList: true, subtree: true, characterData: true });
    act(() => root.render(createElement(Parent)));
    await act(async () => {});
    observer.disconnect();
    expect(text()).toBe('Hello Havana');
    expect(commits).not.toContain('Loading');
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('shows the fallback until the code arrives, then the part', async () => {
    const { load, resolve } = deferredLoad();
    const { Part } = lazyPart(load);
    act(() => root.render(createElement(Part, { name: 'Damascus', fallback })));
    expect(text()).toBe('Loading');
    expect(load).toHaveBeenCalledTimes(1);
    await act(async () => resolve());
    expect(text()).toBe('Hello Damascus');
  });

  it('asks for the code once, however many parts wait for it', async () => {
    const { load, resolve } = deferredLoad();
    const { Part, preload } = lazyPart(load);
    void preload();
    act(() =>
      root.render(
        createElement('div', null, [
          createElement(Part, { key: 1, name: 'a', fallback }),
          createElement(Part, { key: 2, name: 'b', fallback }),
        ]),
      ),
    );
    await act(async () => resolve());
    expect(text()).toBe('Hello aHello b');
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('throws a failed load to the error boundary, and asks again when rendered anew', async () => {
    const { load, reject, resolve } = deferredLoad();
    const { Part } = lazyPart(load);
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    act(() =>
      root.render(createElement(Boundary, null, createElement(Part, { name: 'x', fallback }))),
    );
    await act(async () => reject(new Error('chunk failed')));
    expect(container.querySelector('.failed')?.textContent).toBe('chunk failed');
    spy.mockRestore();

    act(() =>
      root.render(
        createElement(Boundary, { key: 'again' }, createElement(Part, { name: 'y', fallback })),
      ),
    );
    expect(load).toHaveBeenCalledTimes(2);
    await act(async () => resolve());
    expect(text()).toBe('Hello y');
  });

  it('forgets nothing when unmounted while loading', async () => {
    const { load, resolve } = deferredLoad();
    const { Part } = lazyPart(load);
    act(() => root.render(createElement(Part, { name: 'z', fallback })));
    act(() => root.render(null));
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    await act(async () => resolve());
    expect(spy).not.toHaveBeenCalled();
    spy.mockRestore();
    act(() => root.render(createElement(Part, { name: 'z', fallback })));
    expect(text()).toBe('Hello z');
    expect(load).toHaveBeenCalledTimes(1);
  });
});
