import { DEFAULT_RESAMPLES, DEFAULT_SEED, mcnemarExact, pairedBootstrap } from "@mlops-actions/stats";
import { classificationScores } from "./classification-scores.ts";
import { logLoss } from "./log-loss.ts";
import type { PairedPredictions } from "./pair-predictions.ts";
import { regressionScores } from "./regression-scores.ts";
import { rocAuc } from "./roc-auc.ts";

export type NoiseStatus = "regressed" | "improved" | "within-noise" | "inconclusive";

export interface NoiseMetric {
  name: string;
  direction: "higher" | "lower";
  candidate: number;
  baseline: number;
  /** candidate − baseline. */
  difference: number;
  /** The paired bootstrap interval of the difference. */
  interval: { low: number; high: number; confidence: number; valid: number; resamples: number };
  /** McNemar's exact p-value (accuracy only). */
  pValue?: number;
  /** Accuracy: McNemar p < α; others: the interval excludes 0. */
  significant: boolean;
  status: NoiseStatus;
}

export interface NoiseComparison {
  task: "classification" | "regression";
  examples: number;
  pairedBy: "id" | "order";
  classes?: string[];
  /** The positive class, when ROC AUC and log loss were computed from scores. */
  positiveClass?: string;
  seed: number;
  resamples: number;
  confidence: number;
  mcnemar?: { candidateOnly: number; baselineOnly: number; pValue: number };
  metrics: NoiseMetric[];
}

/** Numeric labels with more distinct values than this are a regression target. */
const MAX_CLASSES_FOR_NUMBERS = 20;
const LOWER_IS_BETTER = new Set(["log_loss", "mae", "rmse"]);

/**
 * Computes the metrics of both models from their predictions on the same examples, a seeded paired
 * bootstrap interval for each difference, and McNemar's exact test for accuracy; then calls each
 * metric regressed, improved, within-noise (no significant change, not worse) or inconclusive (no
 * significant change, but worse, or too few resamples where the metric is defined).
 */
export function comparePredictions(
  paired: PairedPredictions,
  options: { seed?: number; resamples?: number; confidence?: number } = {},
): NoiseComparison {
  const seed = options.seed ?? DEFAULT_SEED;
  const resamples = options.resamples ?? DEFAULT_RESAMPLES;
  const confidence = options.confidence ?? 0.95;
  const n = paired.labels.length;
  const task = taskOf(paired);
  const side = task === "classification" ? classificationSides(paired) : regressionSides(paired);
  const intervals = pairedBootstrap(
    n,
    (indices) => {
      const candidate = side.scores("candidate", indices);
      const baseline = side.scores("baseline", indices);
      return side.names.map((name) => {
        const c = candidate[name];
        const b = baseline[name];
        return c === undefined || b === undefined ? undefined : c - b;
      });
    },
    { seed, resamples, confidence },
  );
  const full = { candidate: side.scores("candidate"), baseline: side.scores("baseline") };
  const mcnemar = side.mcnemar?.();
  const alpha = 1 - confidence;
  const metrics = side.names.flatMap((name, k): NoiseMetric[] => {
    const candidate = full.candidate[name];
    const baseline = full.baseline[name];
    const interval = intervals[k];
    if (candidate === undefined || baseline === undefined || interval === undefined) return [];
    const direction = LOWER_IS_BETTER.has(name) ? "lower" : "higher";
    const pValue = name === "accuracy" ? mcnemar?.pValue : undefined;
    const significant =
      pValue !== undefined ? pValue < alpha : interval.valid > 0 && (interval.low > 0 || interval.high < 0);
    const difference = candidate - baseline;
    const worse = direction === "higher" ? difference < 0 : difference > 0;
    const enough = interval.valid >= 0.95 * resamples;
    const status: NoiseStatus = !enough
      ? "inconclusive"
      : significant
        ? worse
          ? "regressed"
          : difference === 0
            ? "within-noise"
            : "improved"
        : worse
          ? "inconclusive"
          : "within-noise";
    return [
      {
        name,
        direction,
        candidate,
        baseline,
        difference,
        interval: { low: interval.low, high: interval.high, confidence, valid: interval.valid, resamples },
        ...(pValue !== undefined && { pValue }),
        significant,
        status,
      },
    ];
  });
  return {
    task,
    examples: n,
    pairedBy: paired.pairedBy,
    ...(side.classes && { classes: side.classes }),
    ...(side.positiveClass !== undefined && { positiveClass: side.positiveClass }),
    seed,
    resamples,
    confidence,
    ...(mcnemar && { mcnemar }),
    metrics,
  };
}

