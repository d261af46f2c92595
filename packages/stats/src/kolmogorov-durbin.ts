// Exact CDF of the two-sided one-sample Kolmogorov statistic, P(D_n < d), by Durbin's matrix formula
// (Durbin 1973, "Distribution theory for tests based on the sample distribution function", SIAM) as
// evaluated by Marsaglia, Tsang & Wang 2003, "Evaluating Kolmogorov's distribution", J. Stat. Softw. 8(18):
// with d = (k - h) / n, k integer and 0 <= h < 1, P(D_n < d) = n!/n^n * (H^n)[k-1][k-1] for an
// (2k-1)x(2k-1) matrix H. H^n is taken by repeated squaring; powers of two are split off into a separate
// exponent whenever entries grow large, so nothing overflows. Cost O(k^3 log n): meant for small n*d.

const SCALE_EXPONENT = 256;
const SCALE = 2 ** SCALE_EXPONENT;

type Matrix = Float64Array[];

export function kolmogorovCdfDurbin(n: number, d: number): number {
  if (d >= 1) return 1;
  const nd = n * d;
  if (nd <= 0.5) return 0;
  const k = Math.ceil(nd);
  const h = k - nd;
  const size = 2 * k - 1;
  const H = durbinMatrix(size, h);
  const { matrix, exponent } = matrixPower(H, n);
  let p = (matrix[k - 1] as Float64Array)[k - 1] as number;
  let scaleExponent = exponent;
  // Multiply by n!/n^n one factor at a time, keeping p in range.
  for (let i = 1; i <= n; i++) {
    p = (p * i) / n;
    if (p !== 0 && Math.abs(p) < 1 / SCALE) {
      p *= SCALE;
      scaleExponent -= SCALE_EXPONENT;
    }
  }
  return Math.min(1, Math.max(0, p * 2 ** scaleExponent));
}

function durbinMatrix(size: number, h: number): Matrix {
  const factorial = [1];
  for (let i = 1; i <= size; i++) factorial.push((factorial[i - 1] as number) * i);
  const H: Matrix = [];
  for (let i = 0; i < size; i++) {
    const row = new Float64Array(size);
    for (let j = 0; j < size; j++) {
      const power = i - j + 1;
      if (power >= 0) row[j] = 1 / (factorial[power] as number);
    }
    H.push(row);
  }
  const last = H[size - 1] as Float64Array;
  for (let i = 0; i < size; i++) {
    const row = H[i] as Float64Array;
    row[0] = (row[0] as number) - h ** (i + 1) / (factorial[i + 1] as number);
    last[i] = (last[i] as number) - h ** (size - i) / (factorial[size - i] as number);
  }
  if (2 * h - 1 > 0) last[0] = (last[0] as number) + (2 * h - 1) ** size / (factorial[size] as number);
  return H;
}

function multiply(a: Matrix, b: Matrix): Matrix {
  const size = a.length;
  const out: Matrix = [];
  for (let i = 0; i < size; i++) {
    const rowA = a[i] as Float64Array;
    const row = new Float64Array(size);
    for (let l = 0; l < size; l++) {
      const factor = rowA[l] as number;
      if (factor === 0) continue;
      const rowB = b[l] as Float64Array;
      for (let j = 0; j < size; j++) row[j] = (row[j] as number) + factor * (rowB[j] as number);
    }
    out.push(row);
  }
  return out;
}

function rescale(matrix: Matrix): number {
  let largest = 0;
  for (const row of matrix) for (const value of row) largest = Math.max(largest, Math.abs(value));
  if (largest <= SCALE) return 0;
  for (const row of matrix) for (let j = 0; j < row.length; j++) row[j] = (row[j] as number) / SCALE;
  return SCALE_EXPONENT;
}

function matrixPower(base: Matrix, power: number): { matrix: Matrix; exponent: number } {
  const size = base.length;
  let result: Matrix | undefined;
  let resultExponent = 0;
  let square = base;
  let squareExponent = 0;
  let remaining = power;
  while (remaining > 0) {
    if (remaining % 2 === 1) {
      result = result === undefined ? square.map((row) => row.slice()) : multiply(result, square);
      resultExponent += squareExponent + rescale(result);
    }
    remaining = Math.floor(remaining / 2);
    if (remaining > 0) {
      square = multiply(square, square);
      squareExponent = 2 * squareExponent + rescale(square);
    }
  }
  return { matrix: result ?? identity(size), exponent: resultExponent };
}

function identity(size: number): Matrix {
  return Array.from({ length: size }, (_, i) => {
    const row = new Float64Array(size);
    row[i] = 1;
    return row;
  });
}
