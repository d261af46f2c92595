// drift-check's own method. Every tested column gets a p-value (KS for numbers, chi-square test of
// homogeneity for categories) and an effect size (Wasserstein distance over the reference's spread for
// numbers, Jensen-Shannon distance in bits for categories). The p-values are adjusted together with
// Benjamini-Hochberg. Then, per column:
// - small samples (the smaller side under LARGE_SAMPLE rows): drift when adjusted p < 0.01, warn when < 0.05;
// - large samples: drift when effect >= 0.1, warn when >= 0.05 — but ok when adjusted p >= 0.05, so noise
//   cannot reach a tier. A p-value alone never flags a large sample: at 10^6 rows any difference is
//   "significant", the effect size says whether it matters.
// Defined results where the standard tests break are documented in the README (constant, all-null,
// new categories, type change, ID-like columns).
import {
  benjaminiHochberg,
  chi2Sf,
  jensenShannonDistance,
  kolmogorovSf,
  ksStatisticFromSketches,
  ksTwoSample,
  wassersteinDistance,
} from "@mlops-actions/stats";
import { baseDrift, skip } from "./base-drift.ts";
import { distinctCount, unionKeys } from "./binning.ts";
import type { ColumnProfile } from "./column-profile.ts";
import type { ColumnType } from "./column-type.ts";
import type { ColumnDrift } from "./result.ts";
import { sketchWasserstein } from "./sketch-estimates.ts";

export const AUTO_RULE = {
  largeSample: 1000,
  effectDrift: 0.1,
  effectWarn: 0.05,
  pDrift: 0.01,
  pWarn: 0.05,
  /** A new category at least this share of current rows makes the column at least "warn". */
  newCategoryWarnShare: 0.01,
  /** At least this many non-null values, all distinct: an identifier, skipped. */
  idLikeMinRows: 20,
  integerCategoricalLimit: 10,
} as const;

/** Numerical when every non-null reference value is a number and there are more than 10 distinct ones. */
export function autoColumnType(profile: ColumnProfile, forceCategorical: boolean): ColumnType {
  if (forceCategorical) return "categorical";
  if (profile.texts === 0 && profile.numbers > 0) {
    const wholeNumbers = profile.integers === profile.numbers;
    return wholeNumbers && distinctCount(profile) <= AUTO_RULE.integerCategoricalLimit
      ? "categorical"
      : "numerical";
  }
  if (profile.texts === 0) return "numerical";
  return "categorical";
}

interface Pending {
  drift: ColumnDrift;
  pvalue: number;
  large: boolean;
  newCategoryShare: number;
}

const pending = new WeakMap<ColumnDrift, Pending>();

/** A column's p-value and effect; the verdict waits for the other columns' p-values (`finishAuto`). */
export function autoColumnDrift(
  ref: ColumnProfile,
  cur: ColumnProfile,
  forceCategorical: boolean,
  effectThreshold?: number,
): ColumnDrift {
  const type = autoColumnType(ref, forceCategorical);
  const base = baseDrift(ref, cur, type);
  const threshold = effectThreshold ?? AUTO_RULE.effectDrift;
  if (ref.nonNull === 0 && cur.nonNull === 0) return skip(base, "every value is missing in both datasets");
  if (ref.nonNull === 0 || cur.nonNull === 0) {
    const side = ref.nonNull === 0 ? "reference" : "current";
    return {
      ...base,
      verdict: "drift",
      drifted: true,
      threshold,
      notes: [`every value is missing in the ${side} data`],
    };
  }
  if (isIdLike(ref, type) && isIdLike(cur, type)) {
    return skip(base, "ID-like: every value is distinct, so its distribution carries no signal");
  }
  if (type === "numerical" && cur.texts > 0) {
    const example = [...cur.categories.keys()].find((key) => Number.isNaN(Number(key))) ?? "";
    return {
      ...base,
      verdict: "drift",
      drifted: true,
      threshold,
      notes: [
        `type changed: numbers in the reference, text in the current data (${cur.texts} values, e.g. '${example}')`,
      ],
    };
  }
  if (type === "categorical" && ref.texts === 0 && ref.numbers > 0 && cur.texts > 0 && cur.numbers === 0) {
    base.notes.push("type changed: numbers in the reference, text in the current data");
  }
  const tested = type === "numerical" ? numericTest(ref, cur) : categoricalTest(ref, cur);
  const large = Math.min(ref.nonNull, cur.nonNull) >= AUTO_RULE.largeSample;
  const newShare =
    (base.newCategories ?? []).reduce((sum, key) => sum + (cur.categories.get(key) ?? 0), 0) / cur.nonNull;
  if (base.newCategories && base.newCategories.length > 0) {
    base.notes.push(
      `categories never seen in the reference: ${base.newCategories.map((c) => `'${c}'`).join(", ")}`,
    );
  }
  const drift: ColumnDrift = {
    ...base,
    test: type === "numerical" ? "ks" : "chisquare",
    statistic: tested.pvalue,
    effect: {
      name: type === "numerical" ? "wasserstein / reference std" : "jensen-shannon (bits)",
      value: tested.effect,
    },
    threshold,
    exact: tested.exact,
    ...(tested.errorBound !== undefined && { errorBound: tested.errorBound }),
  };
  pending.set(drift, { drift, pvalue: tested.pvalue, large, newCategoryShare: newShare });
  return drift;
}

