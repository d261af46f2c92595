import type { NoiseEvidence } from "../evaluate-types.ts";
import type { NoiseComparison } from "./compare-predictions.ts";

/** Metrics computed from predictions are named `predictions/<metric>` next to the files' metrics. */
export const PREDICTIONS_PREFIX = "predictions/";

/** The comparison as metric values for each side and the noise evidence the policy's rules weigh. */
export function noiseMetrics(comparison: NoiseComparison): {
  candidate: Map<string, number>;
  baseline: Map<string, number>;
  evidence: Map<string, NoiseEvidence>;
} {
  const candidate = new Map<string, number>();
  const baseline = new Map<string, number>();
  const evidence = new Map<string, NoiseEvidence>();
  for (const metric of comparison.metrics) {
    const name = `${PREDICTIONS_PREFIX}${metric.name}`;
    candidate.set(name, metric.candidate);
    baseline.set(name, metric.baseline);
    evidence.set(name, {
      low: metric.interval.low,
      high: metric.interval.high,
      significant: metric.significant,
    });
  }
  return { candidate, baseline, evidence };
}
