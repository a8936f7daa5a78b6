import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useT } from './useT';

/**
 * A modal dialog on the native <dialog> element: the browser traps focus,
 * closes it on Escape and gives focus back to the button that opened it.
 * Escape closes the dialog and nothing else: it goes no further than the
 * dialog (the app's own Escape would clear the selection behind it), and
 * the dialog closes even if a listener before it cancelled the key.
 */
export function Dialog({
  title,
  onClose,
  children,
  className = '',
}: {
  title: string;
  onClose: () => void;
  children: ReactNode;
  className?: string;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const t = useT();

  useEffect(function openModal() {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return function closeModal() {
      if (dialog?.open) dialog.close();
    };
  }, []);

  return (
    <dialog
      ref={ref}
      className={`dialog ${className}`}
      aria-labelledby={titleId}
      onClose={onClose}
      onKeyDown={(e) => {
        if (e.key !== 'Escape') return;
        e.stopPropagation();
        e.preventDefault();
        e.currentTarget.close();
      }}
      onClick={(e) => {
        // A click on the backdrop (the dialog element itself, outside its box) closes it.
        if (e.target === e.currentTarget) {
          const box = e.currentTarget.getBoundingClientRect();
          const inside =
            e.clientX >= box.left &&
            e.clientX <= box.right &&
            e.clientY >= box.top &&
            e.clientY <= box.bottom;
          if (!inside) e.currentTarget.close();
        }
      }}
    >
      <div className="dialog-head">
        <h2 id={titleId} className="dialog-title">
          {title}
        </h2>
        <button
          type="button"
          className="dialog-close"
          aria-label={t('dialog.close')}
          onClick={() => ref.current?.close()}
        >
          ×
        </button>
      </div>
      <div className="dialog-body">{children}</div>
    </dialog>
  );
}
