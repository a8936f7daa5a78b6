/**
 * Plain-language text helpers shared by the dataset validation
 * (`schemaShapes.ts`, `crossChecks.ts`, `schema.ts`): quoting, describing
 * a value for "got …" messages, lists, and the plain-object test.
 */

export function quote(value: string): string {
  return JSON.stringify(value);
}

/** "a number (12)", "text (\"abc\")", "null", "true", "a list", … for "got …" messages. */
export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  switch (typeof value) {
    case 'string': {
      const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
      return `text (${quote(shown)})`;
    }
    case 'number':
      return `a number (${String(value)})`;
    case 'boolean':
      return String(value);
    case 'object':
      return 'an object';
    default:
      return `a ${typeof value}`;
  }
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function listOf(values: readonly string[]): string {
  return values.join(', ');
}
