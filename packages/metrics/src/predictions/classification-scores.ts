/**
 * Classification metrics with scikit-learn's definitions (`accuracy_score`, `precision_recall_fscore_support`
 * with `zero_division=0`): classes are integer ids; the labels averaged over are those present in the
 * truth or the predictions of the examples given (`indices`, or all), as sklearn does for each call.
 */
export interface ClassificationScores {
  accuracy: number;
  precision_micro: number;
  recall_micro: number;
  f1_micro: number;
  precision_macro: number;
  recall_macro: number;
  f1_macro: number;
  precision_weighted: number;
  recall_weighted: number;
  f1_weighted: number;
}

export function classificationScores(
  truth: Int32Array,
  predicted: Int32Array,
  classCount: number,
  indices?: Uint32Array,
): ClassificationScores {
  const tp = new Float64Array(classCount);
  const predictedCount = new Float64Array(classCount);
  const support = new Float64Array(classCount);
  const n = indices ? indices.length : truth.length;
  let correct = 0;
  for (let j = 0; j < n; j++) {
    const i = indices ? (indices[j] as number) : j;
    const t = truth[i] as number;
    const p = predicted[i] as number;
    support[t] = (support[t] as number) + 1;
    predictedCount[p] = (predictedCount[p] as number) + 1;
    if (t === p) {
      tp[t] = (tp[t] as number) + 1;
      correct++;
    }
  }
  const accuracy = correct / n;
  let labels = 0;
  const sums = { precision: 0, recall: 0, f1: 0 };
  const weighted = { precision: 0, recall: 0, f1: 0 };
  for (let k = 0; k < classCount; k++) {
    const s = support[k] as number;
    const pc = predictedCount[k] as number;
    if (s === 0 && pc === 0) continue;
    labels++;
    const hits = tp[k] as number;
    const precision = pc === 0 ? 0 : hits / pc;
    const recall = s === 0 ? 0 : hits / s;
    const f1 = s + pc === 0 ? 0 : (2 * hits) / (s + pc);
    sums.precision += precision;
    sums.recall += recall;
    sums.f1 += f1;
    weighted.precision += precision * s;
    weighted.recall += recall * s;
    weighted.f1 += f1 * s;
  }
  return {
    accuracy,
    precision_micro: accuracy,
    recall_micro: accuracy,
    f1_micro: accuracy,
    precision_macro: sums.precision / labels,
    recall_macro: sums.recall / labels,
    f1_macro: sums.f1 / labels,
    precision_weighted: weighted.precision / n,
    recall_weighted: weighted.recall / n,
    f1_weighted: weighted.f1 / n,
  };
}
