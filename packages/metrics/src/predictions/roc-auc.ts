/**
 * ROC AUC (`sklearn.metrics.roc_auc_score`) for a binary truth (1 = positive) and scores, as the
 * Mann-Whitney U statistic with tied scores given average ranks (Hanley & McNeil 1982), which equals
 * the area under the ROC curve with ties. Undefined unless both classes occur.
 */
export function rocAuc(
  positive: Uint8Array,
  scores: Float64Array,
  indices?: Uint32Array,
): number | undefined {
  const n = indices ? indices.length : positive.length;
  const order = new Uint32Array(n);
  for (let j = 0; j < n; j++) order[j] = indices ? (indices[j] as number) : j;
  order.sort((a, b) => (scores[a] as number) - (scores[b] as number));
  let positives = 0;
  let rankSum = 0;
  for (let start = 0; start < n; ) {
    let end = start;
    const score = scores[order[start] as number];
    while (end + 1 < n && scores[order[end + 1] as number] === score) end++;
    const averageRank = (start + end) / 2 + 1;
    for (let j = start; j <= end; j++) {
      if (positive[order[j] as number]) {
        positives++;
        rankSum += averageRank;
      }
    }
    start = end + 1;
  }
  const negatives = n - positives;
  if (positives === 0 || negatives === 0) return undefined;
  return (rankSum - (positives * (positives + 1)) / 2) / (positives * negatives);
}