type Scores = Record<string, number | undefined>;

interface Sides {
  names: string[];
  scores(which: "candidate" | "baseline", indices?: Uint32Array): Scores;
  mcnemar?: () => { candidateOnly: number; baselineOnly: number; pValue: number };
  classes?: string[];
  positiveClass?: string;
}

function isNumber(text: string): boolean {
  return text.trim() !== "" && Number.isFinite(Number(text));
}

export function taskOf(paired: PairedPredictions): "classification" | "regression" {
  const all = [...paired.labels, ...paired.candidate.predictions, ...paired.baseline.predictions];
  if (!all.every(isNumber)) return "classification";
  const integral = all.every((text) => Number.isInteger(Number(text)));
  return integral && new Set(paired.labels).size <= MAX_CLASSES_FOR_NUMBERS ? "classification" : "regression";
}

function classificationSides(paired: PairedPredictions): Sides {
  const numeric = [...paired.labels, ...paired.candidate.predictions, ...paired.baseline.predictions].every(
    isNumber,
  );
  const classes = [
    ...new Set([...paired.labels, ...paired.candidate.predictions, ...paired.baseline.predictions]),
  ].sort(numeric ? (a, b) => Number(a) - Number(b) : undefined);
  const id = new Map(classes.map((name, i) => [name, i]));
  const encode = (values: string[]) => Int32Array.from(values, (v) => id.get(v) as number);
  const truth = encode(paired.labels);
  const predicted = {
    candidate: encode(paired.candidate.predictions),
    baseline: encode(paired.baseline.predictions),
  };
  const truthClasses = [...new Set(paired.labels)].sort(
    numeric ? (a, b) => Number(a) - Number(b) : undefined,
  );
  const binary = truthClasses.length === 2 && paired.candidate.scores && paired.baseline.scores;
  const positiveClass = binary ? truthClasses[1] : undefined;
  const positive = Uint8Array.from(paired.labels, (label) => (label === positiveClass ? 1 : 0));
  const scores = {
    candidate: Float64Array.from(paired.candidate.scores ?? []),
    baseline: Float64Array.from(paired.baseline.scores ?? []),
  };
  const names = [
    "accuracy",
    ...["precision", "recall", "f1"].flatMap((m) => ["micro", "macro", "weighted"].map((a) => `${m}_${a}`)),
    ...(binary ? ["roc_auc", "log_loss"] : []),
  ];
  return {
    names,
    classes,
    ...(positiveClass !== undefined && { positiveClass }),
    scores(which, indices) {
      const result: Scores = { ...classificationScores(truth, predicted[which], classes.length, indices) };
      if (binary) {
        result.roc_auc = rocAuc(positive, scores[which], indices);
        result.log_loss = logLoss(positive, scores[which], indices);
      }
      return result;
    },
    mcnemar() {
      let candidateOnly = 0;
      let baselineOnly = 0;
      for (let i = 0; i < truth.length; i++) {
        const c = predicted.candidate[i] === truth[i];
        const b = predicted.baseline[i] === truth[i];
        if (c && !b) candidateOnly++;
        if (b && !c) baselineOnly++;
      }
      return { candidateOnly, baselineOnly, pValue: mcnemarExact(candidateOnly, baselineOnly) };
    },
  };
}

function regressionSides(paired: PairedPredictions): Sides {
  const truth = Float64Array.from(paired.labels, Number);
  const predicted = {
    candidate: Float64Array.from(paired.candidate.predictions, Number),
    baseline: Float64Array.from(paired.baseline.predictions, Number),
  };
  return {
    names: ["mae", "rmse", "r2"],
    scores: (which, indices) => ({ ...regressionScores(truth, predicted[which], indices) }),
  };
}
