// Compensated summation (Neumaier 1974, "Rundungsfehleranalyse einiger Verfahren zur Summation endlicher
// Summen", ZAMM 54): numpy sums pairwise, so a naive loop could drift from the golden values on long inputs.
export function sum(values: ArrayLike<number>): number {
  let total = 0;
  let compensation = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i] as number;
    const next = total + value;
    compensation += Math.abs(total) >= Math.abs(value) ? total - next + value : value - next + total;
    total = next;
  }
  // An infinite term makes the compensation NaN; the plain total is then the answer.
  return Number.isFinite(total) ? total + compensation : total;
}
