import { histogramBinEdges, histogramCountsSorted } from "@mlops-actions/stats";
import { distinctCount } from "./binning.ts";
import type { ColumnProfile } from "./column-profile.ts";
import type { ColumnSummary, Movement } from "./result.ts";
import { sketchHistogramShares } from "./sketch-estimates.ts";

const CHART_BINS = 20;
const CHART_CATEGORIES = 20;
const QUANTILES = [0.05, 0.1, 0.25, 0.5, 0.75, 0.9, 0.95];

/** Aggregates of one side for the report (never raw rows). */
export function summarize(profile: ColumnProfile): ColumnSummary {
  const summary: ColumnSummary = {
    count: profile.count,
    nulls: profile.nulls,
    distinct: distinctCount(profile),
  };
  if (profile.numbers > 0) {
    summary.mean = profile.moments.mean;
    summary.std = profile.moments.std(0);
    summary.min = profile.moments.min;
    summary.max = profile.moments.max;
  }
  return summary;
}

/** Shares of both sides on the same bins (numbers) or values (the most frequent, then "other"). */
export function chartData(
  ref: ColumnProfile,
  cur: ColumnProfile,
  numerical: boolean,
): { ref: ColumnSummary["histogram"]; cur: ColumnSummary["histogram"] } {
  if (numerical && ref.numbers > 0 && cur.numbers > 0) {
    const lo = Math.min(ref.moments.min, cur.moments.min);
    const hi = Math.max(ref.moments.max, cur.moments.max);
    const edges = histogramBinEdges([lo, hi], lo === hi ? 1 : CHART_BINS);
    const labels = edges.slice(0, -1).map((e) => String(Number(e.toPrecision(4))));
    return {
      ref: { labels, shares: binShares(ref, edges), edges },
      cur: { labels, shares: binShares(cur, edges), edges },
    };
  }
  const totals = new Map<string, number>();
  for (const side of [ref, cur]) {
    for (const [key, count] of side.categories)
      totals.set(key, (totals.get(key) ?? 0) + count / Math.max(1, side.nonNull));
  }
  const top = [...totals]
    .sort((a, b) => b[1] - a[1])
    .slice(0, CHART_CATEGORIES)
    .map(([key]) => key);
  const shares = (side: ColumnProfile) => {
    const values = top.map((key) => (side.categories.get(key) ?? 0) / Math.max(1, side.nonNull));
    const rest = 1 - values.reduce((a, b) => a + b, 0);
    return rest > 1e-9 ? [...values, rest] : values;
  };
  const labels = totals.size > top.length ? [...top, "(other)"] : top;
  const refShares = shares(ref);
  const curShares = shares(cur);
  const width = Math.max(refShares.length, curShares.length);
  const pad = (values: number[]) => [...values, ...Array(width - values.length).fill(0)];
  return {
    ref: { labels: padLabels(labels, width), shares: pad(refShares) },
    cur: { labels: padLabels(labels, width), shares: pad(curShares) },
  };
}

function padLabels(labels: string[], width: number): string[] {
  return labels.length >= width ? labels : [...labels, "(other)"];
}

/** The quantile (numbers) or value share (categories) that moved most between the two sides. */
export function largestMovement(
  ref: ColumnProfile,
  cur: ColumnProfile,
  numerical: boolean,
): Movement | undefined {
  if (numerical && ref.numbers > 0 && cur.numbers > 0) {
    let best: Movement | undefined;
    for (const q of QUANTILES) {
      const a = quantile(ref, q);
      const b = quantile(cur, q);
      if (!best || Math.abs(b - a) > Math.abs(best.current - best.reference)) {
        best = { kind: "quantile", label: `p${Math.round(q * 100)}`, reference: a, current: b };
      }
    }
    return best;
  }
  let best: Movement | undefined;
  const keys = new Set([...ref.categories.keys(), ...cur.categories.keys()]);
  for (const key of keys) {
    const a = (ref.categories.get(key) ?? 0) / Math.max(1, ref.nonNull);
    const b = (cur.categories.get(key) ?? 0) / Math.max(1, cur.nonNull);
    if (!best || Math.abs(b - a) > Math.abs(best.current - best.reference)) {
      best = { kind: "value", label: key, reference: a, current: b };
    }
  }
  return best;
}

/** Shares per bin: exact from the kept numbers, else from the sketch. */
function binShares(profile: ColumnProfile, edges: number[]): number[] {
  const sorted = profile.sortedValues();
  if (!sorted) return sketchHistogramShares(profile.sketch, edges);
  return histogramCountsSorted(sorted, edges).map((count) => count / sorted.length);
}

/** The smallest value whose share of values at or below it is at least q (as KllSketch.quantile). */
function quantile(profile: ColumnProfile, q: number): number {
  const sorted = profile.sortedValues();
  if (!sorted) return profile.sketch.quantile(q);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] as number;
}
