// Pelz-Good approximation of the two-sided Kolmogorov CDF for large n and small z = d * sqrt(n):
// P(D_n <= d) ~ K0(z) + K1(z)/sqrt(n) + K2(z)/n + K3(z)/n^(3/2), the Li-Chien / Korolyuk expansion with
// each K_i rewritten through Jacobi theta identities into sums that converge fast for small z
// (Pelz & Good 1976, "Approximating the lower tail-areas of the Kolmogorov-Smirnov one-sample
// statistic", JRSS B 38(2); formulas as given in Simard & L'Ecuyer 2011, J. Stat. Softw. 39(11), sec. 3).
// The sums run over k = 1..ceil(16 z / pi), the truncation Simard & L'Ecuyer use.

const PI2 = Math.PI ** 2;
const PI4 = PI2 ** 2;
const PI6 = PI4 * PI2;
const SQRT_2PI = Math.sqrt(2 * Math.PI);

/** Returns [K0, K1, K2, K3] at z. */
function pelzGoodTerms(z: number): [number, number, number, number] {
  const z2 = z * z;
  const z4 = z2 * z2;
  const z6 = z4 * z2;
  const z8 = z4 * z4;
  const kMax = Math.ceil((16 * z) / Math.PI);
  let s0 = 0;
  let s1 = 0;
  let s2 = 0;
  let s3 = 0;
  let extra2 = 0;
  let extra3 = 0;
  for (let k = kMax; k >= 1; k--) {
    const odd2 = (2 * k - 1) ** 2;
    const weight = Math.exp((-odd2 * PI2) / (8 * z2));
    s0 += weight;
    s1 += ((PI2 * odd2) / 4 - z2) * weight;
    s2 +=
      (6 * z6 + 2 * z4 + ((2 * z4 - 5 * z2) * PI2 * odd2) / 4 + (PI4 * (1 - 2 * z2) * odd2 * odd2) / 16) *
      weight;
    s3 +=
      ((PI6 * (5 - 30 * z2) * odd2 ** 3) / 64 +
        (PI4 * (212 * z4 - 60 * z2) * odd2 * odd2) / 16 +
        (PI2 * (135 * z4 - 96 * z6) * odd2) / 4 -
        30 * z6 -
        90 * z8) *
      weight;
    const k2 = k * k;
    const evenWeight = Math.exp((-PI2 * k2) / (2 * z2));
    extra2 += k2 * evenWeight;
    extra3 += (3 * z2 - PI2 * k2) * k2 * evenWeight;
  }
  const k0 = (SQRT_2PI / z) * s0;
  const k1 = (SQRT_2PI / (6 * z4)) * s1;
  const k2 = (SQRT_2PI / (72 * z ** 7)) * s2 - ((PI2 * SQRT_2PI) / (36 * z ** 3)) * extra2;
  const k3 = (SQRT_2PI / (6480 * z ** 10)) * s3 + ((PI2 * SQRT_2PI) / (216 * z6)) * extra3;
  return [k0, k1, k2, k3];
}

/** Pelz-Good approximation of P(D_n > d) (computed as the complement term by term). */
export function kolmogorovSfPelzGood(n: number, d: number): number {
  if (d <= 0) return 1;
  if (d >= 1) return 0;
  const z = Math.sqrt(n) * d;
  // Below this z every term underflows: the CDF is 0.
  if (-PI2 / 8 / (z * z) < -708) return 1;
  const [k0, k1, k2, k3] = pelzGoodTerms(z);
  return 1 - k0 - k1 / Math.sqrt(n) - k2 / n - k3 / n ** 1.5;
}
