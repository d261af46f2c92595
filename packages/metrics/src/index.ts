export { amountOf, compare, type Delta, deltaOf, thresholdOf, withinTolerance } from "./arithmetic.ts";
export { checkRule, formatNumber } from "./check-rule.ts";
export { closestMatch, didYouMean, editDistance } from "./did-you-mean.ts";
export {
  type Direction,
  type DirectionInfo,
  inferDirection,
  LOWER_IS_BETTER_WORDS,
  nameWords,
} from "./direction.ts";
export { evaluate } from "./evaluate.ts";
export {
  type CheckLevel,
  type CheckOutcome,
  type EvaluateOptions,
  type Evaluation,
  type MetricRow,
  type NoiseEvidence,
  type OnMissingBaseline,
  ROW_STATUSES,
  type RowStatus,
  type RuleCheck,
  type Verdict,
} from "./evaluate-types.ts";
export { globMatches, isGlob } from "./glob.ts";
export { fileQualifiers, type MergeOptions, mergeMetrics, sharedMetricNames } from "./merge.ts";
export { parsePolicy } from "./parse-policy.ts";
export { parseRule } from "./parse-rule.ts";
export { emptyPolicy, type MetricEntry, type MetricSettings, type Policy } from "./policy.ts";
export { type ClassificationScores, classificationScores } from "./predictions/classification-scores.ts";
export {
  comparePredictions,
  type NoiseComparison,
  type NoiseMetric,
  type NoiseStatus,
  taskOf,
} from "./predictions/compare-predictions.ts";
export { logLoss } from "./predictions/log-loss.ts";
export { noiseMetrics, PREDICTIONS_PREFIX } from "./predictions/noise-metrics.ts";
export { type PairedPredictions, pairPredictions } from "./predictions/pair-predictions.ts";
export { type PredictionsFile, parsePredictions } from "./predictions/parse-predictions.ts";
export { PredictionsError } from "./predictions/predictions-error.ts";
export { type RegressionScores, regressionScores } from "./predictions/regression-scores.ts";
export { rocAuc } from "./predictions/roc-auc.ts";
export {
  formatFromExtension,
  type MetricsFile,
  type MetricsFormat,
  parseMetrics,
  readMetricsFile,
  sniffFormat,
} from "./read-metrics.ts";
export { findEntry, type ResolvedMetric, resolveMetric } from "./resolve.ts";
export {
  type Amount,
  type Comparison,
  formatAmount,
  formatTarget,
  type MissingMode,
  needsBaseline,
  type Rule,
  type RuleOrigin,
  type RuleTarget,
  type Severity,
} from "./rule.ts";
export { formatLocation, SourceError, type SourceLocation } from "./source-error.ts";
export { coerceValue, describeValue, isNumeric, type MetricValue, parseNumber } from "./value.ts";
