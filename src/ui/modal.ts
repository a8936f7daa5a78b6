/**
 * Whether a modal dialog (a `<dialog>` opened with `showModal`, see
 * Dialog.tsx) is open in `doc`. While one is, the page behind it is inert:
 * the app's own keys (Escape, the arrows, Home, End) belong to the dialog,
 * wherever the focus is (a click on its text leaves the focus on the body).
 */
export function isModalOpen(doc: Document): boolean {
  return doc.querySelector('dialog[open]') !== null;
}
