export { benjaminiHochberg } from "./benjamini-hochberg.ts";
export { type ChiSquareResult, chiSquare } from "./chi-square.ts";
export { chi2Sf } from "./chi2-sf.ts";
export { StatsInputError } from "./errors.ts";
export { hellingerDistance } from "./hellinger-distance.ts";
export { histogramBinEdges, histogramCounts, histogramCountsSorted } from "./histogram.ts";
export { jensenShannonDistance } from "./jensen-shannon-distance.ts";
export { klDivergence } from "./kl-divergence.ts";
export { ksStatisticFromSketches, type SketchKsResult } from "./kll-ks-statistic.ts";
export { KllSketch, type KllSketchJSON, type KllSketchOptions, kllRankErrorBound } from "./kll-sketch.ts";
export { kolmogorovSf } from "./kolmogorov-sf.ts";
export {
  type KsMode,
  type KsTwoSampleOptions,
  type KsTwoSampleResult,
  ksTwoSample,
} from "./ks-two-sample.ts";
export { lInfinity } from "./l-infinity.ts";
export { mcnemarExact } from "./mcnemar-exact.ts";
export { Moments, type MomentsJSON } from "./moments.ts";
export { mulberry32 } from "./mulberry32.ts";
export { normalSf } from "./normal-sf.ts";
export {
  type BootstrapInterval,
  DEFAULT_RESAMPLES,
  DEFAULT_SEED,
  pairedBootstrap,
} from "./paired-bootstrap.ts";
export { proportions } from "./proportions.ts";
export { fillZeroProportions, PSI_ZERO_EPSILON, psi } from "./psi.ts";
export { quantileSorted } from "./quantile-sorted.ts";
export { wassersteinDistance } from "./wasserstein-distance.ts";
export { type ZTestResult, zTestProportions } from "./z-test-proportions.ts";
