// Survival function of the standard normal distribution, P(Z > z) = erfc(z / sqrt(2)) / 2.
// Abramowitz & Stegun 26.2.29; erfc from @stdlib (FreeBSD msun / Sun algorithm), accurate in the far tail
// where 1 - cdf(z) would cancel to 0.
import erfc from "@stdlib/math-base-special-erfc";

export function normalSf(z: number): number {
  return erfc(z / Math.SQRT2) / 2;
}
