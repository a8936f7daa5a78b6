import { createElement, useCallback, useEffect, useState, type ComponentType } from 'react';
import { flushSync } from 'react-dom';

/**
 * The printable document's component, loaded when the page is idle (it is
 * not needed for the first view), or at the latest when printing is asked for.
 */
let PrintDocument: ComponentType | null = null;
let loading: Promise<ComponentType> | null = null;
export function loadPrintDocument(): Promise<ComponentType> {
  loading ??= import('./PrintDocument').then((m) => (PrintDocument = m.PrintDocument));
  return loading;
}
/** Renders the printable document once its module has loaded (it always has, when printing). */
export function PrintSlot() {
  return PrintDocument ? createElement(PrintDocument) : null;
}

/**
 * Printing: the app hides itself and prints a document instead (see
 * src/styles/frame.css, @media print). It is rendered only for printing: when the
 * browser is about to print (Ctrl+P, the menu) or from the Export menu.
 */
export function usePrinting(): [boolean, () => void] {
  const [printing, setPrinting] = useState(false);
  const [requested, setRequested] = useState(false);

  useEffect(function followBrowserPrinting() {
    const idle = window.requestIdleCallback ?? ((f: () => void) => setTimeout(f, 1500));
    idle(() => void loadPrintDocument());
    // The document must be in the page before the browser lays out the print.
    const before = () => flushSync(() => setPrinting(true));
    const after = () => {
      setPrinting(false);
      setRequested(false);
    };
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return function stopFollowingBrowserPrinting() {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, []);

  useEffect(
    function printWhenRendered() {
      if (!requested) return;
      window.print();
    },
    [requested],
  );

  const request = useCallback(() => {
    void loadPrintDocument().then(() => {
      flushSync(() => setPrinting(true));
      setRequested(true);
    });
  }, []);
  return [printing, request];
}
