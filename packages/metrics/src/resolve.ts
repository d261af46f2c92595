import { type DirectionInfo, inferDirection } from "./direction.ts";
import { compareSpecificity, globMatches } from "./glob.ts";
import type { MetricEntry, Policy } from "./policy.ts";
import { type Amount, formatAmount, type MissingMode, type Rule, type Severity } from "./rule.ts";

/** Everything the policy says about one metric name. */
export interface ResolvedMetric {
  /** The `metrics:` entry that applies (the most specific match), if any. */
  entry?: MetricEntry;
  direction: DirectionInfo;
  tolerance: Amount;
  severity: Severity;
  missing: MissingMode;
  /** The rules to check; empty means the metric is shown but not gated. */
  rules: Rule[];
}

/** Does a rule's or entry's pattern name this metric? Exact names and globs both work. */
export function patternMatches(pattern: string, name: string): boolean {
  return pattern === name || globMatches(pattern, name);
}

/**
 * The entry for a name: an exact name beats any glob; among globs, the one with more literal characters
 * wins, then the one with fewer `*`; a remaining tie goes to the entry written first.
 */
export function findEntry(entries: readonly MetricEntry[], name: string): MetricEntry | undefined {
  let best: MetricEntry | undefined;
  for (const entry of entries) {
    if (!patternMatches(entry.pattern, name)) continue;
    if (!best || compareSpecificity(entry.pattern, best.pattern) > 0) best = entry;
  }
  return best;
}

/**
 * Settings are the entry's, else `defaults:`, else built-ins (tolerance 0, severity block, missing fail,
 * direction inferred from the name). Rules are the entry's bounds (min, max, max-drop, max-rise) plus
 * every inline rule whose pattern matches; an entry with no bound and no matching inline rule gets an
 * implicit "not worse than baseline" rule in its direction.
 */
export function resolveMetric(
  name: string,
  policy: Policy,
  extraRules: readonly Rule[] = [],
): ResolvedMetric {
  const entry = findEntry(policy.metrics, name);
  const direction: DirectionInfo = entry?.direction
    ? { direction: entry.direction, inferred: false }
    : inferDirection(name);
  const inline = [...policy.rules, ...extraRules].filter((rule) => patternMatches(rule.metric, name));
  const rules = entry ? [...entryRules(entry, name), ...inline] : inline;
  if (entry && rules.length === 0) {
    rules.push({
      metric: name,
      op: direction.direction === "higher" ? ">=" : "<=",
      target: { kind: "baseline" },
      origin: "no-regression",
      text: "not worse than baseline",
      location: entry.location,
    });
  }
  const resolved: ResolvedMetric = {
    direction,
    tolerance: entry?.tolerance ?? policy.defaults.tolerance ?? { value: 0, percent: false },
    severity: entry?.severity ?? policy.defaults.severity ?? "block",
    missing: entry?.missing ?? policy.defaults.missing ?? "fail",
    rules,
  };
  if (entry) resolved.entry = entry;
  return resolved;
}

function entryRules(entry: MetricEntry, name: string): Rule[] {
  const rules: Rule[] = [];
  const base = { metric: name, location: entry.location };
  if (entry.min !== undefined) {
    rules.push({
      ...base,
      op: ">=",
      target: { kind: "number", value: entry.min },
      origin: "min",
      text: `min: ${entry.min}`,
    });
  }
  if (entry.max !== undefined) {
    rules.push({
      ...base,
      op: "<=",
      target: { kind: "number", value: entry.max },
      origin: "max",
      text: `max: ${entry.max}`,
    });
  }
  if (entry.maxDrop) {
    const amount = entry.maxDrop;
    rules.push({
      ...base,
      op: ">=",
      target: { kind: "baseline", adjust: { op: "-", amount } },
      origin: "max-drop",
      text: `max-drop: ${formatAmount(amount)}`,
    });
  }
  if (entry.maxRise) {
    const amount = entry.maxRise;
    rules.push({
      ...base,
      op: "<=",
      target: { kind: "baseline", adjust: { op: "+", amount } },
      origin: "max-rise",
      text: `max-rise: ${formatAmount(amount)}`,
    });
  }
  return rules;
}