/** Adjusts the p-values of all tested columns together and gives each its tier. */
export function finishAuto(columns: ColumnDrift[]): ColumnDrift[] {
  const waiting = columns.map((c) => pending.get(c)).filter((p): p is Pending => p !== undefined);
  const adjusted = waiting.length > 0 ? benjaminiHochberg(waiting.map((p) => p.pvalue)) : [];
  const finished = new Map<ColumnDrift, ColumnDrift>();
  waiting.forEach((entry, i) => {
    const p = adjusted[i] as number;
    const effect = entry.drift.effect?.value ?? 0;
    const drift = entry.drift.threshold ?? AUTO_RULE.effectDrift;
    const warn = Math.min(AUTO_RULE.effectWarn, drift / 2);
    let verdict: "ok" | "warn" | "drift";
    if (entry.large)
      verdict = p >= AUTO_RULE.pWarn ? "ok" : effect >= drift ? "drift" : effect >= warn ? "warn" : "ok";
    else verdict = p < AUTO_RULE.pDrift ? "drift" : p < AUTO_RULE.pWarn ? "warn" : "ok";
    if (verdict === "ok" && entry.newCategoryShare >= AUTO_RULE.newCategoryWarnShare) verdict = "warn";
    finished.set(entry.drift, { ...entry.drift, adjustedPValue: p, verdict, drifted: verdict === "drift" });
  });
  return columns.map((c) => finished.get(c) ?? c);
}

function isIdLike(profile: ColumnProfile, type: ColumnType): boolean {
  if (type === "numerical" && profile.integers !== profile.numbers) return false;
  if (type === "numerical" && profile.texts === 0 && profile.integers === profile.numbers) {
    // Whole numbers all distinct: an identifier only if they are (nearly) consecutive.
    const span = profile.moments.max - profile.moments.min + 1;
    if (span > profile.nonNull * 1.5) return false;
  }
  if (profile.nonNull < AUTO_RULE.idLikeMinRows) return false;
  // Past the value-count cap only text can still be an identifier (or free text): too many to compare.
  const countable = profile.categoriesComplete || (profile.texts === 0 && profile.exactValues !== null);
  return countable ? profile.distinct === profile.nonNull : profile.texts > 0;
}

interface Tested {
  pvalue: number;
  effect: number;
  exact: boolean;
  errorBound?: number;
}

function numericTest(ref: ColumnProfile, cur: ColumnProfile): Tested {
  const refStd = ref.moments.std(0);
  const curStd = cur.moments.std(0);
  // A constant reference has no spread to measure by: use the current spread, else the value's size.
  const scale = refStd > 0 ? refStd : curStd > 0 ? curStd : Math.max(Math.abs(ref.moments.mean), 1);
  const [a, b] = [ref.sortedValues(), cur.sortedValues()];
  if (a && b) {
    const pvalue =
      refStd === 0 && curStd === 0 && ref.moments.mean === cur.moments.mean ? 1 : ksTwoSample(a, b).pvalue;
    return { pvalue, effect: wassersteinDistance(a, b) / scale, exact: true };
  }
  const ks = ksStatisticFromSketches(ref.sketch, cur.sketch);
  const n = Math.round((ref.numbers * cur.numbers) / (ref.numbers + cur.numbers));
  return {
    pvalue: kolmogorovSf(n, ks.statistic),
    effect: sketchWasserstein(ref.sketch, cur.sketch) / scale,
    exact: false,
    errorBound: ks.errorBound,
  };
}

/** Chi-square test of homogeneity on the 2 × k table (handles values only one side has). */
function categoricalTest(ref: ColumnProfile, cur: ColumnProfile): Tested {
  const keys = unionKeys(ref, cur);
  const refCounts = keys.map((k) => ref.categories.get(k) ?? 0);
  const curCounts = keys.map((k) => cur.categories.get(k) ?? 0);
  if (ref.otherCount > 0 || cur.otherCount > 0) {
    refCounts.push(ref.otherCount);
    curCounts.push(cur.otherCount);
  }
  const exact = ref.categoriesComplete && cur.categoriesComplete;
  const n1 = ref.nonNull;
  const n2 = cur.nonNull;
  let statistic = 0;
  let cells = 0;
  refCounts.forEach((a, i) => {
    const b = curCounts[i] as number;
    const total = a + b;
    if (total === 0) return;
    cells += 1;
    const e1 = (total * n1) / (n1 + n2);
    const e2 = (total * n2) / (n1 + n2);
    statistic += (a - e1) ** 2 / e1 + (b - e2) ** 2 / e2;
  });
  const pvalue = cells < 2 ? 1 : chi2Sf(statistic, cells - 1);
  const effect = jensenShannonDistance(
    refCounts.map((c) => c / n1),
    curCounts.map((c) => c / n2),
    2,
  );
  return { pvalue, effect, exact };
}
