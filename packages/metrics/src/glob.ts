/** True when the pattern contains a wildcard. */
export function isGlob(pattern: string): boolean {
  return pattern.includes("*") || pattern.includes("?");
}

/**
 * Matches a metric name against a pattern where `*` is any run of characters (dots and slashes
 * included: `*.loss` matches `train.loss` and `eval/val.loss`) and `?` is exactly one character.
 */
export function globMatches(pattern: string, name: string): boolean {
  const source = [...pattern]
    .map((c) => (c === "*" ? ".*" : c === "?" ? "." : c.replace(/[\\^$.|+()[\]{}]/g, "\\$&")))
    .join("");
  return new RegExp(`^${source}$`, "s").test(name);
}

/**
 * How specific a pattern is, for picking the one entry that applies to a name: an exact name beats
 * every glob; among globs, more literal characters win, then fewer `*`. Returns a tuple to compare
 * with `compareSpecificity`.
 */
export function specificity(pattern: string): [exact: number, literals: number, stars: number] {
  const stars = [...pattern].filter((c) => c === "*").length;
  const questions = [...pattern].filter((c) => c === "?").length;
  return [isGlob(pattern) ? 0 : 1, pattern.length - stars - questions, -stars];
}

/** Positive when `a` is more specific than `b`. */
export function compareSpecificity(a: string, b: string): number {
  const sa = specificity(a);
  const sb = specificity(b);
  for (let i = 0; i < sa.length; i++) {
    const diff = (sa[i] ?? 0) - (sb[i] ?? 0);
    if (diff !== 0) return diff;
  }
  return 0;
}
