/** The `baseline` input: where to take the baseline metrics from. */
export type BaselineSpec =
  | { kind: "auto" }
  | { kind: "artifact" }
  | { kind: "none" }
  | { kind: "git"; ref: string }
  | { kind: "path"; path: string };

/** `auto` | `artifact` | `none` (any case) | `git:<ref>` | anything else is a path; undefined when invalid. */
export function parseBaselineSpec(text: string): BaselineSpec | undefined {
  const value = text.trim();
  const word = value.toLowerCase();
  if (word === "" || word === "auto") return { kind: "auto" };
  if (word === "artifact") return { kind: "artifact" };
  if (word === "none") return { kind: "none" };
  if (word.startsWith("git:")) {
    const ref = value.slice(4).trim();
    // A ref starting with '-' would read as a git option.
    return ref === "" || ref.startsWith("-") || /\s/.test(ref) ? undefined : { kind: "git", ref };
  }
  return { kind: "path", path: value };
}
