/**
 * The q-quantile of sorted values with linear interpolation (Hyndman & Fan 1996, "Sample quantiles in
 * statistical packages", The American Statistician 50(4), definition 7: numpy's default "linear", R's
 * type 7).
 */
export function quantileSorted(sorted: ArrayLike<number>, q: number): number {
  const n = sorted.length;
  if (n === 0) return Number.NaN;
  const h = (n - 1) * q;
  const below = Math.floor(h);
  const above = Math.min(below + 1, n - 1);
  const low = sorted[below] as number;
  return low + (h - below) * ((sorted[above] as number) - low);
}
