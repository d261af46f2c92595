/**
 * Compares the model's answer with `smoke-expect`, which is a JSON subset of the answer: every key of an
 * expected object must be in the answer (keys it does not name are ignored, like `id` or `parameters`),
 * arrays must have the same length and match element by element, numbers match within `tolerance`
 * relative to the expected value (absolute below 1), strings, booleans and null must be equal.
 * Returns one line per mismatch, each starting with its JSON path; none means the answer matches.
 */
export function compareWithExpected(expected: unknown, actual: unknown, tolerance: number): string[] {
  const mismatches: string[] = [];
  walk(expected, actual, "$", tolerance, mismatches);
  return mismatches;
}

function walk(expected: unknown, actual: unknown, path: string, tolerance: number, out: string[]): void {
  if (typeof expected === "number") {
    if (typeof actual !== "number") out.push(`${path}: expected ${show(expected)}, got ${show(actual)}`);
    else if (Math.abs(actual - expected) > tolerance * Math.max(1, Math.abs(expected)))
      out.push(`${path}: expected ${show(expected)} (±${tolerance}), got ${show(actual)}`);
    return;
  }
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual)) {
      out.push(`${path}: expected an array of ${expected.length}, got ${show(actual)}`);
      return;
    }
    if (actual.length !== expected.length) {
      out.push(`${path}: expected ${expected.length} items, got ${actual.length}`);
      return;
    }
    expected.forEach((item, index) => {
      walk(item, actual[index], `${path}[${index}]`, tolerance, out);
    });
    return;
  }
  if (expected !== null && typeof expected === "object") {
    if (actual === null || typeof actual !== "object" || Array.isArray(actual)) {
      out.push(`${path}: expected an object, got ${show(actual)}`);
      return;
    }
    for (const [key, value] of Object.entries(expected)) {
      const child = /^[A-Za-z_][A-Za-z0-9_]*$/.test(key)
        ? `${path}.${key}`
        : `${path}[${JSON.stringify(key)}]`;
      if (!Object.hasOwn(actual, key)) out.push(`${child}: missing from the answer`);
      else walk(value, (actual as Record<string, unknown>)[key], child, tolerance, out);
    }
    return;
  }
  if (expected !== actual) out.push(`${path}: expected ${show(expected)}, got ${show(actual)}`);
}

function show(value: unknown): string {
  if (value === undefined) return "nothing";
  const text = JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
