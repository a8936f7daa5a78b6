/** Which side of its place a label sits on. */
export type Side = 'left' | 'right';

/**
 * The side of its place a label of `reach` pixels (gap included) goes on,
 * for a place `x` pixels from the map's left edge in a map `width` wide: the
 * side it was given, unless it would run past the map's edge there and fits
 * on the other.
 */
export function labelSide(given: Side, x: number, reach: number, width: number): Side {
  const fits = (side: Side) => (side === 'right' ? x + reach <= width : x - reach >= 0);
  if (fits(given)) return given;
  const other: Side = given === 'right' ? 'left' : 'right';
  return fits(other) ? other : given;
}
