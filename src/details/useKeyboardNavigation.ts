import { useEffect } from 'react';
import { directionOf } from '../i18n';
import { useAppStore } from '../store';
import { isModalOpen } from '../ui/modal';

function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return (
    target instanceof HTMLInputElement &&
    !['button', 'checkbox', 'radio', 'submit', 'reset'].includes(target.type)
  );
}

/**
 * Right/Left: next/previous event (chronological; mirrored right to left);
 * Home/End: first/last;
 * Escape: clear. Not inside text fields, not while the map has focus
 * (Leaflet pans with the arrow keys there), and not while a dialog is open
 * (Escape closes the dialog, and only the dialog).
 */
export function useKeyboardNavigation() {
  useEffect(function attachKeyboardNavigation() {
    function onKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
      if (isTextField(event.target)) return;
      if (event.target instanceof Element && event.target.closest('.leaflet-container')) return;
      if (isModalOpen(document)) return;
      const s = useAppStore.getState();
      // "Next" follows the reading direction: Right in English and Spanish,
      // Left in Arabic (where the timeline runs right to left too).
      const rtl = directionOf(s.lang) === 'rtl';
      const key =
        rtl && event.key === 'ArrowRight'
          ? 'ArrowLeft'
          : rtl && event.key === 'ArrowLeft'
            ? 'ArrowRight'
            : event.key;
      switch (key) {
        case 'ArrowRight':
          s.selectNext('user');
          break;
        case 'ArrowLeft':
          s.selectPrevious('user');
          break;
        case 'Home':
          s.selectFirst('user');
          break;
        case 'End':
          s.selectLast('user');
          break;
        case 'Escape':
          if (s.selectedId === null) return;
          s.selectEvent(null, 'user');
          break;
        default:
          return;
      }
      event.preventDefault();
    }
    window.addEventListener('keydown', onKeyDown);
    return function detachKeyboardNavigation() {
      window.removeEventListener('keydown', onKeyDown);
    };
  }, []);
}
