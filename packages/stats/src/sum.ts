// Compensated summation (Neumaier 1974, "Rundungsfehleranalyse einiger Verfahren zur Summation endlicher
// Summen", ZAMM 54): numpy sums pairwise, so a naive loop could drift from the golden values on long inputs.
export function sum(values: ArrayLike<number>): number {
  const total = new CompensatedSum();
  for (let i = 0; i < values.length; i++) total.add(values[i] as number);
  return total.value;
}

/** `sum` one term at a time, for terms computed on the fly: the same result as `sum` of them in order. */
export class CompensatedSum {
  private total = 0;
  private compensation = 0;

  add(value: number): void {
    const next = this.total + value;
    this.compensation +=
      Math.abs(this.total) >= Math.abs(value) ? this.total - next + value : value - next + this.total;
    this.total = next;
  }

  get value(): number {
    // An infinite term makes the compensation NaN; the plain total is then the answer.
    return Number.isFinite(this.total) ? this.total + this.compensation : this.total;
  }
}
