import type { SourceLocation } from "./source-error.ts";

export type Severity = "block" | "warn" | "info";
export type MissingMode = "fail" | "warn" | "ignore";
export type Comparison = ">=" | ">" | "<=" | "<" | "==";

export const SEVERITIES: readonly Severity[] = ["block", "warn", "info"];
export const MISSING_MODES: readonly MissingMode[] = ["fail", "warn", "ignore"];

/** An amount that is either absolute or a percentage of the baseline's magnitude. */
export interface Amount {
  value: number;
  percent: boolean;
}

/** The right-hand side of a rule. */
export type RuleTarget =
  | { kind: "number"; value: number }
  | { kind: "baseline"; adjust?: { op: "+" | "-"; amount: Amount } | { op: "*"; factor: number } };

/** Where a rule came from: an inline rule, or a key of a metric entry in the policy. */
export type RuleOrigin = "rule" | "min" | "max" | "max-drop" | "max-rise" | "no-regression";

/** One comparison the gate makes: `metric op target`. */
export interface Rule {
  /** A metric name or a glob (`*`, `?`). */
  metric: string;
  op: Comparison;
  target: RuleTarget;
  /** Set by a `[warn]`-style marker on an inline rule; otherwise the metric's severity applies. */
  severity?: Severity;
  origin: RuleOrigin;
  /** How the rule is shown: the inline rule as written, or `max-drop: 2%`. */
  text: string;
  location?: SourceLocation;
}

export function needsBaseline(rule: Rule): boolean {
  return rule.target.kind === "baseline";
}

export function formatAmount(amount: Amount): string {
  return amount.percent ? `${amount.value}%` : String(amount.value);
}

/** `>= baseline - 2%`, `< 0.5` — the comparison without the metric name. */
export function formatTarget(rule: Pick<Rule, "op" | "target">): string {
  const { target } = rule;
  if (target.kind === "number") return `${rule.op} ${target.value}`;
  const adjust = target.adjust;
  if (!adjust) return `${rule.op} baseline`;
  const by = adjust.op === "*" ? String(adjust.factor) : formatAmount(adjust.amount);
  return `${rule.op} baseline ${adjust.op} ${by}`;
}
