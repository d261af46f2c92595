import { type Html, html, tableHtml, text } from "@mlops-actions/kit";
import {
  formatNumber,
  type NoiseComparison,
  type NoiseStatus,
  PREDICTIONS_PREFIX,
} from "@mlops-actions/metrics";

const NOISE_LABELS: Record<NoiseStatus, string> = {
  regressed: "❌ regressed (significant)",
  improved: "✨ improved (significant)",
  "within-noise": "≈ within noise",
  inconclusive: "❔ inconclusive",
};

const signed = (n: number) => `${n > 0 ? "+" : ""}${n === 0 ? "0" : formatNumber(n)}`;

/** The noise-aware comparison: each metric's change, its bootstrap interval, McNemar's p and the call. */
export function noiseSection(comparison: NoiseComparison): Html[] {
  const confidence = `${Math.round(comparison.confidence * 100)}%`;
  const intro =
    `Noise-aware comparison (${comparison.task}, ${comparison.examples} examples paired by ${comparison.pairedBy}): ` +
    `${confidence} paired bootstrap intervals (${comparison.resamples} resamples, seed ${comparison.seed})` +
    `${comparison.mcnemar ? "; McNemar's exact test for accuracy" : ""}. ` +
    `Rules on ${PREDICTIONS_PREFIX}<metric> fail only on a significant change beyond what they allow.`;
  const table = tableHtml(
    ["Metric", "Baseline", "Candidate", "Δ", `${confidence} interval of Δ`, "p", "Noise verdict"],
    comparison.metrics.map((m) => [
      `${PREDICTIONS_PREFIX}${m.name} ${m.direction === "higher" ? "↑" : "↓"}`,
      formatNumber(m.baseline),
      formatNumber(m.candidate),
      signed(m.difference),
      `[${signed(m.interval.low)}, ${signed(m.interval.high)}]`,
      m.pValue === undefined ? "" : formatNumber(m.pValue),
      NOISE_LABELS[m.status],
    ]),
  );
  return [html(`<h3>Noise-aware comparison</h3>`), html(`<p>${text(intro).html}</p>`), table];
}
