import type { PredictionsFile } from "./parse-predictions.ts";
import { PredictionsError } from "./predictions-error.ts";

export interface PairedPredictions {
  labels: string[];
  candidate: { predictions: string[]; scores?: number[] };
  baseline: { predictions: string[]; scores?: number[] };
  /** How the examples were matched: by the `id` column or by row order. */
  pairedBy: "id" | "order";
}

/**
 * Matches the two sides example by example: by `id` when both files have one (the same ids, each once),
 * else by row order (the same number of rows). The truth must agree: they must be the same examples.
 */
export function pairPredictions(candidate: PredictionsFile, baseline: PredictionsFile): PairedPredictions {
  const baselineOrder =
    candidate.ids && baseline.ids ? orderById(candidate, baseline) : orderByRow(candidate, baseline);
  const pick = <T>(values: T[] | undefined) => values && baselineOrder.map((i) => values[i] as T);
  candidate.labels.forEach((label, i) => {
    const other = baseline.labels[baselineOrder[i] as number];
    if (other !== label) {
      const example = candidate.ids?.[i] ?? `row ${i + 2}`;
      throw new PredictionsError(
        `${baseline.file}: example ${example} has label '${other}' but '${label}' in ${candidate.file}; both files must hold the same examples`,
      );
    }
  });
  const baselineScores = pick(baseline.scores);
  return {
    labels: candidate.labels,
    candidate: { predictions: candidate.predictions, ...(candidate.scores && { scores: candidate.scores }) },
    baseline: {
      predictions: pick(baseline.predictions) ?? [],
      ...(baselineScores && { scores: baselineScores }),
    },
    pairedBy: candidate.ids && baseline.ids ? "id" : "order",
  };
}

function orderById(candidate: PredictionsFile, baseline: PredictionsFile): number[] {
  const position = new Map<string, number>();
  (baseline.ids ?? []).forEach((id, i) => {
    if (position.has(id)) throw new PredictionsError(`${baseline.file}: example id '${id}' appears twice`);
    position.set(id, i);
  });
  const seen = new Set<string>();
  const order = (candidate.ids ?? []).map((id) => {
    if (seen.has(id)) throw new PredictionsError(`${candidate.file}: example id '${id}' appears twice`);
    seen.add(id);
    const index = position.get(id);
    if (index === undefined)
      throw new PredictionsError(`${baseline.file}: has no example with id '${id}' (from ${candidate.file})`);
    return index;
  });
  if (order.length !== position.size) {
    throw new PredictionsError(
      `${baseline.file}: has ${position.size} examples, ${candidate.file} ${order.length}; both must hold the same examples`,
    );
  }
  return order;
}

function orderByRow(candidate: PredictionsFile, baseline: PredictionsFile): number[] {
  if (candidate.labels.length !== baseline.labels.length) {
    throw new PredictionsError(
      `${baseline.file}: has ${baseline.labels.length} examples, ${candidate.file} ${candidate.labels.length}; both must hold the same examples (add an 'id' column to match them by id)`,
    );
  }
  return candidate.labels.map((_, i) => i);
}
