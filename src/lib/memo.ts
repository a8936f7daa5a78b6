/**
 * `fn`, remembering its last arguments and result: called again with the
 * same arguments (compared with Object.is), it returns the same result
 * object. Selectors built on it can return derived lists without making
 * React re-render for an equal value.
 */
export function memoLast<A extends readonly unknown[], R>(
  fn: (...args: A) => R,
): (...args: A) => R {
  let last: { args: A; result: R } | null = null;
  return (...args: A): R => {
    if (
      last &&
      last.args.length === args.length &&
      last.args.every((a, i) => Object.is(a, args[i]))
    )
      return last.result;
    const result = fn(...args);
    last = { args, result };
    return result;
  };
}
