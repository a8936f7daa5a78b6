import type { AnchorHTMLAttributes, MouseEvent, ReactNode } from 'react';
import { isModifiedClick, useEventHref } from '../url/useEventHref';

/**
 * A link to an event's page. A plain click selects the event in place (the
 * rest of the view is kept); a new-tab click, or a reader without
 * JavaScript, follows the link.
 */
export function EventLink({
  id,
  onSelect,
  children,
  ...rest
}: {
  id: string;
  onSelect: (e: MouseEvent<HTMLAnchorElement>) => void;
  children: ReactNode;
} & Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href' | 'onClick' | 'id' | 'onSelect'>) {
  const href = useEventHref();
  return (
    <a
      {...rest}
      href={href(id)}
      onClick={(e) => {
        if (isModifiedClick(e)) return;
        e.preventDefault();
        onSelect(e);
      }}
    >
      {children}
    </a>
  );
}
