// Survival function P(D_n >= d) of the two-sided one-sample Kolmogorov statistic for finite n, as
// scipy.stats.kstwo.sf computes it: the method for each (n, d) region is chosen by the rule of
// Simard & L'Ecuyer 2011, "Computing the two-sided Kolmogorov-Smirnov distribution", J. Stat. Softw.
// 39(11), with scipy's region boundaries so that the approximate regions agree with scipy too:
// - n*d <= 1 or n*d >= n - 1: closed forms of Ruben & Gambino 1982;
// - d >= 0.5: exactly 2 * P(D+_n >= d) (Smirnov / Birnbaum-Tingey);
// - small n*d^2: Durbin's matrix (Marsaglia-Tsang-Wang), exact; scipy uses Pomeranz 1974 for part of
//   this region, also exact, so the results agree to rounding;
// - larger n*d^2: 2 * P(D+_n >= d) (Miller 1956 approximation, error below ~1e-15 there);
// - large n and small d: Pelz-Good asymptotic series.
import gammaln from "@stdlib/math-base-special-gammaln";
import { kolmogorovCdfDurbin } from "./kolmogorov-durbin.ts";
import { kolmogorovSfPelzGood } from "./kolmogorov-pelz-good.ts";
import { smirnovSf } from "./smirnov-sf.ts";

const clip = (p: number) => Math.min(1, Math.max(0, p));

export function kolmogorovSf(n: number, d: number): number {
  if (!Number.isInteger(n) || n <= 0 || Number.isNaN(d)) return Number.NaN;
  if (d >= 1) return 0;
  if (d <= 0) return 1;
  const t = n * d;
  if (t <= 1) {
    if (t <= 0.5) return 1;
    // P(D_n < d) = n!/n^n (2t - 1)^n for 1/(2n) <= d <= 1/n.
    let cdf: number;
    if (n <= 140) {
      cdf = 1;
      for (let i = 1; i <= n; i++) cdf *= (i / n) * (2 * t - 1);
    } else {
      cdf = Math.exp(gammaln(n + 1) - n * Math.log(n) + n * Math.log(2 * t - 1));
    }
    return clip(1 - cdf);
  }
  if (t >= n - 1) return clip(2 * (1 - d) ** n);
  if (d >= 0.5) return clip(2 * smirnovSf(n, d));
  const nd2 = t * d;
  if (n <= 140) {
    if (nd2 <= 4) return clip(1 - kolmogorovCdfDurbin(n, d));
    return clip(2 * smirnovSf(n, d));
  }
  if (nd2 >= 370) return 0;
  if (nd2 >= 2.2) return clip(2 * smirnovSf(n, d));
  if (n <= 100000 && n * d ** 1.5 <= 1.4) return clip(1 - kolmogorovCdfDurbin(n, d));
  return clip(kolmogorovSfPelzGood(n, d));
}
