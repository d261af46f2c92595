import type { Direction } from "./direction.ts";
import type { Amount, MissingMode, Rule, Severity } from "./rule.ts";
import type { SourceLocation } from "./source-error.ts";

/** Settings that decide how a metric's rules are judged. */
export interface MetricSettings {
  /** Absent: inferred from the name. */
  direction?: Direction;
  /** Changes within it are "within noise" and never fail a baseline rule. Default 0. */
  tolerance?: Amount;
  /** What a failed rule does. Default `block`. */
  severity?: Severity;
  /** What a missing, NaN/Infinity or non-numeric candidate value does. Default `fail`. */
  missing?: MissingMode;
}

/** One entry of `metrics:` — an exact metric name or a glob. */
export interface MetricEntry extends MetricSettings {
  pattern: string;
  min?: number;
  max?: number;
  maxDrop?: Amount;
  maxRise?: Amount;
  location: SourceLocation;
}

export interface Policy {
  file: string;
  defaults: Pick<MetricSettings, "tolerance" | "severity" | "missing">;
  metrics: MetricEntry[];
  rules: Rule[];
}

/** A policy with nothing in it: every metric is shown, none is gated. */
export function emptyPolicy(file = "(no policy)"): Policy {
  return { file, defaults: {}, metrics: [], rules: [] };
}
