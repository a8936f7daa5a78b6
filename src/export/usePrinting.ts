import { createElement, useCallback, useEffect, useState, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { useT } from '../ui/useT';
import { useAppStore } from '../store';
import { whenThereIsTime } from '../ui/readerHere';

/**
 * The printable document's module (the document and its progress), loaded
 * when there is time (see whenThereIsTime; it is not needed for the first
 * view), or at the latest when printing is asked for.
 */
type PrintModule = typeof import('./PrintDocument');
let printModule: PrintModule | null = null;
let loading: Promise<PrintModule> | null = null;
export function loadPrintDocument(): Promise<PrintModule> {
  loading ??= import('./PrintDocument').then((m) => (printModule = m));
  return loading;
}

type PrintState =
  | { phase: 'idle' }
  /** The browser is printing (Ctrl+P, its menu): everything is laid out at once. */
  | { phase: 'browser' }
  /** Export → Print…: the events are laid out a slice at a time. */
  | { phase: 'preparing'; done: number; total: number }
  /** Laid out; the print dialog is open. */
  | { phase: 'printing' };

/**
 * Printing: the app hides itself and prints a document instead (see
 * src/export/export.css, @media print). The document is in the page only for printing.
 * Export → Print… lays it out a slice at a time, with a progress bar and
 * Cancel, then opens the print dialog; the browser's own Print (Ctrl+P)
 * lays it out at once (see SYNC_PRINT_LIMIT).
 *
 * Returns what to render (the document and the progress) and the request.
 */
export function usePrinting(): [ReactNode, () => void] {
  const t = useT();
  const announce = useAppStore((s) => s.announce);
  const [state, setState] = useState<PrintState>({ phase: 'idle' });
  // Each request lays the document out anew.
  const [request, setRequest] = useState(0);

  useEffect(function followBrowserPrinting() {
    const cancelLoad = whenThereIsTime(() => void loadPrintDocument());
    // The document must be in the page before the browser lays out the print.
    const before = () =>
      flushSync(() => setState((s) => (s.phase === 'idle' ? { phase: 'browser' } : s)));
    const after = () =>
      setState((s) => (s.phase === 'browser' || s.phase === 'printing' ? { phase: 'idle' } : s));
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return function stopFollowingBrowserPrinting() {
      cancelLoad();
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, []);

  useEffect(
    function printWhenLaidOut() {
      if (state.phase !== 'printing') return;
      // The document stays until the browser says the print is done (afterprint).
      window.print();
    },
    [state.phase],
  );

  const requestPrint = useCallback(() => {
    void loadPrintDocument().then(() => {
      setRequest((n) => n + 1);
      setState({ phase: 'preparing', done: 0, total: 0 });
    });
  }, []);

  const onProgress = useCallback((done: number, total: number) => {
    setState((s) => (s.phase === 'preparing' ? { phase: 'preparing', done, total } : s));
  }, []);
  const onReady = useCallback(() => {
    setState((s) => (s.phase === 'preparing' ? { phase: 'printing' } : s));
  }, []);
  const cancel = useCallback(() => {
    setState({ phase: 'idle' });
    announce(t('print.cancelled'));
  }, [announce, t]);

  if (state.phase === 'idle' || !printModule) return [null, requestPrint];
  const document = createElement(printModule.PrintDocument, {
    key: `print-${String(request)}`,
    mode: state.phase === 'browser' ? 'now' : 'slices',
    onProgress,
    onReady,
  });
  const progress =
    state.phase === 'preparing' && state.total > 0
      ? createElement(printModule.PrintProgress, {
          key: 'progress',
          done: state.done,
          total: state.total,
          onCancel: cancel,
        })
      : null;
  return [[document, progress], requestPrint];
}
