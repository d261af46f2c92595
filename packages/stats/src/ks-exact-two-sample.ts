// Exact null distribution of the two-sided two-sample Kolmogorov-Smirnov statistic:
// P(D_{m,n} >= h / lcm(m, n)) for samples of sizes m and n.
//
// Method: under H0 every ordering of the pooled sample is equally likely, i.e. the merged sample is a
// uniformly random monotone lattice path from (0, 0) to (m, n); D >= d exactly when the path touches the
// band edge |i/m - j/n| >= d (Drion 1952, Gnedenko & Korolyuk 1951; the lattice-path treatment of
// Hodges 1957, "The significance probability of the Smirnov two-sample test", Arkiv för Matematik 3).
// Instead of counting paths (counts overflow doubles for m + n > ~1000) we push probability mass
// forward: from (i, j) the next step goes right with probability (m - i) / (m - i + n - j). Mass that
// reaches the band edge for the first time is added to the answer and stops there. Every term is
// positive, so there is no cancellation and small p-values keep their relative accuracy.
// Cost: O(m * band width) time and O(n) memory.

/**
 * Probability that a uniformly random lattice path from (0,0) to (m,n) reaches a point with
 * |i * (n/g) - j * (m/g)| >= h, where g = gcd(m, n). With d = h / lcm(m, n) that is P(D_{m,n} >= d).
 */
export function ksTwoSampleExactSf(m: number, n: number, h: number): number {
  if (h <= 0) return 1;
  const g = gcd(m, n);
  const mg = m / g;
  const ng = n / g;
  const inside = (i: number, j: number) => Math.abs(i * ng - j * mg) < h;
  let row = new Float64Array(n + 2);
  let nextRow = new Float64Array(n + 2);
  row[0] = 1;
  let outside = 0;
  for (let i = 0; i <= m; i++) {
    // Band of row i: j with |i*ng - j*mg| < h.
    const lo = Math.max(0, Math.floor((i * ng - h) / mg));
    const hi = Math.min(n, Math.ceil((i * ng + h) / mg));
    for (let j = lo; j <= hi; j++) {
      const mass = row[j] as number;
      if (mass === 0 || !inside(i, j)) continue;
      const stepsRight = m - i;
      const stepsUp = n - j;
      const remaining = stepsRight + stepsUp;
      if (remaining === 0) continue;
      if (stepsRight > 0) {
        const share = (mass * stepsRight) / remaining;
        if (inside(i + 1, j)) nextRow[j] = (nextRow[j] as number) + share;
        else outside += share;
      }
      if (stepsUp > 0) {
        const share = (mass * stepsUp) / remaining;
        if (inside(i, j + 1)) row[j + 1] = (row[j + 1] as number) + share;
        else outside += share;
      }
    }
    row.fill(0, lo, hi + 2);
    [row, nextRow] = [nextRow, row];
  }
  return Math.min(1, outside);
}

export function gcd(a: number, b: number): number {
  let x = a;
  let y = b;
  while (y !== 0) [x, y] = [y, x % y];
  return x;
}
