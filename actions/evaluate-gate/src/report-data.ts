import type { BaselineProvenance } from "@mlops-actions/github";
import type { Evaluation, NoiseComparison } from "@mlops-actions/metrics";

/** The report's `data`, documented by report-data.schema.json. */
export type GateReportData = Omit<Evaluation, "baseline"> & {
  baseline: Evaluation["baseline"] & BaselineProvenance;
  checkRun?: { id: number; url: string };
  noise?: NoiseComparison;
};

/** Evaluation fields at the top level, the baseline's provenance merged into `baseline`, the check run. */
export function gateReportData(
  evaluation: Evaluation,
  provenance: BaselineProvenance,
  checkRun?: { id: number; url: string },
  noise?: NoiseComparison,
): GateReportData {
  const data: GateReportData = {
    ...evaluation,
    baseline: { ...evaluation.baseline, ...provenance },
    ...(checkRun !== undefined && { checkRun }),
    ...(noise !== undefined && { noise }),
  };
  return withNonFiniteAsStrings(data) as GateReportData;
}

/**
 * JSON has no NaN or Infinity (JSON.stringify writes null, which reads as "no value"); the report
 * writes them as the strings "NaN", "Infinity" and "-Infinity" everywhere instead.
 */
export function withNonFiniteAsStrings(value: unknown): unknown {
  if (typeof value === "number") return Number.isFinite(value) ? value : String(value);
  if (Array.isArray(value)) return value.map(withNonFiniteAsStrings);
  if (value instanceof Map)
    return Object.fromEntries([...value].map(([k, v]) => [k, withNonFiniteAsStrings(v)]));
  if (typeof value === "object" && value !== null) {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, v]) => v !== undefined)
        .map(([k, v]) => [k, withNonFiniteAsStrings(v)]),
    );
  }
  return value;
}
