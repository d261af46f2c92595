// Survival function of the chi-square distribution with `dof` degrees of freedom:
// P(X > x) = Q(dof / 2, x / 2), the regularized upper incomplete gamma function
// (Abramowitz & Stegun 26.4.19). Q comes from @stdlib (Boost's algorithm: series / continued fraction /
// Temme's uniform asymptotic expansion), the same family of methods scipy.special.gammaincc uses.
import gammainc from "@stdlib/math-base-special-gammainc";
import { StatsInputError } from "./errors.ts";

export function chi2Sf(x: number, dof: number): number {
  if (!(dof > 0)) throw new StatsInputError(`degrees of freedom is ${dof}; it must be > 0`);
  if (Number.isNaN(x)) throw new StatsInputError("chi-square value is NaN");
  if (x <= 0) return 1;
  if (x === Number.POSITIVE_INFINITY) return 0;
  return gammainc(x / 2, dof / 2, true, true);
}
