import type { MessageKey } from '../i18n';
import { useT } from './useT';

/**
 * A widget's place before its code has loaded (and in the prerendered page):
 * the same boxes as the widget's, so that nothing moves when it arrives, and
 * a line for readers without script.
 */
export function PanePlaceholder({
  frame,
  canvas,
  noscript,
}: {
  frame: string;
  canvas: string;
  noscript: MessageKey;
}) {
  const t = useT();
  return (
    <div className={frame}>
      <div className={canvas}>
        <noscript>
          <p className="noscript">{t(noscript)}</p>
        </noscript>
      </div>
    </div>
  );
}
