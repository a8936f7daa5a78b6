import { RANGE_SEPARATOR } from '../data/dates';

/**
 * A formatted date or date range, for narrow columns: a range wraps between
 * its two dates first (the dash stays with the first), and a date wraps
 * between its words only when it alone is wider than the line. So a narrow
 * list shows "16 de mayo de 2001 –" over "17 de mayo de 2001", never a date
 * cut mid-phrase. The text is the same as the formatted one.
 */
export function DateRangeText({ text }: { text: string }) {
  const at = text.indexOf(RANGE_SEPARATOR);
  if (at < 0) return <span className="date-part">{text}</span>;
  return (
    <>
      <span className="date-part">{text.slice(0, at) + RANGE_SEPARATOR.trimEnd()}</span>{' '}
      <span className="date-part">{text.slice(at + RANGE_SEPARATOR.length)}</span>
    </>
  );
}
