export const id = 378;
export const ids = [378];
export const modules = {

/***/ 7763:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _s: () => (/* binding */ unreadableFile),
/* harmony export */   jg: () => (/* binding */ DEFAULT_BATCH_SIZE),
/* harmony export */   ty: () => (/* binding */ DEFAULT_MAX_RECORD_BYTES)
/* harmony export */ });
/* unused harmony export FILE_PROBLEM_KINDS */
/** What can be wrong with a data file itself; each becomes a finding, never a crash. */
const FILE_PROBLEM_KINDS = (/* unused pure expression or super */ null && ([
    "unreadable",
    "empty-file",
    "header-only",
    "duplicate-columns",
    "ragged-row",
    "unterminated-quote",
    "malformed-csv",
    "invalid-utf8",
    "nul-byte",
    "record-too-long",
    "wrong-delimiter",
    "invalid-json",
    "not-an-object",
]));
/** A file that could not be read on from `line`, for `cause` (an error, or the reader's reason). */
function unreadableFile(file, line, cause) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    return { kind: "unreadable", file, line, message: `cannot read the file: ${reason}` };
}
const DEFAULT_MAX_RECORD_BYTES = 8 * 1024 * 1024;
const DEFAULT_BATCH_SIZE = 2048;


/***/ }),

/***/ 6378:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  oY: () => (/* reexport */ DriftInputError),
  mR: () => (/* reexport */ TEST_NAMES),
  GB: () => (/* reexport */ compareProfiles),
  ZV: () => (/* reexport */ formatNumber),
  isProfileWorker: () => (/* reexport */ isProfileWorker),
  $n: () => (/* reexport */ loadProfilesInThreads),
  w4: () => (/* reexport */ renderHtmlReport),
  runProfileWorker: () => (/* reexport */ runProfileWorker)
});

// UNUSED EXPORTS: AUTO_RULE, ColumnProfile, DEFAULT_LIMITS, DatasetProfile, PROFILE_SCHEMA, TESTS, autoColumnType, escapeHtml, evidentlyColumnType, evidentlyDefaultTest, isDrifted, isProfileJSON, loadProfileOrData, pandasDtype, profileCell, profileColumns, profileFiles, profileRows, runTest

;// CONCATENATED MODULE: ./packages/stats/src/errors.ts
/** Thrown for input a statistic cannot be computed on; the message is one line saying what is wrong. */
class errors_StatsInputError extends RangeError {
    name = "StatsInputError";
}
function assertNonEmpty(values, what) {
    if (values.length === 0)
        throw new errors_StatsInputError(`${what} is empty; at least one value is needed`);
}
function assertFinite(values, what) {
    for (let i = 0; i < values.length; i++) {
        const value = values[i];
        if (!Number.isFinite(value)) {
            throw new errors_StatsInputError(`${what}[${i}] is ${value}; every value must be a finite number`);
        }
    }
}
function assertNonNegative(values, what) {
    for (let i = 0; i < values.length; i++) {
        const value = values[i];
        if (!(value >= 0) || !Number.isFinite(value)) {
            throw new errors_StatsInputError(`${what}[${i}] is ${value}; every value must be a finite number >= 0`);
        }
    }
}
function assertSameLength(a, b, names) {
    if (a.length !== b.length) {
        throw new errors_StatsInputError(`${names} have different lengths (${a.length} and ${b.length})`);
    }
}
/** A finite, non-empty sample. */
function assertSample(values, what) {
    assertNonEmpty(values, what);
    assertFinite(values, what);
}
/** `assertSample` that also tells whether the values are in ascending order, in the same one pass. */
function assertSampleAscending(values, what) {
    assertNonEmpty(values, what);
    // Fast path, one comparison a value: non-decreasing (a NaN fails every comparison) between finite ends.
    let sorted = true;
    for (let i = 1; i < values.length && sorted; i++)
        sorted = values[i] >= values[i - 1];
    if (sorted && Number.isFinite(values[0]) && Number.isFinite(values[values.length - 1]))
        return true;
    let ascending = true;
    let previous = Number.NEGATIVE_INFINITY;
    for (let i = 0; i < values.length; i++) {
        const value = values[i];
        if (!Number.isFinite(value)) {
            throw new errors_StatsInputError(`${what}[${i}] is ${value}; every value must be a finite number`);
        }
        if (value < previous)
            ascending = false;
        previous = value;
    }
    return ascending;
}
/** Two non-empty, non-negative vectors of the same length (counts or proportions). */
function errors_assertDistributions(p, q, names) {
    assertNonEmpty(p, names[0]);
    assertNonEmpty(q, names[1]);
    assertSameLength(p, q, `${names[0]} and ${names[1]}`);
    assertNonNegative(p, names[0]);
    assertNonNegative(q, names[1]);
}

;// CONCATENATED MODULE: ./packages/stats/src/benjamini-hochberg.ts
// Benjamini-Hochberg adjusted p-values (Benjamini & Hochberg 1995, "Controlling the false discovery rate",
// JRSS B 57(1)), matching scipy.stats.false_discovery_control(p, method="bh"): with p sorted ascending,
// adjusted_(i) = min_{j >= i} p_(j) * m / j, capped at 1, returned in the input order.

function benjaminiHochberg(pvalues) {
    assertNonEmpty(pvalues, "p-values");
    for (let i = 0; i < pvalues.length; i++) {
        const p = pvalues[i];
        if (!(p >= 0 && p <= 1))
            throw new errors_StatsInputError(`p-values[${i}] is ${p}; p-values must be in [0, 1]`);
    }
    const m = pvalues.length;
    const order = Array.from({ length: m }, (_, i) => i).sort((a, b) => pvalues[a] - pvalues[b]);
    const adjusted = new Array(m);
    let running = 1;
    for (let rank = m; rank >= 1; rank--) {
        const index = order[rank - 1];
        running = Math.min(running, (pvalues[index] * m) / rank);
        adjusted[index] = running;
    }
    return adjusted;
}

// EXTERNAL MODULE: ./node_modules/@stdlib/math-base-special-gammaln/lib/index.js
var lib = __webpack_require__(7711);
var lib_default = /*#__PURE__*/__webpack_require__.n(lib);
;// CONCATENATED MODULE: ./packages/stats/src/kolmogorov-durbin.ts
// Exact CDF of the two-sided one-sample Kolmogorov statistic, P(D_n < d), by Durbin's matrix formula
// (Durbin 1973, "Distribution theory for tests based on the sample distribution function", SIAM) as
// evaluated by Marsaglia, Tsang & Wang 2003, "Evaluating Kolmogorov's distribution", J. Stat. Softw. 8(18):
// with d = (k - h) / n, k integer and 0 <= h < 1, P(D_n < d) = n!/n^n * (H^n)[k-1][k-1] for an
// (2k-1)x(2k-1) matrix H. H^n is taken by repeated squaring; powers of two are split off into a separate
// exponent whenever entries grow large, so nothing overflows. Cost O(k^3 log n): meant for small n*d.
const SCALE_EXPONENT = 256;
const SCALE = 2 ** SCALE_EXPONENT;
function kolmogorovCdfDurbin(n, d) {
    if (d >= 1)
        return 1;
    const nd = n * d;
    if (nd <= 0.5)
        return 0;
    const k = Math.ceil(nd);
    const h = k - nd;
    const size = 2 * k - 1;
    const H = durbinMatrix(size, h);
    const { matrix, exponent } = matrixPower(H, n);
    let p = matrix[k - 1][k - 1];
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
function durbinMatrix(size, h) {
    const factorial = [1];
    for (let i = 1; i <= size; i++)
        factorial.push(factorial[i - 1] * i);
    const H = [];
    for (let i = 0; i < size; i++) {
        const row = new Float64Array(size);
        for (let j = 0; j < size; j++) {
            const power = i - j + 1;
            if (power >= 0)
                row[j] = 1 / factorial[power];
        }
        H.push(row);
    }
    const last = H[size - 1];
    for (let i = 0; i < size; i++) {
        const row = H[i];
        row[0] = row[0] - h ** (i + 1) / factorial[i + 1];
        last[i] = last[i] - h ** (size - i) / factorial[size - i];
    }
    if (2 * h - 1 > 0)
        last[0] = last[0] + (2 * h - 1) ** size / factorial[size];
    return H;
}
function multiply(a, b) {
    const size = a.length;
    const out = [];
    for (let i = 0; i < size; i++) {
        const rowA = a[i];
        const row = new Float64Array(size);
        for (let l = 0; l < size; l++) {
            const factor = rowA[l];
            if (factor === 0)
                continue;
            const rowB = b[l];
            for (let j = 0; j < size; j++)
                row[j] = row[j] + factor * rowB[j];
        }
        out.push(row);
    }
    return out;
}
function rescale(matrix) {
    let largest = 0;
    for (const row of matrix)
        for (const value of row)
            largest = Math.max(largest, Math.abs(value));
    if (largest <= SCALE)
        return 0;
    for (const row of matrix)
        for (let j = 0; j < row.length; j++)
            row[j] = row[j] / SCALE;
    return SCALE_EXPONENT;
}
function matrixPower(base, power) {
    const size = base.length;
    let result;
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
function identity(size) {
    return Array.from({ length: size }, (_, i) => {
        const row = new Float64Array(size);
        row[i] = 1;
        return row;
    });
}

;// CONCATENATED MODULE: ./packages/stats/src/kolmogorov-pelz-good.ts
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
function pelzGoodTerms(z) {
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
function kolmogorovSfPelzGood(n, d) {
    if (d <= 0)
        return 1;
    if (d >= 1)
        return 0;
    const z = Math.sqrt(n) * d;
    // Below this z every term underflows: the CDF is 0.
    if (-PI2 / 8 / (z * z) < -708)
        return 1;
    const [k0, k1, k2, k3] = pelzGoodTerms(z);
    return 1 - k0 - k1 / Math.sqrt(n) - k2 / n - k3 / n ** 1.5;
}

// EXTERNAL MODULE: ./node_modules/@stdlib/math-base-special-expm1/lib/index.js
var math_base_special_expm1_lib = __webpack_require__(141);
var math_base_special_expm1_lib_default = /*#__PURE__*/__webpack_require__.n(math_base_special_expm1_lib);
;// CONCATENATED MODULE: ./packages/stats/src/smirnov-sf.ts
// Exact survival function of the one-sided one-sample Kolmogorov-Smirnov statistic D+_n:
// P(D+_n >= x) = x * sum_{j=0}^{floor(n(1-x))} C(n, j) (1 - x - j/n)^(n-j) (x + j/n)^(j-1)
// (Smirnov 1944; Birnbaum & Tingey 1951, "One-sided confidence contours for probability distribution
// functions", Ann. Math. Statist. 22). Terms are positive; each is evaluated in log space.
// For n above 10^6 the sum is too long; like scipy.special.smirnov we then use the asymptotic
// P(D+_n >= x) ~ exp(-(6nx + 1)^2 / (18n)) (van Mulbregt 2018, "Computing the cumulative distribution
// function and quantiles of the one-sided Kolmogorov-Smirnov statistic", arXiv:1802.06966).


const MAX_EXACT_N = 1_000_000;
function smirnovSf(n, x) {
    if (Number.isNaN(x))
        return Number.NaN;
    if (x <= 0)
        return 1;
    if (x >= 1)
        return 0;
    if (n > MAX_EXACT_N && n * x > 1 && n * x < n - 1) {
        const logP = -((6 * n * x + 1) ** 2) / (18 * n);
        return logP < -Math.LN2 ? Math.exp(logP) : 1 + math_base_special_expm1_lib_default()(logP);
    }
    const last = Math.floor(n * (1 - x) + 1e-12 * n);
    const logN = lib_default()(n + 1);
    let total = 0;
    let peak = Number.NEGATIVE_INFINITY;
    for (let j = 0; j <= last; j++) {
        const low = 1 - x - j / n;
        if (low <= 0)
            break;
        const logTerm = logN - lib_default()(j + 1) - lib_default()(n - j + 1) + (n - j) * Math.log(low) + (j - 1) * Math.log(x + j / n);
        const term = Math.exp(logTerm);
        total += term;
        if (logTerm > peak)
            peak = logTerm;
        // Terms are unimodal in j: once well past the peak and negligible, the rest cannot matter.
        else if (logTerm < peak - 40 && term < total * 1e-17)
            break;
    }
    return Math.min(1, Math.max(0, x * total));
}

;// CONCATENATED MODULE: ./packages/stats/src/kolmogorov-sf.ts
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




const clip = (p) => Math.min(1, Math.max(0, p));
function kolmogorovSf(n, d) {
    if (!Number.isInteger(n) || n <= 0 || Number.isNaN(d))
        return Number.NaN;
    if (d >= 1)
        return 0;
    if (d <= 0)
        return 1;
    const t = n * d;
    if (t <= 1) {
        if (t <= 0.5)
            return 1;
        // P(D_n < d) = n!/n^n (2t - 1)^n for 1/(2n) <= d <= 1/n.
        let cdf;
        if (n <= 140) {
            cdf = 1;
            for (let i = 1; i <= n; i++)
                cdf *= (i / n) * (2 * t - 1);
        }
        else {
            cdf = Math.exp(lib_default()(n + 1) - n * Math.log(n) + n * Math.log(2 * t - 1));
        }
        return clip(1 - cdf);
    }
    if (t >= n - 1)
        return clip(2 * (1 - d) ** n);
    if (d >= 0.5)
        return clip(2 * smirnovSf(n, d));
    const nd2 = t * d;
    if (n <= 140) {
        if (nd2 <= 4)
            return clip(1 - kolmogorovCdfDurbin(n, d));
        return clip(2 * smirnovSf(n, d));
    }
    if (nd2 >= 370)
        return 0;
    if (nd2 >= 2.2)
        return clip(2 * smirnovSf(n, d));
    if (n <= 100000 && n * d ** 1.5 <= 1.4)
        return clip(1 - kolmogorovCdfDurbin(n, d));
    return clip(kolmogorovSfPelzGood(n, d));
}

;// CONCATENATED MODULE: ./packages/stats/src/ks-exact-two-sample.ts
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
function ksTwoSampleExactSf(m, n, h) {
    if (h <= 0)
        return 1;
    const g = gcd(m, n);
    const mg = m / g;
    const ng = n / g;
    const inside = (i, j) => Math.abs(i * ng - j * mg) < h;
    let row = new Float64Array(n + 2);
    let nextRow = new Float64Array(n + 2);
    row[0] = 1;
    let outside = 0;
    for (let i = 0; i <= m; i++) {
        // Band of row i: j with |i*ng - j*mg| < h.
        const lo = Math.max(0, Math.floor((i * ng - h) / mg));
        const hi = Math.min(n, Math.ceil((i * ng + h) / mg));
        for (let j = lo; j <= hi; j++) {
            const mass = row[j];
            if (mass === 0 || !inside(i, j))
                continue;
            const stepsRight = m - i;
            const stepsUp = n - j;
            const remaining = stepsRight + stepsUp;
            if (remaining === 0)
                continue;
            if (stepsRight > 0) {
                const share = (mass * stepsRight) / remaining;
                if (inside(i + 1, j))
                    nextRow[j] = nextRow[j] + share;
                else
                    outside += share;
            }
            if (stepsUp > 0) {
                const share = (mass * stepsUp) / remaining;
                if (inside(i, j + 1))
                    row[j + 1] = row[j + 1] + share;
                else
                    outside += share;
            }
        }
        row.fill(0, lo, hi + 2);
        [row, nextRow] = [nextRow, row];
    }
    return Math.min(1, outside);
}
function gcd(a, b) {
    let x = a;
    let y = b;
    while (y !== 0)
        [x, y] = [y, x % y];
    return x;
}

;// CONCATENATED MODULE: ./packages/stats/src/ks-two-sample.ts
// Two-sample Kolmogorov-Smirnov test (Smirnov 1939), matching scipy.stats.ks_2samp (alternative
// "two-sided"): statistic D = sup |F_a(x) - F_b(x)| over the pooled sample, with right-continuous ECDFs.
// p-values:
// - "exact": the exact permutation distribution of D (see ks-exact-two-sample.ts; Hodges 1957);
// - "asymp": the Kolmogorov distribution for n = round(m*n/(m+n)), as scipy does (kstwo.sf with the
//   effective sample size; see kolmogorov-sf.ts, Simard & L'Ecuyer 2011, Marsaglia-Tsang-Wang 2003);
// - "auto": exact when both samples have at most 10 000 values, otherwise asymp (scipy's rule).
// Like scipy, "exact" falls back to "asymp" when lcm(m, n) does not fit in a 32-bit signed integer.



const MAX_AUTO_EXACT_SIZE = 10_000;
const INT32_MAX = 2 ** 31 - 1;
function ksTwoSample(a, b, options = {}) {
    const requested = options.mode ?? "auto";
    if (requested !== "auto" && requested !== "exact" && requested !== "asymp") {
        throw new errors_StatsInputError(`mode is "${String(requested)}"; expected "auto", "exact" or "asymp"`);
    }
    if ((options.alternative ?? "two-sided") !== "two-sided") {
        throw new errors_StatsInputError(`alternative is "${String(options.alternative)}"; only "two-sided" is supported`);
    }
    assertSample(a, "first sample");
    assertSample(b, "second sample");
    const m = a.length;
    const n = b.length;
    const { statistic, lcmMultiple } = ksStatistic(a, b);
    let mode = requested === "auto" ? (Math.max(m, n) <= MAX_AUTO_EXACT_SIZE ? "exact" : "asymp") : requested;
    const g = gcd(m, n);
    if (mode === "exact" && m / g >= INT32_MAX / (n / g))
        mode = "asymp";
    if (mode === "exact") {
        const lcm = (m / g) * n;
        return { statistic: lcmMultiple / lcm, pvalue: ksTwoSampleExactSf(m, n, lcmMultiple), mode };
    }
    const effectiveN = roundHalfEven((m * n) / (m + n));
    return { statistic, pvalue: kolmogorovSf(effectiveN, statistic), mode };
}
/**
 * D as a float, and D * lcm(m, n) as an exact integer (|i*n - j*m| / gcd) for the exact distribution.
 */
function ksStatistic(a, b) {
    const x = Float64Array.from(a).sort();
    const y = Float64Array.from(b).sort();
    const m = x.length;
    const n = y.length;
    const g = gcd(m, n);
    let i = 0;
    let j = 0;
    let largest = 0;
    let smallest = 0;
    let largestInt = 0;
    let smallestInt = 0;
    while (i < m || j < n) {
        const value = Math.min(i < m ? x[i] : Number.POSITIVE_INFINITY, j < n ? y[j] : Number.POSITIVE_INFINITY);
        while (i < m && x[i] === value)
            i++;
        while (j < n && y[j] === value)
            j++;
        const difference = i / m - j / n;
        const differenceInt = (i * n - j * m) / g;
        if (differenceInt > largestInt) {
            largestInt = differenceInt;
            largest = difference;
        }
        if (differenceInt < smallestInt) {
            smallestInt = differenceInt;
            smallest = difference;
        }
    }
    return -smallest > largest
        ? { statistic: -smallest, lcmMultiple: -smallestInt }
        : { statistic: largest, lcmMultiple: largestInt };
}
/** numpy's round: halves go to the even neighbour. */
function roundHalfEven(value) {
    const floor = Math.floor(value);
    const fraction = value - floor;
    if (fraction !== 0.5)
        return Math.round(value);
    return floor % 2 === 0 ? floor : floor + 1;
}

;// CONCATENATED MODULE: ./packages/stats/src/sum.ts
// Compensated summation (Neumaier 1974, "Rundungsfehleranalyse einiger Verfahren zur Summation endlicher
// Summen", ZAMM 54): numpy sums pairwise, so a naive loop could drift from the golden values on long inputs.
function sum_sum(values) {
    const total = new CompensatedSum();
    for (let i = 0; i < values.length; i++)
        total.add(values[i]);
    return total.value;
}
/** `sum` one term at a time, for terms computed on the fly: the same result as `sum` of them in order. */
class CompensatedSum {
    total = 0;
    compensation = 0;
    add(value) {
        const next = this.total + value;
        this.compensation +=
            Math.abs(this.total) >= Math.abs(value) ? this.total - next + value : value - next + this.total;
        this.total = next;
    }
    get value() {
        // An infinite term makes the compensation NaN; the plain total is then the answer.
        return Number.isFinite(this.total) ? this.total + this.compensation : this.total;
    }
}

;// CONCATENATED MODULE: ./packages/stats/src/wasserstein-distance.ts
// First Wasserstein (earth mover's) distance between two 1-D empirical distributions, matching
// scipy.stats.wasserstein_distance: W1 = integral |U(x) - V(x)| dx over the pooled support, U and V
// the (weighted) empirical CDFs (Ramdas, Garcia & Cuturi 2017, "On Wasserstein two sample testing and
// related families of nonparametric tests", Entropy 19(2), eq. 3).


function wassersteinDistance(u, v, uWeights, vWeights) {
    const uAscending = assertSampleAscending(u, "first sample");
    const vAscending = assertSampleAscending(v, "second sample");
    const uCdf = weightedCdf(u, uAscending, uWeights, "first sample");
    const vCdf = weightedCdf(v, vAscending, vWeights, "second sample");
    const uValues = uCdf.values;
    const vValues = vCdf.values;
    const m = uValues.length;
    const n = vValues.length;
    // Walks the distinct values of the pooled sample in ascending order (a merge of the two sorted
    // samples, never built); between one and the next, |U - V| is constant. The pieces are summed as they
    // come (compensated, so in a fixed order: the same result as summing them afterwards).
    const total = new CompensatedSum();
    let i = 0;
    let j = 0;
    let x = Math.min(uValues[0], vValues[0]);
    for (;;) {
        while (i < m && uValues[i] <= x)
            i++;
        while (j < n && vValues[j] <= x)
            j++;
        if (i === m && j === n)
            break;
        const next = j === n || (i < m && uValues[i] <= vValues[j])
            ? uValues[i]
            : vValues[j];
        total.add(Math.abs(uCdf.at(i) - vCdf.at(j)) * (next - x));
        x = next;
    }
    return total.value;
}
function weightedCdf(values, ascending, weights, what) {
    if (weights === undefined) {
        const sorted = ascendingCopy(values, ascending);
        const size = sorted.length;
        return { values: sorted, at: (count) => count / size };
    }
    assertSameLength(values, weights, `${what} and its weights`);
    assertNonNegative(weights, `${what} weights`);
    // A stable sort of the positions: tied values add their weights in input order.
    const order = Array.from({ length: values.length }, (_, index) => index).sort((left, right) => values[left] - values[right]);
    const sorted = Float64Array.from(order, (index) => values[index]);
    const cumulative = new Float64Array(values.length + 1);
    for (let k = 0; k < order.length; k++) {
        cumulative[k + 1] = cumulative[k] + weights[order[k]];
    }
    const total = cumulative[values.length];
    if (!(total > 0))
        throw new errors_StatsInputError(`${what} weights sum to ${total}; they must sum to more than 0`);
    return { values: sorted, at: (count) => cumulative[count] / total };
}
/** The values ascending: the input itself when it is an already sorted Float64Array (it is not changed). */
function ascendingCopy(values, ascending) {
    if (values instanceof Float64Array && ascending)
        return values;
    return Float64Array.from(values).sort();
}

;// CONCATENATED MODULE: ./packages/stats/src/kll-ks-statistic.ts
// Two-sample Kolmogorov-Smirnov statistic from two KLL sketches instead of the raw samples:
// D = sup_x |F_a(x) - F_b(x)| with each F the sketch's estimated CDF. Each sketch's CDF is within its
// normalized rank error eps of the true ECDF at every x (with 99% confidence, Karnin, Lang & Liberty 2016),
// so the estimate is within eps_a + eps_b of the exact statistic; that sum is returned as `errorBound`.
// The supremum of the difference of two step functions is reached at one of their steps, i.e. at a
// retained item, so checking those points is enough.

function ksStatisticFromSketches(a, b) {
    if (a.n === 0 || b.n === 0)
        throw new errors_StatsInputError("a sketch is empty; both need at least one value");
    const left = a.sortedView();
    const right = b.sortedView();
    let i = 0;
    let j = 0;
    let weightA = 0;
    let weightB = 0;
    let statistic = 0;
    while (i < left.length || j < right.length) {
        const nextA = i < left.length ? left[i][0] : Number.POSITIVE_INFINITY;
        const nextB = j < right.length ? right[j][0] : Number.POSITIVE_INFINITY;
        const value = Math.min(nextA, nextB);
        while (i < left.length && left[i][0] === value)
            weightA += left[i++][1];
        while (j < right.length && right[j][0] === value)
            weightB += right[j++][1];
        statistic = Math.max(statistic, Math.abs(weightA / a.n - weightB / b.n));
    }
    return { statistic, errorBound: a.rankErrorBound + b.rankErrorBound };
}

// EXTERNAL MODULE: ./node_modules/@stdlib/math-base-special-gammainc/lib/index.js
var math_base_special_gammainc_lib = __webpack_require__(5479);
var math_base_special_gammainc_lib_default = /*#__PURE__*/__webpack_require__.n(math_base_special_gammainc_lib);
;// CONCATENATED MODULE: ./packages/stats/src/chi2-sf.ts
// Survival function of the chi-square distribution with `dof` degrees of freedom:
// P(X > x) = Q(dof / 2, x / 2), the regularized upper incomplete gamma function
// (Abramowitz & Stegun 26.4.19). Q comes from @stdlib (Boost's algorithm: series / continued fraction /
// Temme's uniform asymptotic expansion), the same family of methods scipy.special.gammaincc uses.


function chi2Sf(x, dof) {
    if (!(dof > 0))
        throw new errors_StatsInputError(`degrees of freedom is ${dof}; it must be > 0`);
    if (Number.isNaN(x))
        throw new errors_StatsInputError("chi-square value is NaN");
    if (x <= 0)
        return 1;
    if (x === Number.POSITIVE_INFINITY)
        return 0;
    return math_base_special_gammainc_lib_default()(x / 2, dof / 2, true, true);
}

;// CONCATENATED MODULE: ./packages/stats/src/proportions.ts
// Turns counts (or unnormalised weights) into proportions that sum to 1.


function proportions_proportions(counts, what = "counts") {
    assertNonEmpty(counts, what);
    assertNonNegative(counts, what);
    const total = sum_sum(counts);
    if (!(total > 0))
        throw new errors_StatsInputError(`${what} sum to 0; at least one must be > 0`);
    return Array.from(counts, (count) => count / total);
}
/** x * ln(x / y) with the conventions of scipy.special.rel_entr: 0 when x = 0, infinite when y = 0 < x. */
function relativeEntropyTerm(x, y) {
    if (x === 0)
        return 0;
    if (y === 0)
        return Number.POSITIVE_INFINITY;
    return x * Math.log(x / y);
}

;// CONCATENATED MODULE: ./packages/stats/src/jensen-shannon-distance.ts
// Jensen-Shannon distance (Lin 1991, "Divergence measures based on the Shannon entropy", IEEE Trans.
// Inf. Theory 37(1); Endres & Schindelin 2003 for the metric sqrt(JSD)), matching
// scipy.spatial.distance.jensenshannon(p, q, base): p and q are normalised, m = (p + q) / 2,
// distance = sqrt((D(p||m) + D(q||m)) / 2), with D in nats or divided by ln(base).
// A rounding-level negative divergence is taken as 0 (scipy would return NaN there).



function jensenShannonDistance(p, q, base) {
    errors_assertDistributions(p, q, ["p", "q"]);
    const pn = proportions_proportions(p, "p");
    const qn = proportions_proportions(q, "q");
    const terms = [];
    for (let i = 0; i < pn.length; i++) {
        const pi = pn[i];
        const qi = qn[i];
        const mi = (pi + qi) / 2;
        terms.push(relativeEntropyTerm(pi, mi), relativeEntropyTerm(qi, mi));
    }
    let divergence = sum_sum(terms);
    if (base !== undefined)
        divergence /= Math.log(base);
    return Math.sqrt(Math.max(0, divergence / 2));
}

;// CONCATENATED MODULE: ./packages/stats/src/histogram.ts
// Equal-width histogram binning as numpy does it, used to turn numeric samples into proportions for
// PSI, KL, Jensen-Shannon and Hellinger:
// - histogramBinEdges(values, "sturges") = np.histogram_bin_edges(values, bins="sturges"): the number of
//   bins is ceil(range / (range / (log2(n) + 1))) (Sturges 1926, "The choice of a class interval",
//   JASA 21); edges are start + i * (end - start) / bins with the last edge exactly the maximum; a
//   constant sample gets one bin [x - 0.5, x + 0.5].
//   Evidently (legacy get_binned_data) bins numeric columns with more than 20 unique reference values
//   this way, on the pooled reference + current sample.
// - histogramCounts(values, edges) = np.histogram(values, edges)[0]: bins are [e_i, e_(i+1)), the last
//   one closed; values outside the edges are not counted. histogramCountsSorted gives the same counts for
//   ascending values in O(bins log n), each bin the distance between two binary-searched positions.

function histogramBinEdges(values, bins = "sturges") {
    assertSample(values, "values");
    let min = Number.POSITIVE_INFINITY;
    let max = Number.NEGATIVE_INFINITY;
    for (let i = 0; i < values.length; i++) {
        const value = values[i];
        if (value < min)
            min = value;
        if (value > max)
            max = value;
    }
    const range = max - min;
    let count;
    if (bins === "sturges") {
        const width = range / (Math.log2(values.length) + 1);
        count = width > 0 ? Math.ceil(range / width) : 1;
    }
    else {
        if (!Number.isInteger(bins) || bins < 1)
            throw new errors_StatsInputError(`bins is ${bins}; it must be an integer >= 1`);
        count = bins;
    }
    const first = range === 0 ? min - 0.5 : min;
    const last = range === 0 ? max + 0.5 : max;
    const step = (last - first) / count;
    const edges = Array.from({ length: count + 1 }, (_, i) => i * step + first);
    edges[count] = last;
    return edges;
}
function histogramCounts(values, edges) {
    if (edges.length < 2)
        throw new StatsInputError(`edges has ${edges.length} values; at least 2 are needed`);
    const binCount = edges.length - 1;
    const counts = new Array(binCount).fill(0);
    const first = edges[0];
    const last = edges[binCount];
    for (let i = 0; i < values.length; i++) {
        const value = values[i];
        if (Number.isNaN(value))
            throw new StatsInputError(`values[${i}] is NaN`);
        if (value < first || value > last)
            continue;
        // Largest bin index b with edges[b] <= value, the last bin taking the upper edge too.
        let low = 0;
        let high = binCount - 1;
        while (low < high) {
            const mid = (low + high + 1) >> 1;
            if (edges[mid] <= value)
                low = mid;
            else
                high = mid - 1;
        }
        counts[low] = counts[low] + 1;
    }
    return counts;
}
/** `histogramCounts` of values already in ascending order (as a profile's sorted numbers), without a pass. */
function histogramCountsSorted(sorted, edges) {
    if (edges.length < 2)
        throw new errors_StatsInputError(`edges has ${edges.length} values; at least 2 are needed`);
    const binCount = edges.length - 1;
    const counts = new Array(binCount);
    // A value lands in the largest bin b with edges[b] <= value: bin b holds [edges[b], edges[b + 1]),
    // ties of equal edges going to the later bin, and the last bin also holds values equal to its upper edge.
    let start = firstAtLeast(sorted, edges[0]);
    for (let b = 0; b < binCount; b++) {
        const upper = edges[b + 1];
        const end = b === binCount - 1 ? firstAbove(sorted, upper) : firstAtLeast(sorted, upper);
        counts[b] = Math.max(0, end - start);
        start = Math.max(start, end);
    }
    return counts;
}
/** The first position whose value is >= x (the length when none is). */
function firstAtLeast(sorted, x) {
    let low = 0;
    let high = sorted.length;
    while (low < high) {
        const mid = (low + high) >>> 1;
        if (sorted[mid] < x)
            low = mid + 1;
        else
            high = mid;
    }
    return low;
}
/** The first position whose value is > x (the length when none is). */
function firstAbove(sorted, x) {
    let low = 0;
    let high = sorted.length;
    while (low < high) {
        const mid = (low + high) >>> 1;
        if (sorted[mid] <= x)
            low = mid + 1;
        else
            high = mid;
    }
    return low;
}

;// CONCATENATED MODULE: ./packages/stats/src/psi.ts
// Population stability index (Siddiqi 2006, "Credit Risk Scorecards", ch. 8; Yurdakul 2018, "Statistical
// properties of population stability index"): PSI = sum (e_i - a_i) ln(e_i / a_i) over bins, e the
// expected (reference) and a the actual (current) proportions.
// Empty bins would make a term infinite; like Evidently (legacy stattests/utils.py get_binned_data with
// feel_zeroes) each vector's zero proportions are replaced by a small epsilon: 1e-4, or the vector's
// smallest non-zero proportion / 1e6 when that is itself <= 1e-4 (see fillZeroProportions).



const PSI_ZERO_EPSILON = 1e-4;
/** Evidently's zero replacement: 0 -> 1e-4, or min non-zero / 1e6 if that minimum is <= 1e-4. */
function fillZeroProportions(values) {
    let smallestNonZero = Number.POSITIVE_INFINITY;
    for (let i = 0; i < values.length; i++) {
        const value = values[i];
        if (value > 0 && value < smallestNonZero)
            smallestNonZero = value;
    }
    if (smallestNonZero === Number.POSITIVE_INFINITY)
        throw new errors_StatsInputError("every proportion is 0");
    const epsilon = smallestNonZero <= PSI_ZERO_EPSILON ? smallestNonZero / 1e6 : PSI_ZERO_EPSILON;
    return Array.from(values, (value) => (value === 0 ? epsilon : value));
}
/** PSI of `actual` against `expected`; both are counts or proportions over the same bins. */
function psi(expected, actual) {
    assertDistributions(expected, actual, ["expected", "actual"]);
    const e = fillZeroProportions(proportions(expected, "expected"));
    const a = fillZeroProportions(proportions(actual, "actual"));
    return sum(e.map((value, i) => (value - a[i]) * Math.log(value / a[i])));
}

;// CONCATENATED MODULE: ./packages/drift/src/sketch-estimates.ts
/** Shares of the stream in each bin `[edges[i], edges[i+1])` (last bin closed); each share is within 2ε. */
function sketchHistogramShares(sketch, edges) {
    const shares = [];
    const last = edges.length - 2;
    for (let i = 0; i <= last; i++) {
        const lo = edges[i];
        const hi = edges[i + 1];
        const below = lo <= sketch.min ? 0 : rankBelow(sketch, lo);
        const upTo = i === last ? 1 : rankBelow(sketch, hi);
        shares.push(Math.max(0, upTo - below));
    }
    return shares;
}
/** Estimated share of the stream strictly below x. */
function rankBelow(sketch, x) {
    let below = 0;
    let total = 0;
    for (const [value, weight] of sketch.sortedView()) {
        total += weight;
        if (value < x)
            below += weight;
    }
    return total === 0 ? 0 : below / total;
}
/**
 * W1 between two sketched distributions as ∫₀¹ |F⁻¹(q) − G⁻¹(q)| dq on a grid of 2000 quantiles
 * (midpoint rule). Its error is bounded by the quantile functions' error, which the rank error ε moves by
 * at most the spread of the data within ε of each quantile.
 */
function sketchWasserstein(a, b, steps = 2000) {
    let total = 0;
    for (let i = 0; i < steps; i++) {
        const q = (i + 0.5) / steps;
        total += Math.abs(a.quantile(q) - b.quantile(q));
    }
    return total / steps;
}

;// CONCATENATED MODULE: ./packages/drift/src/binning.ts
// How Evidently turns two samples into two vectors of proportions (legacy stattests' get_binned_data):
// numbers with more than 20 distinct reference values into numpy's Sturges bins of the pooled sample,
// anything else one bin per distinct value of either sample.


const NUMERIC_BIN_MIN_UNIQUE = 20;
function binnedShares(ref, cur, numerical, fillZeroes) {
    const binned = numerical && distinctCount(ref) > NUMERIC_BIN_MIN_UNIQUE ? numericBins(ref, cur) : valueBins(ref, cur);
    if (fillZeroes) {
        binned.reference = fillZeroProportions(binned.reference);
        binned.current = fillZeroProportions(binned.current);
    }
    return binned;
}
function numericBins(ref, cur) {
    const [a, b] = [ref.sortedValues(), cur.sortedValues()];
    if (a && b) {
        const pooled = new Float64Array(a.length + b.length);
        pooled.set(a);
        pooled.set(b, a.length);
        const edges = histogramBinEdges(pooled, "sturges");
        return {
            reference: histogramCountsSorted(a, edges).map((c) => c / ref.nonNull),
            current: histogramCountsSorted(b, edges).map((c) => c / cur.nonNull),
            labels: rangeLabels(edges),
            exact: true,
        };
    }
    const min = Math.min(ref.moments.min, cur.moments.min);
    const max = Math.max(ref.moments.max, cur.moments.max);
    const edges = sturgesEdges(min, max, ref.numbers + cur.numbers);
    return {
        reference: sketchHistogramShares(ref.sketch, edges),
        current: sketchHistogramShares(cur.sketch, edges),
        labels: rangeLabels(edges),
        exact: false,
    };
}
function sturgesEdges(min, max, n) {
    const bins = Math.ceil(Math.log2(n) + 1);
    const lo = min === max ? min - 0.5 : min;
    const hi = min === max ? max + 0.5 : max;
    return Array.from({ length: bins + 1 }, (_, i) => lo + ((hi - lo) * i) / bins);
}
function valueBins(ref, cur) {
    const labels = unionKeys(ref, cur);
    return {
        reference: labels.map((key) => (ref.categories.get(key) ?? 0) / ref.nonNull),
        current: labels.map((key) => (cur.categories.get(key) ?? 0) / cur.nonNull),
        labels,
        exact: ref.categoriesComplete && cur.categoriesComplete,
    };
}
/** Distinct non-null values of both samples, in first-seen order (reference first). */
function unionKeys(ref, cur) {
    const keys = new Set(ref.categories.keys());
    for (const key of cur.categories.keys())
        keys.add(key);
    return [...keys];
}
/** Distinct non-null values; a lower bound (the cap + 1) when values were counted as "other". */
function distinctCount(profile) {
    return profile.distinct;
}
/**
 * Distinct non-null values of both samples together (a lower bound past the value-count cap); with
 * `enough`, the counting may stop there: the answer is then `enough` for any count at least that large.
 */
function unionDistinctCount(ref, cur, enough = Number.POSITIVE_INFINITY) {
    if (ref.categoriesComplete && cur.categoriesComplete)
        return Math.min(unionKeys(ref, cur).length, enough);
    const [a, b] = [ref.sortedValues(), cur.sortedValues()];
    if (a && b && ref.texts === 0 && cur.texts === 0)
        return distinctOfSortedPair(a, b, enough);
    return Math.min(Math.max(distinctCount(ref), distinctCount(cur)), enough);
}
function rangeLabels(edges) {
    return edges
        .slice(0, -1)
        .map((lo, i) => `[${round(lo)}, ${round(edges[i + 1])}${i === edges.length - 2 ? "]" : ")"}`);
}
function round(value) {
    return String(Number(value.toPrecision(4)));
}
/** Distinct values of two ascending arrays together, by merging them, up to `enough`. */
function distinctOfSortedPair(a, b, enough) {
    let i = 0;
    let j = 0;
    let distinct = 0;
    let last = Number.NaN;
    while ((i < a.length || j < b.length) && distinct < enough) {
        const next = j >= b.length || (i < a.length && a[i] <= b[j])
            ? a[i++]
            : b[j++];
        if (next !== last)
            distinct += 1;
        last = next;
    }
    return distinct;
}

;// CONCATENATED MODULE: ./packages/drift/src/summaries.ts



const CHART_BINS = 20;
const CHART_CATEGORIES = 20;
const QUANTILES = [0.05, 0.1, 0.25, 0.5, 0.75, 0.9, 0.95];
/** Aggregates of one side for the report (never raw rows). */
function summarize(profile) {
    const summary = {
        count: profile.count,
        nulls: profile.nulls,
        distinct: distinctCount(profile),
    };
    if (profile.numbers > 0) {
        summary.mean = profile.moments.mean;
        summary.std = profile.moments.std(0);
        summary.min = profile.moments.min;
        summary.max = profile.moments.max;
    }
    return summary;
}
/** Shares of both sides on the same bins (numbers) or values (the most frequent, then "other"). */
function chartData(ref, cur, numerical) {
    if (numerical && ref.numbers > 0 && cur.numbers > 0) {
        const lo = Math.min(ref.moments.min, cur.moments.min);
        const hi = Math.max(ref.moments.max, cur.moments.max);
        const edges = histogramBinEdges([lo, hi], lo === hi ? 1 : CHART_BINS);
        const labels = edges.slice(0, -1).map((e) => String(Number(e.toPrecision(4))));
        return {
            ref: { labels, shares: binShares(ref, edges), edges },
            cur: { labels, shares: binShares(cur, edges), edges },
        };
    }
    const totals = new Map();
    for (const side of [ref, cur]) {
        for (const [key, count] of side.categories)
            totals.set(key, (totals.get(key) ?? 0) + count / Math.max(1, side.nonNull));
    }
    const top = [...totals]
        .sort((a, b) => b[1] - a[1])
        .slice(0, CHART_CATEGORIES)
        .map(([key]) => key);
    const shares = (side) => {
        const values = top.map((key) => (side.categories.get(key) ?? 0) / Math.max(1, side.nonNull));
        const rest = 1 - values.reduce((a, b) => a + b, 0);
        return rest > 1e-9 ? [...values, rest] : values;
    };
    const labels = totals.size > top.length ? [...top, "(other)"] : top;
    const refShares = shares(ref);
    const curShares = shares(cur);
    const width = Math.max(refShares.length, curShares.length);
    const pad = (values) => [...values, ...Array(width - values.length).fill(0)];
    return {
        ref: { labels: padLabels(labels, width), shares: pad(refShares) },
        cur: { labels: padLabels(labels, width), shares: pad(curShares) },
    };
}
function padLabels(labels, width) {
    return labels.length >= width ? labels : [...labels, "(other)"];
}
/** The quantile (numbers) or value share (categories) that moved most between the two sides. */
function largestMovement(ref, cur, numerical) {
    if (numerical && ref.numbers > 0 && cur.numbers > 0) {
        let best;
        for (const q of QUANTILES) {
            const a = quantile(ref, q);
            const b = quantile(cur, q);
            if (!best || Math.abs(b - a) > Math.abs(best.current - best.reference)) {
                best = { kind: "quantile", label: `p${Math.round(q * 100)}`, reference: a, current: b };
            }
        }
        return best;
    }
    let best;
    const keys = new Set([...ref.categories.keys(), ...cur.categories.keys()]);
    for (const key of keys) {
        const a = (ref.categories.get(key) ?? 0) / Math.max(1, ref.nonNull);
        const b = (cur.categories.get(key) ?? 0) / Math.max(1, cur.nonNull);
        if (!best || Math.abs(b - a) > Math.abs(best.current - best.reference)) {
            best = { kind: "value", label: key, reference: a, current: b };
        }
    }
    return best;
}
/** Shares per bin: exact from the kept numbers, else from the sketch. */
function binShares(profile, edges) {
    const sorted = profile.sortedValues();
    if (!sorted)
        return sketchHistogramShares(profile.sketch, edges);
    return histogramCountsSorted(sorted, edges).map((count) => count / sorted.length);
}
/** The smallest value whose share of values at or below it is at least q (as KllSketch.quantile). */
function quantile(profile, q) {
    const sorted = profile.sortedValues();
    if (!sorted)
        return profile.sketch.quantile(q);
    return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

;// CONCATENATED MODULE: ./packages/drift/src/base-drift.ts

/** What every column result starts from: summaries, chart data, new categories, the largest movement. */
function baseDrift(ref, cur, type) {
    const numerical = type === "numerical";
    const chart = chartData(ref, cur, numerical);
    const newCategories = numerical ? [] : [...cur.categories.keys()].filter((key) => !ref.categories.has(key));
    const movement = largestMovement(ref, cur, numerical);
    return {
        column: ref.name,
        type,
        verdict: "ok",
        drifted: false,
        exact: true,
        notes: [],
        ...(newCategories.length > 0 && { newCategories: newCategories.slice(0, 50) }),
        ...(movement && { movement }),
        reference: { ...summarize(ref), ...(chart.ref && { histogram: chart.ref }) },
        current: { ...summarize(cur), ...(chart.cur && { histogram: chart.cur }) },
    };
}
function skip(base, note) {
    return { ...base, verdict: "skipped", drifted: false, notes: [...base.notes, note] };
}

;// CONCATENATED MODULE: ./packages/drift/src/auto-method.ts
// drift-check's own method. Every tested column gets a p-value (KS for numbers, chi-square test of
// homogeneity for categories) and an effect size (Wasserstein distance over the reference's spread for
// numbers, Jensen-Shannon distance in bits for categories). The p-values are adjusted together with
// Benjamini-Hochberg. Then, per column:
// - small samples (the smaller side under LARGE_SAMPLE rows): drift when adjusted p < 0.01, warn when < 0.05;
// - large samples: drift when effect >= 0.1, warn when >= 0.05 — but ok when adjusted p >= 0.05, so noise
//   cannot reach a tier. A p-value alone never flags a large sample: at 10^6 rows any difference is
//   "significant", the effect size says whether it matters.
// Defined results where the standard tests break are documented in the README (constant, all-null,
// new categories, type change, ID-like columns).




const AUTO_RULE = {
    largeSample: 1000,
    effectDrift: 0.1,
    effectWarn: 0.05,
    pDrift: 0.01,
    pWarn: 0.05,
    /** A new category at least this share of current rows makes the column at least "warn". */
    newCategoryWarnShare: 0.01,
    /** At least this many non-null values, all distinct: an identifier, skipped. */
    idLikeMinRows: 20,
    integerCategoricalLimit: 10,
};
/** Numerical when every non-null reference value is a number and there are more than 10 distinct ones. */
function autoColumnType(profile, forceCategorical) {
    if (forceCategorical)
        return "categorical";
    if (profile.texts === 0 && profile.numbers > 0) {
        const wholeNumbers = profile.integers === profile.numbers;
        return wholeNumbers && distinctCount(profile) <= AUTO_RULE.integerCategoricalLimit
            ? "categorical"
            : "numerical";
    }
    if (profile.texts === 0)
        return "numerical";
    return "categorical";
}
const pending = new WeakMap();
/** A column's p-value and effect; the verdict waits for the other columns' p-values (`finishAuto`). */
function autoColumnDrift(ref, cur, forceCategorical, effectThreshold) {
    const type = autoColumnType(ref, forceCategorical);
    const base = baseDrift(ref, cur, type);
    const threshold = effectThreshold ?? AUTO_RULE.effectDrift;
    if (ref.nonNull === 0 && cur.nonNull === 0)
        return skip(base, "every value is missing in both datasets");
    if (ref.nonNull === 0 || cur.nonNull === 0) {
        const side = ref.nonNull === 0 ? "reference" : "current";
        return {
            ...base,
            verdict: "drift",
            drifted: true,
            threshold,
            notes: [`every value is missing in the ${side} data`],
        };
    }
    if (isIdLike(ref, type) && isIdLike(cur, type)) {
        return skip(base, "ID-like: every value is distinct, so its distribution carries no signal");
    }
    if (type === "numerical" && cur.texts > 0) {
        const example = [...cur.categories.keys()].find((key) => Number.isNaN(Number(key))) ?? "";
        return {
            ...base,
            verdict: "drift",
            drifted: true,
            threshold,
            notes: [
                `type changed: numbers in the reference, text in the current data (${cur.texts} values, e.g. '${example}')`,
            ],
        };
    }
    if (type === "categorical" && ref.texts === 0 && ref.numbers > 0 && cur.texts > 0 && cur.numbers === 0) {
        base.notes.push("type changed: numbers in the reference, text in the current data");
    }
    const tested = type === "numerical" ? numericTest(ref, cur) : categoricalTest(ref, cur);
    const large = Math.min(ref.nonNull, cur.nonNull) >= AUTO_RULE.largeSample;
    const newShare = (base.newCategories ?? []).reduce((sum, key) => sum + (cur.categories.get(key) ?? 0), 0) / cur.nonNull;
    if (base.newCategories && base.newCategories.length > 0) {
        base.notes.push(`categories never seen in the reference: ${base.newCategories.map((c) => `'${c}'`).join(", ")}`);
    }
    const drift = {
        ...base,
        test: type === "numerical" ? "ks" : "chisquare",
        statistic: tested.pvalue,
        effect: {
            name: type === "numerical" ? "wasserstein / reference std" : "jensen-shannon (bits)",
            value: tested.effect,
        },
        threshold,
        exact: tested.exact,
        ...(tested.errorBound !== undefined && { errorBound: tested.errorBound }),
    };
    pending.set(drift, { drift, pvalue: tested.pvalue, large, newCategoryShare: newShare });
    return drift;
}
/** Adjusts the p-values of all tested columns together and gives each its tier. */
function finishAuto(columns) {
    const waiting = columns.map((c) => pending.get(c)).filter((p) => p !== undefined);
    const adjusted = waiting.length > 0 ? benjaminiHochberg(waiting.map((p) => p.pvalue)) : [];
    const finished = new Map();
    waiting.forEach((entry, i) => {
        const p = adjusted[i];
        const effect = entry.drift.effect?.value ?? 0;
        const drift = entry.drift.threshold ?? AUTO_RULE.effectDrift;
        const warn = Math.min(AUTO_RULE.effectWarn, drift / 2);
        let verdict;
        if (entry.large)
            verdict = p >= AUTO_RULE.pWarn ? "ok" : effect >= drift ? "drift" : effect >= warn ? "warn" : "ok";
        else
            verdict = p < AUTO_RULE.pDrift ? "drift" : p < AUTO_RULE.pWarn ? "warn" : "ok";
        if (verdict === "ok" && entry.newCategoryShare >= AUTO_RULE.newCategoryWarnShare)
            verdict = "warn";
        finished.set(entry.drift, { ...entry.drift, adjustedPValue: p, verdict, drifted: verdict === "drift" });
    });
    return columns.map((c) => finished.get(c) ?? c);
}
function isIdLike(profile, type) {
    if (type === "numerical" && profile.integers !== profile.numbers)
        return false;
    if (type === "numerical" && profile.texts === 0 && profile.integers === profile.numbers) {
        // Whole numbers all distinct: an identifier only if they are (nearly) consecutive.
        const span = profile.moments.max - profile.moments.min + 1;
        if (span > profile.nonNull * 1.5)
            return false;
    }
    if (profile.nonNull < AUTO_RULE.idLikeMinRows)
        return false;
    // Past the value-count cap only text can still be an identifier (or free text): too many to compare.
    const countable = profile.categoriesComplete || (profile.texts === 0 && profile.exactValues !== null);
    return countable ? profile.distinct === profile.nonNull : profile.texts > 0;
}
function numericTest(ref, cur) {
    const refStd = ref.moments.std(0);
    const curStd = cur.moments.std(0);
    // A constant reference has no spread to measure by: use the current spread, else the value's size.
    const scale = refStd > 0 ? refStd : curStd > 0 ? curStd : Math.max(Math.abs(ref.moments.mean), 1);
    const [a, b] = [ref.sortedValues(), cur.sortedValues()];
    if (a && b) {
        const pvalue = refStd === 0 && curStd === 0 && ref.moments.mean === cur.moments.mean ? 1 : ksTwoSample(a, b).pvalue;
        return { pvalue, effect: wassersteinDistance(a, b) / scale, exact: true };
    }
    const ks = ksStatisticFromSketches(ref.sketch, cur.sketch);
    const n = Math.round((ref.numbers * cur.numbers) / (ref.numbers + cur.numbers));
    return {
        pvalue: kolmogorovSf(n, ks.statistic),
        effect: sketchWasserstein(ref.sketch, cur.sketch) / scale,
        exact: false,
        errorBound: ks.errorBound,
    };
}
/** Chi-square test of homogeneity on the 2 × k table (handles values only one side has). */
function categoricalTest(ref, cur) {
    const keys = unionKeys(ref, cur);
    const refCounts = keys.map((k) => ref.categories.get(k) ?? 0);
    const curCounts = keys.map((k) => cur.categories.get(k) ?? 0);
    if (ref.otherCount > 0 || cur.otherCount > 0) {
        refCounts.push(ref.otherCount);
        curCounts.push(cur.otherCount);
    }
    const exact = ref.categoriesComplete && cur.categoriesComplete;
    const n1 = ref.nonNull;
    const n2 = cur.nonNull;
    let statistic = 0;
    let cells = 0;
    refCounts.forEach((a, i) => {
        const b = curCounts[i];
        const total = a + b;
        if (total === 0)
            return;
        cells += 1;
        const e1 = (total * n1) / (n1 + n2);
        const e2 = (total * n2) / (n1 + n2);
        statistic += (a - e1) ** 2 / e1 + (b - e2) ** 2 / e2;
    });
    const pvalue = cells < 2 ? 1 : chi2Sf(statistic, cells - 1);
    const effect = jensenShannonDistance(refCounts.map((c) => c / n1), curCounts.map((c) => c / n2), 2);
    return { pvalue, effect, exact };
}

;// CONCATENATED MODULE: ./packages/data/src/short-decimal.ts
/**
 * `shortDecimal`/`shortDecimalBytes` could not decide (more than 15 digits, an exponent, a long text): parse
 * the text with a regular expression and `Number`. (-1.5 itself also reads as this and takes the long way.)
 */
const NOT_SHORT = -1.5;
const POWERS_OF_TEN = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];
const PLUS = 43;
const MINUS = 45;
const ZERO = 48;
/**
 * The value of the bytes `[start, end)` when they spell `[+-]?digits[.digits]` with at most 15 digits,
 * read straight from the bytes (no string made): the digits as an exact integer divided by an exact power
 * of ten, one correctly rounded operation, so the result is the one `Number()` gives (Clinger's fast
 * path). `undefined` when the bytes are not a number (a fraction only when `fraction`); `NOT_SHORT` when
 * they may be one this does not read, so the caller asks `parseInteger`/`parseDecimal` on the text. The
 * same decisions as `value.ts`'s reading of a string, byte for character: a non-ASCII byte is never a
 * digit, and a text longer than 17 bytes is always left to the text parser.
 */
function shortDecimalBytes(bytes, start, end, fraction) {
    const length = end - start;
    if (length <= 0 || length > 17)
        return length <= 0 ? undefined : NOT_SHORT;
    let i = start;
    const first = bytes[i];
    const negative = first === MINUS;
    if (negative || first === PLUS)
        i++;
    let mantissa = 0;
    let digits = 0;
    let point = -1;
    for (; i < end; i++) {
        const code = bytes[i] - ZERO;
        if (code >= 0 && code <= 9) {
            mantissa = mantissa * 10 + code;
            digits++;
        }
        else if (code === -2 && fraction && point === -1)
            point = digits;
        else
            return code === 53 || code === 21 ? NOT_SHORT : undefined; // e or E: an exponent
    }
    if (digits === 0)
        return undefined;
    if (digits > 15)
        return NOT_SHORT;
    const value = point === -1 ? mantissa : mantissa / (POWERS_OF_TEN[digits - point] ?? 1);
    return negative ? -value : value;
}
/**
 * The value of `[+-]?digits[.digits]` with at most 15 digits, read from character codes because
 * numeric columns are read once per row: digits as an exact integer divided by an exact power of ten,
 * one correctly rounded operation, so the result is the one `Number()` gives (Clinger's fast path).
 * `undefined` when the text is not a number of that shape (a fraction only when `fraction`), and
 * `NOT_SHORT` when it may be a number this does not read (more digits, an exponent).
 */
function shortDecimal(text, fraction) {
    const length = text.length;
    if (length === 0 || length > 17)
        return length === 0 ? undefined : NOT_SHORT;
    let i = 0;
    let code = text.charCodeAt(0);
    const negative = code === 45;
    if (negative || code === 43)
        i = 1;
    let mantissa = 0;
    let digits = 0;
    let point = -1;
    for (; i < length; i++) {
        code = text.charCodeAt(i) - 48;
        if (code >= 0 && code <= 9) {
            mantissa = mantissa * 10 + code;
            digits++;
        }
        else if (code === -2 && fraction && point === -1)
            point = digits;
        else
            return code === 53 || code === 21 ? NOT_SHORT : undefined; // e or E: an exponent
    }
    if (digits === 0)
        return undefined;
    if (digits > 15)
        return NOT_SHORT;
    const value = point === -1 ? mantissa : mantissa / (POWERS_OF_TEN[digits - point] ?? 1);
    return negative ? -value : value;
}

;// CONCATENATED MODULE: ./packages/drift/src/cell.ts

// pandas.read_csv's default missing-value words, so that a CSV means the same here as in pandas.
const MISSING_WORDS = new Set([
    "",
    "#N/A",
    "#N/A N/A",
    "#NA",
    "-1.#IND",
    "-1.#QNAN",
    "-NaN",
    "-nan",
    "1.#IND",
    "1.#QNAN",
    "<NA>",
    "N/A",
    "NA",
    "NULL",
    "NaN",
    "None",
    "n/a",
    "nan",
    "null",
]);
const INFINITY = /^[+-]?inf(inity)?$/i;
const DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
/** Classifies one cell; infinities count as missing, as Evidently drops them before testing. */
function cell_profileCell(cell) {
    if (cell === null)
        return null;
    if (typeof cell === "number")
        return Number.isFinite(cell) ? cell : null;
    if (typeof cell === "boolean")
        return cell ? "True" : "False";
    // The most common cell, `[+-]?digits[.digits]` with at most 15 digits, read without a regex; anything
    // else (NOT_SHORT or undefined) is left to the general path below.
    const plain = shortDecimal(cell, true);
    if (plain !== undefined && plain !== NOT_SHORT)
        return plain;
    if (isPlainWord(cell))
        return cell;
    const text = cell.trim();
    if (MISSING_WORDS.has(text))
        return null;
    if (DECIMAL.test(text)) {
        const value = Number(text);
        return Number.isFinite(value) ? value : null;
    }
    if (INFINITY.test(text))
        return null;
    return cell;
}
/** Whether a value-count key is a number's (text that looks like a number is read as one). */
function isNumberKey(key) {
    return DECIMAL.test(key);
}
/**
 * Text that cannot be a missing word, a number or an infinity, nor have spaces to trim: it starts with an
 * ASCII letter other than the first letters of those words (N, n, i, I) and ends with a visible ASCII
 * character. The most common text cell ("yes", "red", "True"...) skips the general path's regexes.
 */
function isPlainWord(text) {
    const first = text.charCodeAt(0) | 0x20; // lower-cased when a letter
    if (first < 97 || first > 122 || first === 105 || first === 110)
        return false; // a-z but not i, n
    const last = text.charCodeAt(text.length - 1);
    return last > 32 && last < 127;
}

;// CONCATENATED MODULE: ./packages/stats/src/moments.ts
// Streaming count, mean, variance, min and max in one pass, mergeable across shards: Welford 1962
// ("Note on a method for calculating corrected sums of squares and products", Technometrics 4(3)) for
// updates and Chan, Golub & LeVeque 1979/1983 ("Algorithms for computing the sample variance") for the
// pairwise merge of (count, mean, M2).

class Moments {
    count = 0;
    mean = 0;
    /** Sum of squared deviations from the mean. */
    m2 = 0;
    min = Number.POSITIVE_INFINITY;
    max = Number.NEGATIVE_INFINITY;
    update(value) {
        if (!Number.isFinite(value))
            throw new errors_StatsInputError(`value is ${value}; moments take finite numbers only`);
        this.count += 1;
        const delta = value - this.mean;
        this.mean += delta / this.count;
        this.m2 += delta * (value - this.mean);
        if (value < this.min)
            this.min = value;
        if (value > this.max)
            this.max = value;
        return this;
    }
    updateAll(values) {
        for (const value of values)
            this.update(value);
        return this;
    }
    merge(other) {
        if (other.count === 0)
            return this;
        if (this.count === 0) {
            Object.assign(this, {
                count: other.count,
                mean: other.mean,
                m2: other.m2,
                min: other.min,
                max: other.max,
            });
            return this;
        }
        const count = this.count + other.count;
        const delta = other.mean - this.mean;
        this.mean += (delta * other.count) / count;
        this.m2 += other.m2 + (delta * delta * this.count * other.count) / count;
        this.count = count;
        this.min = Math.min(this.min, other.min);
        this.max = Math.max(this.max, other.max);
        return this;
    }
    /** Variance with `ddof` delta degrees of freedom (0: population, as numpy.var; 1: sample). */
    variance(ddof = 0) {
        return this.count - ddof > 0 ? this.m2 / (this.count - ddof) : Number.NaN;
    }
    std(ddof = 0) {
        return Math.sqrt(this.variance(ddof));
    }
    toJSON() {
        const empty = this.count === 0;
        return {
            count: this.count,
            mean: this.mean,
            m2: this.m2,
            min: empty ? null : this.min,
            max: empty ? null : this.max,
        };
    }
    static fromJSON(json) {
        if (!Number.isInteger(json.count) || json.count < 0 || !(json.m2 >= 0) || !Number.isFinite(json.mean)) {
            throw new errors_StatsInputError("moments JSON is invalid: count must be an integer >= 0, m2 >= 0, mean finite");
        }
        const moments = new Moments();
        moments.count = json.count;
        moments.mean = json.mean;
        moments.m2 = json.m2;
        moments.min = json.min ?? Number.POSITIVE_INFINITY;
        moments.max = json.max ?? Number.NEGATIVE_INFINITY;
        return moments;
    }
}

;// CONCATENATED MODULE: ./packages/stats/src/kll-sketch.ts
// KLL quantile sketch (Karnin, Lang & Liberty 2016, "Optimal quantile approximation in streams", FOCS):
// a stack of compactors; level h holds items of weight 2^h and has capacity max(2, ceil(k * (2/3)^depth))
// where depth counts levels above it. When the sketch holds as many items as its total capacity, the
// lowest full level is sorted and every other item (odd or even positions, by a random bit) moves up a
// level with twice the weight. Sketches with the same k merge by concatenating levels and compacting.
//
// Error: for k = 200 the normalized rank error is about 1.65% with 99% confidence for all quantiles at
// once (Apache DataSketches' measured bound for KLL with the same capacities: 2.446 / k^0.9433).
// The random bits come from a seeded PRNG whose state is saved with the sketch, so a given seed and input
// order always give the same sketch (reproducible profiles and tests).

const DEFAULT_K = 200;
const CAPACITY_DECAY = 2 / 3;
/** Normalized rank error bound with 99% confidence (DataSketches' empirical fit for KLL). */
function kllRankErrorBound(k) {
    return 2.446 / k ** 0.9433;
}
class KllSketch {
    k;
    n = 0;
    min = Number.POSITIVE_INFINITY;
    max = Number.NEGATIVE_INFINITY;
    levels = [[]];
    rngState;
    /** Items held in all levels together (kept up to date rather than summed on every update). */
    held = 0;
    /** capacityAtDepth[d]: the capacity of a level with d levels above it, computed once per depth. */
    capacityAtDepth = [];
    /** totalCapacityOf[L]: the capacity of a sketch with L levels, computed once per level count. */
    totalCapacityOf = [];
    constructor(options = {}) {
        const k = options.k ?? DEFAULT_K;
        if (!Number.isInteger(k) || k < 8 || k > 65535) {
            throw new errors_StatsInputError(`k is ${k}; it must be an integer from 8 to 65535`);
        }
        this.k = k;
        this.rngState = (options.seed ?? 1) >>> 0;
    }
    /** Normalized rank error this sketch guarantees with 99% confidence. */
    get rankErrorBound() {
        return kllRankErrorBound(this.k);
    }
    /** Number of items retained (memory use). */
    get retained() {
        return this.held;
    }
    update(value) {
        if (!Number.isFinite(value))
            throw new errors_StatsInputError(`value is ${value}; the sketch takes finite numbers only`);
        this.levels[0].push(value);
        this.held += 1;
        this.n += 1;
        if (value < this.min)
            this.min = value;
        if (value > this.max)
            this.max = value;
        if (this.held >= this.totalCapacity())
            this.compactOnce();
        return this;
    }
    updateAll(values) {
        for (const value of values)
            this.update(value);
        return this;
    }
    merge(other) {
        if (other.k !== this.k)
            throw new errors_StatsInputError(`cannot merge a sketch with k=${other.k} into one with k=${this.k}`);
        other.levels.forEach((level, height) => {
            if (this.levels[height] === undefined)
                this.levels.push([]);
            this.levels[height].push(...level);
            this.held += level.length;
        });
        this.n += other.n;
        this.min = Math.min(this.min, other.min);
        this.max = Math.max(this.max, other.max);
        while (this.held >= this.totalCapacity())
            this.compactOnce();
        return this;
    }
    /** Estimated normalized rank of `value`: the share of the stream <= value. */
    rank(value) {
        if (this.n === 0)
            throw new errors_StatsInputError("the sketch is empty; it has no ranks");
        let weight = 0;
        this.levels.forEach((level, height) => {
            for (const item of level)
                if (item <= value)
                    weight += 2 ** height;
        });
        return weight / this.n;
    }
    /** Smallest retained value whose estimated normalized rank is >= q; q = 0 gives min, q = 1 gives max. */
    quantile(q) {
        if (this.n === 0)
            throw new errors_StatsInputError("the sketch is empty; it has no quantiles");
        if (!(q >= 0 && q <= 1))
            throw new errors_StatsInputError(`quantile rank is ${q}; it must be in [0, 1]`);
        if (q === 0)
            return this.min;
        if (q === 1)
            return this.max;
        const weighted = this.sortedView();
        const target = q * this.n;
        let cumulative = 0;
        for (const [value, weight] of weighted) {
            cumulative += weight;
            if (cumulative >= target)
                return value;
        }
        return this.max;
    }
    /** Retained items with their weights, sorted by value. */
    sortedView() {
        const view = [];
        this.levels.forEach((level, height) => {
            for (const item of level)
                view.push([item, 2 ** height]);
        });
        return view.sort((a, b) => a[0] - b[0]);
    }
    toJSON() {
        const empty = this.n === 0;
        return {
            type: "kll",
            version: 1,
            k: this.k,
            n: this.n,
            min: empty ? null : this.min,
            max: empty ? null : this.max,
            rngState: this.rngState,
            levels: this.levels.map((level) => level.slice()),
        };
    }
    static fromJSON(json) {
        if (json?.type !== "kll" || json.version !== 1)
            throw new errors_StatsInputError('sketch JSON is not {"type":"kll","version":1}');
        const sketch = new KllSketch({ k: json.k, seed: json.rngState });
        if (!Array.isArray(json.levels) || json.levels.length === 0)
            throw new errors_StatsInputError("sketch JSON has no levels");
        let weight = 0;
        sketch.levels = json.levels.map((level, height) => {
            if (!Array.isArray(level) || !level.every(Number.isFinite)) {
                throw new errors_StatsInputError(`sketch JSON level ${height} is not an array of finite numbers`);
            }
            weight += level.length * 2 ** height;
            sketch.held += level.length;
            return level.slice();
        });
        if (!Number.isInteger(json.n) || json.n !== weight) {
            throw new errors_StatsInputError(`sketch JSON n is ${json.n} but its levels weigh ${weight}`);
        }
        sketch.n = json.n;
        sketch.min = json.min ?? Number.POSITIVE_INFINITY;
        sketch.max = json.max ?? Number.NEGATIVE_INFINITY;
        return sketch;
    }
    capacity(height) {
        const depth = this.levels.length - height - 1;
        let capacity = this.capacityAtDepth[depth];
        if (capacity === undefined) {
            capacity = Math.max(2, Math.ceil(this.k * CAPACITY_DECAY ** depth));
            this.capacityAtDepth[depth] = capacity;
        }
        return capacity;
    }
    totalCapacity() {
        const levelCount = this.levels.length;
        let total = this.totalCapacityOf[levelCount];
        if (total === undefined) {
            total = 0;
            for (let height = 0; height < levelCount; height++)
                total += this.capacity(height);
            this.totalCapacityOf[levelCount] = total;
        }
        return total;
    }
    compactOnce() {
        const levels = this.levels;
        let height = 0;
        while (height < levels.length && levels[height].length < this.capacity(height))
            height++;
        if (height === levels.length)
            return;
        if (height + 1 === levels.length)
            levels.push([]);
        const items = sortAscending(levels[height]);
        const before = items.length;
        // An odd item out stays behind at its level.
        const leftover = items.length % 2 === 1 ? items.splice(this.nextBit() * (items.length - 1), 1) : [];
        const offset = this.nextBit();
        const promoted = levels[height + 1];
        let moved = 0;
        for (let i = offset; i < items.length; i += 2, moved++)
            promoted.push(items[i]);
        // The level keeps its array (emptied), not a new one: compactions are most of a full sketch's updates.
        items.length = 0;
        if (leftover.length > 0)
            items.push(leftover[0]);
        this.held += leftover.length + moved - before;
    }
    /** One bit from mulberry32 (a 32-bit-state PRNG by Tommy Ettinger), enough for coin flips. */
    nextBit() {
        this.rngState = (this.rngState + 0x6d2b79f5) >>> 0;
        let t = this.rngState;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 31) & 1;
    }
}
/**
 * Sorts in place, ascending, as `sort((a, b) => a - b)` does (stably: equal items, -0 and +0 among them,
 * keep their order): by insertion for the few items of most levels, else the built-in sort.
 */
function sortAscending(items) {
    if (items.length > INSERTION_SORT_MAX)
        return items.sort((a, b) => a - b);
    for (let i = 1; i < items.length; i++) {
        const item = items[i];
        let j = i - 1;
        while (j >= 0 && items[j] > item) {
            items[j + 1] = items[j];
            j--;
        }
        items[j + 1] = item;
    }
    return items;
}
const INSERTION_SORT_MAX = 32;

;// CONCATENATED MODULE: ./packages/drift/src/sort-numbers.ts
// Ascending sort of a Float64Array by radix sort on the IEEE-754 bit patterns, with exactly the built-in
// sort's order (-0 before +0); NaN is not expected (profiles hold finite numbers only). Each double is a
// 64-bit unsigned key that orders as the number does, sorted in 11-bit digits (passes whose digit is the
// same for every key skipped). Most significant half first: three passes order the keys by their top 31
// bits, which already tell apart the values of most data (numbers with a few significant digits differ
// there); then only runs of keys equal in those bits and out of order get the three passes of the low
// 33 bits (by insertion when short). The keys are made on the way into the scratch buffer and turned back
// run by run, so a sorted copy costs no extra pass. Several times faster than the built-in sort on a
// column's 10^6 values.
const DIGIT_BITS = 11;
const BUCKETS = 1 << DIGIT_BITS;
const MASK = BUCKETS - 1;
/** Below this the built-in sort is as fast. */
const SMALL = 2048;
/** Runs up to this long are sorted by insertion rather than by radix passes. */
const SHORT_RUN = 32;
const HIGH_PASSES = [3, 4, 5];
const LOW_PASSES = [0, 1, 2];
/** Sorts `values` in place, ascending, and returns it. */
function sortNumbers(values) {
    return sortInto(values, values);
}
/** A sorted copy of `values` (which stay as they are). */
function sortedCopy(values) {
    return sortInto(values, new Float64Array(values.length));
}
/** `source` sorted into `target` (of the same length; it may be `source` itself); returns `target`. */
function sortInto(source, target) {
    const n = source.length;
    if (n < SMALL || source.byteOffset % 4 !== 0 || target.byteOffset % 4 !== 0) {
        if (target !== source)
            target.set(source);
        return target.sort();
    }
    // Each double as two 32-bit words (little-endian: low word first). The keys go to the scratch buffer
    // first, so that after the three high passes they are back in `target`.
    const words = new Uint32Array(target.buffer, target.byteOffset, n * 2);
    const spare = scratch(n * 2);
    const counts = toKeysAndCount(new Uint32Array(source.buffer, source.byteOffset, n * 2), spare, n);
    if (radixPasses(spare, words, 0, n, HIGH_PASSES, counts) === spare)
        words.set(spare);
    sortRunsByLowBits(words, spare, n);
    return target;
}
// The buffer the passes scatter into, kept from one sort to the next: fresh memory costs page faults.
let spareWords;
function scratch(length) {
    if (!spareWords || spareWords.length < length)
        spareWords = new Uint32Array(length);
    return spareWords.subarray(0, length);
}
/**
 * Each double of `from` as an unsigned key in `to`, in number order: negative numbers get every bit
 * flipped, the others their sign bit set. Counts the keys' digits of the high passes on the way.
 */
function toKeysAndCount(from, to, n) {
    const counts = new Uint32Array(BUCKETS * 3);
    for (let i = 0; i < 2 * n; i += 2) {
        let low = from[i];
        let high = from[i + 1];
        if (high & 0x80000000) {
            low = ~low >>> 0;
            high = ~high >>> 0;
        }
        else
            high = (high | 0x80000000) >>> 0;
        to[i] = low;
        to[i + 1] = high;
        // The digits of passes 3, 4 and 5 (see DIGIT_PLACES).
        const a = (high >>> 1) & MASK;
        const b = BUCKETS + ((high >>> 12) & MASK);
        const c = 2 * BUCKETS + (high >>> 23);
        counts[a] = counts[a] + 1;
        counts[b] = counts[b] + 1;
        counts[c] = counts[c] + 1;
    }
    return counts;
}
/** The doubles of keys [start, end), in place. */
function fromKeys(words, start, end) {
    for (let i = 2 * start; i < 2 * end; i += 2) {
        const high = words[i + 1];
        if (high & 0x80000000)
            words[i + 1] = high & 0x7fffffff;
        else {
            words[i] = ~words[i];
            words[i + 1] = ~high;
        }
    }
}
/**
 * After the high passes: each run of keys with the same top 31 bits, when out of order, sorted by the
 * rest; then the run's keys turned back into doubles.
 */
function sortRunsByLowBits(words, spare, n) {
    let start = 0;
    while (start < n) {
        const top = words[2 * start + 1] >>> 1;
        let end = start + 1;
        let ordered = true;
        while (end < n && words[2 * end + 1] >>> 1 === top) {
            if (!ordered || isBelow(words, end, end - 1))
                ordered = false;
            end++;
        }
        if (!ordered) {
            if (end - start <= SHORT_RUN)
                insertionSort(words, start, end);
            else if (radixPasses(words, spare, start, end, LOW_PASSES) === spare)
                words.set(spare.subarray(2 * start, 2 * end), 2 * start);
        }
        fromKeys(words, start, end);
        start = end;
    }
}
/** Whether key `i` is below key `j`. */
function isBelow(words, i, j) {
    const a = words[2 * i + 1];
    const b = words[2 * j + 1];
    return a < b || (a === b && words[2 * i] < words[2 * j]);
}
function insertionSort(words, start, end) {
    for (let i = start + 1; i < end; i++) {
        const low = words[2 * i];
        const high = words[2 * i + 1];
        let j = i - 1;
        while (j >= start) {
            const h = words[2 * j + 1];
            if (h < high || (h === high && words[2 * j] <= low))
                break;
            words[2 * j + 2] = words[2 * j];
            words[2 * j + 3] = h;
            j--;
        }
        words[2 * j + 2] = low;
        words[2 * j + 3] = high;
    }
}
/**
 * Stable LSD passes, least significant first, over keys [start, end) of `words`, scattering to and fro
 * through the same range of `other`; returns the buffer the result is in (`words` after an even number
 * of passes that did something).
 */
function radixPasses(words, other, start, end, passes, counts = digitCounts(words, start, end, passes)) {
    const n = end - start;
    let source = words;
    let target = other;
    passes.forEach((pass, index) => {
        if (!toOffsets(counts, index * BUCKETS, n))
            return;
        scatter(source, target, counts, index * BUCKETS, pass, start, end);
        [source, target] = [target, source];
    });
    return source;
}
const DIGIT_PLACES = [
    [0, MASK, 0, 0, 0],
    [11, MASK, 0, 0, 0],
    [22, 0x3ff, 0, 10, 0x400],
    [0, 0, 1, 0, MASK],
    [0, 0, 12, 0, MASK],
    [0, 0, 23, 0, 0x1ff],
];
/** How many keys have each digit value, for the three passes at once. */
function digitCounts(words, start, end, passes) {
    const counts = new Uint32Array(BUCKETS * 3);
    const [a0, a1, a2, a3, a4] = DIGIT_PLACES[passes[0]];
    const [b0, b1, b2, b3, b4] = DIGIT_PLACES[passes[1]];
    const [c0, c1, c2, c3, c4] = DIGIT_PLACES[passes[2]];
    for (let i = 2 * start; i < 2 * end; i += 2) {
        const low = words[i];
        const high = words[i + 1];
        const a = ((low >>> a0) & a1) | (((high >>> a2) << a3) & a4);
        const b = BUCKETS + (((low >>> b0) & b1) | (((high >>> b2) << b3) & b4));
        const c = 2 * BUCKETS + (((low >>> c0) & c1) | (((high >>> c2) << c3) & c4));
        counts[a] = counts[a] + 1;
        counts[b] = counts[b] + 1;
        counts[c] = counts[c] + 1;
    }
    return counts;
}
/** Turns one pass's counts into start offsets; false when every key has the same digit (nothing to do). */
function toOffsets(counts, base, n) {
    let start = 0;
    for (let bucket = base; bucket < base + BUCKETS; bucket++) {
        const count = counts[bucket];
        if (count === n)
            return false;
        counts[bucket] = start;
        start += count;
    }
    return true;
}
/** One stable pass over keys [start, end): every key to the next free place of its digit's bucket. */
function scatter(source, target, offsets, base, pass, start, end) {
    const [lowShift, lowMask, highShift, highLeft, highMask] = DIGIT_PLACES[pass];
    for (let i = 2 * start; i < 2 * end; i += 2) {
        const low = source[i];
        const high = source[i + 1];
        const bucket = base + (((low >>> lowShift) & lowMask) | (((high >>> highShift) << highLeft) & highMask));
        const at = start + offsets[bucket];
        offsets[bucket] = offsets[bucket] + 1;
        target[2 * at] = low;
        target[2 * at + 1] = high;
    }
}

;// CONCATENATED MODULE: ./packages/drift/src/column-profile.ts
// One column's mergeable summary: counts by kind, moments and a KLL sketch of the numbers, the exact
// numbers while there are at most `exactLimit` of them, and value counts for up to `maxCategories`
// distinct values (the rest counted as "other"). Its memory is bounded whatever the row count: at most
// `exactLimit` doubles, `maxCategories` counted values and a sketch of O(k log(n/k)) items.



const column_profile_DEFAULT_LIMITS = { exactLimit: 1_000_000, maxCategories: 10_000, sketchK: 200 };
const INITIAL_CAPACITY = 1024;
// Fresh memory costs more than the copy (page faults): few large steps (1 Ki, 16 Ki, 256 Ki, 4 Mi numbers,
// capped at the exact limit) rather than doubling.
const GROWTH = 16;
const BOOLEAN_WORDS = new Set(["True", "TRUE", "true", "False", "FALSE", "false"]);
class ColumnProfile {
    name;
    limits;
    count = 0;
    nulls = 0;
    numbers = 0;
    integers = 0;
    texts = 0;
    booleans = 0;
    moments = new Moments();
    /** The quantile sketch; built from the exact numbers only when first needed while those are kept. */
    kll;
    /** The exact numbers in reading order: the first `exactCount` of a buffer that grows as needed. */
    exact = new Float64Array(INITIAL_CAPACITY);
    exactCount = 0;
    /** Value counts, numbers and texts apart so that counting a number needs no string. */
    numberCounts = new Map();
    textCounts = new Map();
    otherCount = 0;
    // Derived views, computed on first use after a change.
    cachedCategories;
    cachedSorted;
    cachedDistinct;
    constructor(name, limits = column_profile_DEFAULT_LIMITS) {
        this.name = name;
        this.limits = limits;
    }
    /**
     * A KLL sketch of every number seen. While the numbers are kept exactly it is made from them on first
     * use (the same sketch streaming would have made: same seed, same order), so small data never pays for it.
     */
    get sketch() {
        if (!this.kll) {
            this.kll = new KllSketch({ k: this.limits.sketchK });
            const exact = this.exactValues;
            if (exact)
                this.kll.updateAll(exact);
        }
        return this.kll;
    }
    /** The exact numbers in reading order (a view, not a copy), or null past the exact limit. */
    get exactValues() {
        return this.exact ? this.exact.subarray(0, this.exactCount) : null;
    }
    /** The exact numbers in reading order as a new array, or null past the exact limit. */
    get values() {
        const exact = this.exactValues;
        return exact ? Array.from(exact) : null;
    }
    get nonNull() {
        return this.count - this.nulls;
    }
    /** Value counts keyed by the value's text (numbers in their shortest form). */
    get categories() {
        if (!this.cachedCategories) {
            const all = new Map();
            for (const [value, count] of this.numberCounts)
                all.set(String(value), count);
            for (const [value, count] of this.textCounts)
                all.set(value, count);
            this.cachedCategories = all;
        }
        return this.cachedCategories;
    }
    /** The exact numbers in ascending order (the tests need no other order), or null past the limit. */
    sortedValues() {
        if (!this.exact)
            return null;
        this.cachedSorted ??= this.sortedFromCounts() ?? sortedCopy(this.exact.subarray(0, this.exactCount));
        return this.cachedSorted;
    }
    /**
     * The sorted numbers from the value counts when those hold every number: the few distinct values
     * sorted, each repeated. Not when a zero is counted: the counts do not tell -0 from +0.
     */
    sortedFromCounts() {
        if (this.otherCount > 0 || this.numberCounts.has(0))
            return undefined;
        let total = 0;
        for (const count of this.numberCounts.values())
            total += count;
        if (total !== this.exactCount)
            return undefined;
        const keys = Float64Array.from(this.numberCounts.keys()).sort();
        const sorted = new Float64Array(total);
        let at = 0;
        for (const key of keys) {
            const count = this.numberCounts.get(key);
            sorted.fill(key, at, at + count);
            at += count;
        }
        return sorted;
    }
    /** Sorts the exact numbers and counts the distinct values now, rather than when a test first needs them. */
    computeDerived() {
        this.sortedValues();
        this.cachedDistinct = this.distinct;
    }
    /** Distinct non-null values; a lower bound (the cap + 1) when some were counted as "other". */
    get distinct() {
        if (this.cachedDistinct === undefined) {
            const counted = this.numberCounts.size + this.textCounts.size;
            const sorted = this.otherCount > 0 && this.texts === 0 ? this.sortedValues() : null;
            this.cachedDistinct =
                this.otherCount === 0 ? counted : sorted ? countDistinctSorted(sorted) : counted + 1;
        }
        return this.cachedDistinct;
    }
    /** Whether every distinct value is counted (no "other"). */
    get categoriesComplete() {
        return this.otherCount === 0;
    }
    update(cell) {
        this.count += 1;
        this.changed();
        if (cell === null) {
            this.nulls += 1;
            return;
        }
        if (typeof cell === "number") {
            this.numbers += 1;
            if (Number.isInteger(cell))
                this.integers += 1;
            this.moments.update(cell);
            if (this.exact && this.exactCount < this.limits.exactLimit) {
                if (this.exactCount === this.exact.length)
                    this.growExact(this.exactCount + 1);
                this.exact[this.exactCount++] = cell;
                this.kll?.update(cell);
            }
            else {
                const sketch = this.sketch;
                this.exact = null;
                sketch.update(cell);
            }
            if (this.otherCount === 0)
                this.countNumber(cell, 1);
            else
                this.otherCount += 1;
        }
        else {
            this.texts += 1;
            if (BOOLEAN_WORDS.has(cell))
                this.booleans += 1;
            this.countValue(this.textCounts, cell, 1);
        }
    }
    /**
     * Adds another shard's profile. With `take`, `other` is not used afterwards, so its exact numbers may be
     * taken over rather than copied.
     */
    merge(other, take = false) {
        this.changed();
        this.count += other.count;
        this.nulls += other.nulls;
        this.numbers += other.numbers;
        this.integers += other.integers;
        this.texts += other.texts;
        this.booleans += other.booleans;
        this.moments.merge(other.moments);
        const theirs = other.exactValues;
        if (this.exact && theirs && this.exactCount + theirs.length <= this.limits.exactLimit) {
            if (take && this.exactCount === 0) {
                this.exact = other.exact;
                other.exact = null;
            }
            else {
                this.growExact(this.exactCount + theirs.length);
                this.exact.set(theirs, this.exactCount);
            }
            this.exactCount += theirs.length;
            if (this.kll)
                this.kll.updateAll(theirs);
        }
        else {
            this.sketch.merge(other.sketch);
            this.exact = null;
        }
        for (const [value, count] of other.numberCounts)
            this.countNumber(value, count);
        for (const [value, count] of other.textCounts)
            this.countValue(this.textCounts, value, count);
        this.otherCount += other.otherCount;
        return this;
    }
    /** The counted values as [key, count] pairs, most frequent first (ties by key). */
    topCategories() {
        return [...this.categories].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    }
    toJSON() {
        return {
            name: this.name,
            count: this.count,
            nulls: this.nulls,
            numbers: this.numbers,
            integers: this.integers,
            texts: this.texts,
            booleans: this.booleans,
            moments: this.moments.toJSON(),
            sketch: this.sketch.toJSON(),
            values: this.values,
            categories: Object.fromEntries(this.categories),
            otherCount: this.otherCount,
            limits: this.limits,
        };
    }
    static fromJSON(json) {
        const profile = ColumnProfile.withCounts(json);
        profile.kll = KllSketch.fromJSON(json.sketch);
        profile.exact = json.values ? Float64Array.from(json.values) : null;
        profile.exactCount = json.values?.length ?? 0;
        for (const [key, count] of Object.entries(json.categories)) {
            if (isNumberKey(key))
                profile.numberCounts.set(Number(key), count);
            else
                profile.textCounts.set(key, count);
        }
        return profile;
    }
    /**
     * The profile as a structured-clone message for another thread, the exact numbers (and their sorted copy,
     * made here when `withSorted`) as typed arrays whose buffers `transfer` lists, so that they move rather
     * than copy. `fromTransfer` gives back an equal profile.
     */
    toTransfer(withSorted) {
        if (withSorted)
            this.computeDerived();
        const values = this.exactValues;
        const sorted = this.cachedSorted ?? null;
        const message = {
            name: this.name,
            limits: this.limits,
            count: this.count,
            nulls: this.nulls,
            numbers: this.numbers,
            integers: this.integers,
            texts: this.texts,
            booleans: this.booleans,
            moments: this.moments.toJSON(),
            sketch: this.kll ? this.kll.toJSON() : null,
            values,
            sorted,
            distinct: this.cachedDistinct,
            numberCounts: this.numberCounts,
            textCounts: this.textCounts,
            otherCount: this.otherCount,
        };
        const transfer = [values?.buffer, sorted?.buffer].filter((b) => b instanceof ArrayBuffer);
        return { message, transfer };
    }
    static fromTransfer(message) {
        const profile = ColumnProfile.withCounts(message);
        profile.kll = message.sketch ? KllSketch.fromJSON(message.sketch) : undefined;
        profile.exact = message.values;
        profile.exactCount = message.values?.length ?? 0;
        profile.numberCounts = message.numberCounts;
        profile.textCounts = message.textCounts;
        profile.cachedSorted = message.sorted ?? undefined;
        profile.cachedDistinct = message.distinct;
        return profile;
    }
    /** A profile with the counts and moments of a saved or transferred one (the part both forms share). */
    static withCounts(source) {
        const profile = new ColumnProfile(source.name, source.limits);
        profile.count = source.count;
        profile.nulls = source.nulls;
        profile.numbers = source.numbers;
        profile.integers = source.integers;
        profile.texts = source.texts;
        profile.booleans = source.booleans;
        profile.moments = Moments.fromJSON(source.moments);
        profile.otherCount = source.otherCount;
        return profile;
    }
    /** Room in the exact buffer for `needed` numbers, up to the exact limit. */
    growExact(needed) {
        const exact = this.exact;
        if (needed <= exact.length)
            return;
        let capacity = Math.max(exact.length * GROWTH, INITIAL_CAPACITY);
        while (capacity < needed)
            capacity *= GROWTH;
        const grown = new Float64Array(Math.max(needed, Math.min(capacity, this.limits.exactLimit)));
        grown.set(exact.subarray(0, this.exactCount));
        this.exact = grown;
    }
    /**
     * Numbers stop being counted one by one once the cap was reached: such a column is continuous, its
     * tests use the exact values or the sketch, and a miss in a full map on every row is the slowest part
     * of profiling.
     */
    countNumber(value, count) {
        const known = this.numberCounts.get(value);
        if (known !== undefined)
            this.numberCounts.set(value, known + count);
        else if (this.numberCounts.size + this.textCounts.size < this.limits.maxCategories)
            this.numberCounts.set(value, count);
        else
            this.otherCount += count;
    }
    countValue(counts, key, count) {
        const known = counts.get(key);
        if (known !== undefined)
            counts.set(key, known + count);
        else if (this.numberCounts.size + this.textCounts.size < this.limits.maxCategories)
            counts.set(key, count);
        else
            this.otherCount += count;
    }
    changed() {
        this.cachedCategories = undefined;
        this.cachedSorted = undefined;
        this.cachedDistinct = undefined;
    }
}
function countDistinctSorted(sorted) {
    let distinct = sorted.length > 0 ? 1 : 0;
    for (let i = 1; i < sorted.length; i++)
        if (sorted[i] !== sorted[i - 1])
            distinct += 1;
    return distinct;
}

;// CONCATENATED MODULE: ./packages/stats/src/kl-divergence.ts
// Kullback-Leibler divergence D(p || q) = sum p_i ln(p_i / q_i) (Kullback & Leibler 1951), with the
// semantics of scipy.stats.entropy(p, q, base): p and q are normalised to sum to 1 first, terms with
// p_i = 0 count 0, and a q_i = 0 where p_i > 0 makes the divergence infinite. `base` divides by ln(base).



function klDivergence(p, q, base) {
    errors_assertDistributions(p, q, ["p", "q"]);
    const pn = proportions_proportions(p, "p");
    const qn = proportions_proportions(q, "q");
    const divergence = sum_sum(pn.map((value, i) => relativeEntropyTerm(value, qn[i])));
    return base === undefined ? divergence : divergence / Math.log(base);
}

;// CONCATENATED MODULE: ./packages/stats/src/l-infinity.ts
// L-infinity (Chebyshev) distance between two discrete distributions: max_i |p_i - q_i| after normalising
// p and q to proportions. For categorical data this is the largest change in any category's share.


function lInfinity(p, q) {
    errors_assertDistributions(p, q, ["p", "q"]);
    const pn = proportions_proportions(p, "p");
    const qn = proportions_proportions(q, "q");
    let largest = 0;
    for (let i = 0; i < pn.length; i++)
        largest = Math.max(largest, Math.abs(pn[i] - qn[i]));
    return largest;
}

;// CONCATENATED MODULE: ./packages/stats/src/chi-square.ts
// Pearson's chi-square goodness-of-fit test (Pearson 1900), matching scipy.stats.chisquare(f_obs, f_exp):
// statistic = sum (observed - expected)^2 / expected, dof = k - 1, p = chi2.sf(statistic, dof).
// Like scipy: expected defaults to the mean of observed; the totals must agree to a relative 1.49e-8
// (sqrt of double epsilon); an expected 0 gives an infinite term (observed > 0) or NaN (observed 0).



const SUM_TOLERANCE = Math.sqrt(Number.EPSILON);
function chiSquare(observed, expected) {
    assertNonEmpty(observed, "observed");
    assertNonNegative(observed, "observed");
    const observedTotal = sum_sum(observed);
    let expectedValues;
    if (expected === undefined) {
        expectedValues = Array.from({ length: observed.length }, () => observedTotal / observed.length);
    }
    else {
        assertSameLength(observed, expected, "observed and expected");
        assertNonNegative(expected, "expected");
        const expectedTotal = sum_sum(expected);
        const difference = Math.abs(observedTotal - expectedTotal) / Math.min(observedTotal, expectedTotal);
        if (difference > SUM_TOLERANCE) {
            throw new errors_StatsInputError(`observed total ${observedTotal} and expected total ${expectedTotal} differ by more than a relative ${SUM_TOLERANCE}`);
        }
        expectedValues = expected;
    }
    const terms = [];
    for (let i = 0; i < observed.length; i++) {
        const o = observed[i];
        const e = expectedValues[i];
        terms.push(((o - e) * (o - e)) / e);
    }
    const statistic = sum_sum(terms);
    const dof = observed.length - 1;
    const pvalue = dof > 0 && !Number.isNaN(statistic) ? chi2Sf(statistic, dof) : Number.NaN;
    return { statistic, pvalue, dof };
}

// EXTERNAL MODULE: ./node_modules/@stdlib/math-base-special-erfc/lib/index.js
var math_base_special_erfc_lib = __webpack_require__(988);
var math_base_special_erfc_lib_default = /*#__PURE__*/__webpack_require__.n(math_base_special_erfc_lib);
;// CONCATENATED MODULE: ./packages/stats/src/normal-sf.ts
// Survival function of the standard normal distribution, P(Z > z) = erfc(z / sqrt(2)) / 2.
// Abramowitz & Stegun 26.2.29; erfc from @stdlib (FreeBSD msun / Sun algorithm), accurate in the far tail
// where 1 - cdf(z) would cancel to 0.

function normalSf(z) {
    return math_base_special_erfc_lib_default()(z / Math.SQRT2) / 2;
}

;// CONCATENATED MODULE: ./packages/stats/src/hellinger-distance.ts
// Hellinger distance between two discrete distributions (Hellinger 1909):
// H(p, q) = sqrt(1 - BC), BC = sum sqrt(p_i q_i) the Bhattacharyya coefficient, which equals
// ||sqrt(p) - sqrt(q)||_2 / sqrt(2). p and q are normalised first; BC is clipped to [0, 1] as Evidently's
// hellinger stattest does, so rounding never yields NaN. Range [0, 1].



function hellingerDistance(p, q) {
    errors_assertDistributions(p, q, ["p", "q"]);
    const pn = proportions_proportions(p, "p");
    const qn = proportions_proportions(q, "q");
    const coefficient = sum_sum(pn.map((value, i) => Math.sqrt(value * qn[i])));
    return Math.sqrt(1 - Math.min(1, Math.max(0, coefficient)));
}

;// CONCATENATED MODULE: ./packages/drift/src/column-tests.ts
// The per-column tests, each as Evidently computes it (legacy stattests of evidently 0.7.23, which its
// DataDriftPreset uses), on exact values when the profiles kept them and on sketches otherwise.



const TEST_NAMES = [
    "ks",
    "chisquare",
    "z",
    "wasserstein",
    "jensenshannon",
    "psi",
    "kl",
    "hellinger",
    "l-infinity",
];
const TESTS = {
    ks: { kind: "p-value", defaultThreshold: 0.05, title: "K-S p_value", inclusive: true },
    chisquare: { kind: "p-value", defaultThreshold: 0.05, title: "chi-square p_value", inclusive: false },
    z: { kind: "p-value", defaultThreshold: 0.05, title: "Z-test p_value", inclusive: false },
    wasserstein: {
        kind: "distance",
        defaultThreshold: 0.1,
        title: "Wasserstein distance (normed)",
        inclusive: true,
    },
    jensenshannon: {
        kind: "distance",
        defaultThreshold: 0.1,
        title: "Jensen-Shannon distance",
        inclusive: true,
    },
    psi: { kind: "distance", defaultThreshold: 0.1, title: "PSI", inclusive: true },
    kl: { kind: "distance", defaultThreshold: 0.1, title: "Kullback-Leibler divergence", inclusive: true },
    hellinger: { kind: "distance", defaultThreshold: 0.1, title: "Hellinger distance", inclusive: true },
    "l-infinity": { kind: "distance", defaultThreshold: 0.1, title: "L-infinity distance", inclusive: true },
};
function isDrifted(test, statistic, threshold) {
    const spec = TESTS[test];
    if (spec.kind === "distance")
        return statistic >= threshold;
    return spec.inclusive ? statistic <= threshold : statistic < threshold;
}
/** Runs one test on the non-null values of two column profiles (both must have some). */
function runTest(test, ref, cur, numerical) {
    switch (test) {
        case "ks":
            return ks(ref, cur);
        case "chisquare":
            return chiSquareTest(ref, cur);
        case "z":
            return zTest(ref, cur);
        case "wasserstein":
            return wassersteinNormed(ref, cur);
        case "jensenshannon":
            return fromBins(ref, cur, numerical, false, (p, q) => jensenShannonDistance(p, q));
        case "psi":
            return fromBins(ref, cur, numerical, true, psiOfFilledShares);
        case "kl":
            return fromBins(ref, cur, numerical, true, (p, q) => klDivergence(p, q));
        case "l-infinity":
            return fromBins(ref, cur, numerical, false, (p, q) => lInfinity(p, q));
        case "hellinger":
            return hellinger(ref, cur, numerical);
    }
}
function ks(ref, cur) {
    const [a, b] = [ref.sortedValues(), cur.sortedValues()];
    if (a && b)
        return { statistic: ksTwoSample(a, b).pvalue, exact: true };
    const { statistic, errorBound } = ksStatisticFromSketches(ref.sketch, cur.sketch);
    const m = ref.numbers;
    const n = cur.numbers;
    // scipy's asymptotic p-value of the sketched statistic; the bound is on the statistic, not the p-value.
    return { statistic: kolmogorovSf(Math.round((m * n) / (m + n)), statistic), exact: false, errorBound };
}
function chiSquareTest(ref, cur) {
    const keys = unionKeys(ref, cur);
    const scale = cur.nonNull / ref.nonNull;
    const expected = keys.map((key) => (ref.categories.get(key) ?? 0) * scale);
    const observed = keys.map((key) => cur.categories.get(key) ?? 0);
    const exact = ref.categoriesComplete && cur.categoriesComplete;
    // scipy divides by a zero expectation: a value the reference never had makes the statistic infinite.
    if (expected.some((e, i) => e === 0 && observed[i] > 0))
        return { statistic: 0, exact };
    return { statistic: chiSquare(observed, expected).pvalue, exact };
}
function zTest(ref, cur) {
    const exact = ref.categoriesComplete && cur.categoriesComplete;
    const keys = unionKeys(ref, cur).sort();
    const only = keys[0];
    if (keys.length === 1)
        return { statistic: 1, exact };
    const n1 = ref.nonNull;
    const n2 = cur.nonNull;
    const p1 = (n1 - (ref.categories.get(only) ?? 0)) / n1;
    const p2 = (n2 - (cur.categories.get(only) ?? 0)) / n2;
    const pooled = (p1 * n1 + p2 * n2) / (n1 + n2);
    const z = (p1 - p2) / Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2));
    // Evidently's 2 * (1 - Φ(|z|)), rounding included (it is 0 below ~1e-16, where 2·sf(|z|) is not).
    const cdf = 1 - normalSf(Math.abs(z));
    return { statistic: 2 * (1 - cdf), exact };
}
function wassersteinNormed(ref, cur) {
    const norm = Math.max(ref.moments.std(0), 0.001);
    const [a, b] = [ref.sortedValues(), cur.sortedValues()];
    if (a && b) {
        return { statistic: wassersteinDistance(a, b) / norm, exact: true };
    }
    return { statistic: sketchWasserstein(ref.sketch, cur.sketch) / norm, exact: false };
}
function fromBins(ref, cur, numerical, fillZeroes, distance) {
    const binned = binnedShares(ref, cur, numerical, fillZeroes);
    return { statistic: distance(binned.reference, binned.current), exact: binned.exact };
}
function hellinger(ref, cur, numerical) {
    if (!numerical)
        return fromBins(ref, cur, false, false, (p, q) => hellingerDistance(p, q));
    const [a, b] = [ref.sortedValues(), cur.sortedValues()];
    if (a && b) {
        const edges = histogramBinEdges([...new Set([...a, ...b])], "sturges");
        const p = histogramCountsSorted(a, edges);
        const q = histogramCountsSorted(b, edges);
        return { statistic: hellingerDistance(shares(p), shares(q)), exact: true };
    }
    const edges = histogramBinEdges([Math.min(ref.sketch.min, cur.sketch.min), Math.max(ref.sketch.max, cur.sketch.max)], 10);
    return {
        statistic: hellingerDistance(sketchHistogramShares(ref.sketch, edges), sketchHistogramShares(cur.sketch, edges)),
        exact: false,
    };
}
function shares(counts) {
    const total = counts.reduce((a, b) => a + b, 0);
    return counts.map((c) => (total === 0 ? 0 : c / total));
}
/**
 * PSI on shares whose zeros were already replaced, without normalising again: Evidently's `_psi` sums
 * (e - a) ln(e / a) over get_binned_data's output as is (the stats package's `psi` renormalises first).
 */
function psiOfFilledShares(expected, actual) {
    let total = 0;
    for (let i = 0; i < expected.length; i++) {
        const e = expected[i];
        const a = actual[i];
        total += (e - a) * Math.log(e / a);
    }
    return total;
}

;// CONCATENATED MODULE: ./packages/drift/src/column-type.ts
// Column typing. `evidentlyColumnType` follows evidently 0.7.23's `infer_column_type` on the dtype pandas
// would give the column when reading the CSV: float -> numerical; int -> categorical when at most 10
// distinct values, else numerical; bool -> categorical; text -> "text" when more than half the non-null
// values are distinct, else categorical.

const INTEGER_CARDINALITY_LIMIT = 10;
/** The dtype pandas.read_csv would give the column. */
function pandasDtype(profile) {
    if (profile.texts === 0) {
        return profile.nulls === 0 && profile.numbers > 0 && profile.integers === profile.numbers
            ? "int"
            : "float";
    }
    if (profile.numbers === 0 && profile.nulls === 0 && profile.booleans === profile.texts)
        return "bool";
    return "object";
}
function evidentlyColumnType(profile) {
    const dtype = pandasDtype(profile);
    if (dtype === "float")
        return "numerical";
    if (dtype === "int")
        return distinctCount(profile) <= INTEGER_CARDINALITY_LIMIT ? "categorical" : "numerical";
    if (dtype === "bool")
        return "categorical";
    return distinctCount(profile) > profile.nonNull * 0.5 ? "text" : "categorical";
}

;// CONCATENATED MODULE: ./packages/drift/src/errors.ts
/** A problem with what the user gave (a file, a column name, an option): one line, no stack. */
class DriftInputError extends Error {
    name = "DriftInputError";
}

;// CONCATENATED MODULE: ./packages/drift/src/evidently-method.ts
const EVIDENTLY_SMALL_REFERENCE = 1000;
/** Up to this many distinct values a numerical column is tested as categorical. */
const FEW_DISTINCT = 5;
/** The choice is the same for any distinct count from this one on: counting may stop there. */
const EVIDENTLY_DISTINCT_ENOUGH = FEW_DISTINCT + 1;
function evidentlyDefaultTest(referenceSize, type, distinct) {
    if (referenceSize <= EVIDENTLY_SMALL_REFERENCE) {
        if (type === "categorical" || distinct <= FEW_DISTINCT)
            return distinct > 2 ? "chisquare" : "z";
        return "ks";
    }
    if (type === "categorical" || distinct <= FEW_DISTINCT)
        return "jensenshannon";
    return "wasserstein";
}
function isTestable(type) {
    return type !== "text";
}

;// CONCATENATED MODULE: ./packages/drift/src/compare.ts








/** Compares a current dataset's profile with a reference profile, column by column. */
function compareProfiles(reference, current, options = {}) {
    const method = options.method ?? "auto";
    const names = selectColumns(reference, current, options);
    const categorical = new Set(options.categorical ?? []);
    let columns = names.map((name) => {
        const ref = reference.columns.get(name);
        const cur = current.columns.get(name);
        if (!ref || !cur)
            return missingColumn(name, ref, cur);
        return method === "auto"
            ? autoColumnDrift(ref, cur, categorical.has(name), options.threshold)
            : fixedTestDrift(method, ref, cur, categorical.has(name), options.threshold);
    });
    if (method === "auto")
        columns = finishAuto(columns);
    const tested = columns.filter((c) => c.verdict !== "skipped");
    const drifted = tested.filter((c) => c.drifted);
    const driftShareThreshold = options.driftShare ?? 0.5;
    const driftShare = tested.length === 0 ? 0 : drifted.length / tested.length;
    return {
        method,
        columns: sortMostDriftedFirst(columns),
        tested: tested.length,
        driftedColumns: drifted.map((c) => c.column),
        warnedColumns: tested.filter((c) => c.verdict === "warn").map((c) => c.column),
        driftShare,
        driftShareThreshold,
        datasetDrift: tested.length > 0 && driftShare >= driftShareThreshold,
        exact: tested.every((c) => c.exact),
    };
}
function selectColumns(reference, current, options) {
    const known = new Set([...reference.columns.keys(), ...current.columns.keys()]);
    for (const [input, list] of [
        ["columns", options.columns],
        ["exclude-columns", options.excludeColumns],
        ["categorical", options.categorical],
    ]) {
        const unknown = (list ?? []).filter((name) => !known.has(name));
        if (unknown.length > 0) {
            throw new DriftInputError(`${input}: no column named ${unknown.map((n) => `'${n}'`).join(", ")}; the data has ${[...known].map((n) => `'${n}'`).join(", ")}`);
        }
    }
    const excluded = new Set(options.excludeColumns ?? []);
    const base = options.columns && options.columns.length > 0 ? options.columns : [...known];
    return base.filter((name) => !excluded.has(name));
}
function missingColumn(name, ref, cur) {
    const present = (ref ?? cur);
    const summary = summarize(present);
    const empty = { count: 0, nulls: 0, distinct: 0 };
    return {
        column: name,
        type: present.numbers > 0 && present.texts === 0 ? "numerical" : "categorical",
        verdict: "drift",
        drifted: true,
        exact: true,
        notes: [
            ref
                ? "the column is missing from the current data"
                : "the column is new: the reference does not have it",
        ],
        reference: ref ? summary : empty,
        current: cur ? summary : empty,
    };
}
/** `evidently` (Evidently's choice per column) or one named test for every column. */
function fixedTestDrift(method, ref, cur, forceCategorical, threshold) {
    // Evidently types the columns from the current dataset (Report.run(current, reference)).
    const type = forceCategorical ? "categorical" : evidentlyColumnType(cur);
    const base = baseDrift(ref, cur, type);
    if (type === "text")
        return skip(base, "text column (more than half its values distinct): not tested");
    if (ref.nonNull === 0 || cur.nonNull === 0) {
        return skip(base, `every value is missing in the ${ref.nonNull === 0 ? "reference" : "current"} data`);
    }
    const numerical = type === "numerical";
    if (numerical && (ref.texts > 0 || cur.texts > 0)) {
        return skip(base, `the column holds text in the ${ref.texts > 0 ? "reference" : "current"} data, numbers in the other`);
    }
    const test = method === "evidently"
        ? evidentlyDefaultTest(ref.nonNull, type, unionDistinctCount(ref, cur, EVIDENTLY_DISTINCT_ENOUGH))
        : method;
    if (!numerical && (test === "ks" || test === "wasserstein")) {
        return skip(base, `${test} needs numbers; this column is categorical`);
    }
    const limit = threshold ?? TESTS[test].defaultThreshold;
    const outcome = runTest(test, ref, cur, numerical);
    const drifted = isDrifted(test, outcome.statistic, limit);
    return {
        ...base,
        test,
        statistic: outcome.statistic,
        threshold: limit,
        verdict: drifted ? "drift" : "ok",
        drifted,
        exact: outcome.exact,
        ...(outcome.errorBound !== undefined && { errorBound: outcome.errorBound }),
    };
}
const VERDICT_ORDER = { drift: 0, warn: 1, ok: 2, skipped: 3 };
/** Drifted first, then warned, ok and skipped; within a tier the largest effect or smallest p first. */
function sortMostDriftedFirst(columns) {
    return [...columns].sort((a, b) => VERDICT_ORDER[a.verdict] - VERDICT_ORDER[b.verdict] || severity(b) - severity(a));
}
function severity(column) {
    if (column.effect)
        return column.effect.value;
    if (column.statistic === undefined || column.test === undefined)
        return 0;
    return TESTS[column.test].kind === "p-value" ? -column.statistic : column.statistic;
}

;// CONCATENATED MODULE: ./packages/drift/src/dataset-profile.ts

const PROFILE_SCHEMA = "mlops-actions/drift-profile@1";
/** Column profiles of one dataset, in header order; mergeable with the profile of another shard. */
class dataset_profile_DatasetProfile {
    limits;
    rows = 0;
    columns = new Map();
    constructor(limits = column_profile_DEFAULT_LIMITS) {
        this.limits = limits;
    }
    column(name) {
        let profile = this.columns.get(name);
        if (!profile) {
            profile = new ColumnProfile(name, this.limits);
            this.columns.set(name, profile);
        }
        return profile;
    }
    /**
     * Adds another shard's profile. A column missing from one side is treated as all-null there, so
     * shards with different column sets still merge into the profile of the union. With `take`, `other`
     * is not used afterwards: its exact numbers may be taken over rather than copied.
     */
    merge(other, take = false) {
        for (const [name, column] of other.columns) {
            const mine = this.columns.get(name);
            if (mine)
                mine.merge(column, take);
            else {
                const filled = new ColumnProfile(name, this.limits);
                filled.count = this.rows;
                filled.nulls = this.rows;
                this.columns.set(name, filled.merge(column, take));
            }
        }
        for (const [name, column] of this.columns) {
            if (!other.columns.has(name)) {
                column.count += other.rows;
                column.nulls += other.rows;
            }
        }
        this.rows += other.rows;
        return this;
    }
    toJSON() {
        return {
            schema: PROFILE_SCHEMA,
            rows: this.rows,
            columns: [...this.columns.values()].map((c) => c.toJSON()),
        };
    }
    /**
     * The profile as a message for another thread, with the buffers to transfer (this profile's exact
     * numbers move with them: do not use it afterwards); `withSorted` sorts them here first.
     */
    toTransfer(withSorted) {
        const columns = [...this.columns.values()].map((column) => column.toTransfer(withSorted));
        return {
            message: { limits: this.limits, rows: this.rows, columns: columns.map((c) => c.message) },
            transfer: columns.flatMap((c) => c.transfer),
        };
    }
    static fromTransfer(message) {
        const profile = new dataset_profile_DatasetProfile(message.limits);
        profile.rows = message.rows;
        for (const column of message.columns)
            profile.columns.set(column.name, ColumnProfile.fromTransfer(column));
        return profile;
    }
    static fromJSON(json) {
        if (json?.schema !== PROFILE_SCHEMA || !Array.isArray(json.columns)) {
            throw new TypeError(`not a drift profile: expected "schema": "${PROFILE_SCHEMA}"`);
        }
        const profile = new dataset_profile_DatasetProfile(json.columns[0]?.limits ?? column_profile_DEFAULT_LIMITS);
        profile.rows = json.rows;
        for (const column of json.columns)
            profile.columns.set(column.name, ColumnProfile.fromJSON(column));
        return profile;
    }
}
/** Whether parsed JSON looks like a saved profile (its `schema` field). */
function isProfileJSON(value) {
    return (typeof value === "object" && value !== null && value.schema === PROFILE_SCHEMA);
}

;// CONCATENATED MODULE: ./packages/drift/src/html-report.ts
const ESCAPES = {
    "&": "&amp;",
    "<": "&lt;",
    ">": "&gt;",
    '"': "&quot;",
    "'": "&#39;",
};
function escapeHtml(text) {
    return text.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}
function formatNumber(value) {
    if (value === undefined || Number.isNaN(value))
        return "—";
    if (value !== 0 && (Math.abs(value) < 1e-3 || Math.abs(value) >= 1e6))
        return value.toExponential(3);
    return String(Number(value.toPrecision(4)));
}
function renderHtmlReport(result, meta) {
    const title = meta.title ?? "Data drift report";
    const verdict = result.datasetDrift ? "Dataset drift detected" : "No dataset drift";
    return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>
body { font: 14px/1.4 system-ui, sans-serif; margin: 2rem; color: #1f2328; }
table { border-collapse: collapse; }
td, th { padding: 2px 10px; text-align: left; border-bottom: 1px solid #d0d7de; }
section.column { border: 1px solid #d0d7de; border-radius: 6px; padding: 1rem; margin: 1rem 0; }
.drift { color: #cf222e; } .warn { color: #9a6700; } .ok { color: #1a7f37; } .skipped { color: #656d76; }
.legend span { display: inline-block; width: 12px; height: 12px; margin: 0 4px 0 12px; vertical-align: middle; }
</style>
</head>
<body>
<h1>${escapeHtml(title)}</h1>
<p><strong class="${result.datasetDrift ? "drift" : "ok"}">${verdict}</strong>: ${result.driftedColumns.length} of
${result.tested} tested columns drifted (share ${formatNumber(result.driftShare)}, threshold
${formatNumber(result.driftShareThreshold)}); method <code>${escapeHtml(result.method)}</code>${result.exact ? "" : "; some statistics are estimated from sketches"}.</p>
<p>Reference: <code>${escapeHtml(meta.reference)}</code> · Current: <code>${escapeHtml(meta.current)}</code></p>
<p class="legend"><span style="background:#0969da"></span>reference<span style="background:#fb8500"></span>current</p>
${result.columns.map(renderColumn).join("\n")}
</body>
</html>
`;
}
function renderColumn(column) {
    const rows = [
        ["type", column.type],
        ["test", column.test ?? "—"],
        ["statistic", formatNumber(column.statistic)],
        [column.effect ? "threshold (effect size)" : "threshold", formatNumber(column.threshold)],
    ];
    if (column.effect)
        rows.push([`effect (${column.effect.name})`, formatNumber(column.effect.value)]);
    if (column.adjustedPValue !== undefined)
        rows.push(["adjusted p-value (BH)", formatNumber(column.adjustedPValue)]);
    if (column.movement) {
        const m = column.movement;
        rows.push([
            `moved most (${m.kind} ${m.label})`,
            `${formatNumber(m.reference)} → ${formatNumber(m.current)}`,
        ]);
    }
    rows.push(["rows (reference / current)", `${column.reference.count} / ${column.current.count}`]);
    rows.push(["missing (reference / current)", `${column.reference.nulls} / ${column.current.nulls}`]);
    return `<section class="column" data-column="${escapeHtml(column.column)}">
<h2>${escapeHtml(column.column)} — <span class="${column.verdict}">${column.verdict}</span></h2>
<table>${rows.map(([k, v]) => `<tr><th>${escapeHtml(k)}</th><td>${escapeHtml(v)}</td></tr>`).join("")}</table>
${column.notes.map((note) => `<p>${escapeHtml(note)}</p>`).join("")}
${renderChart(column)}
</section>`;
}
/** Overlaid bars of both sides' shares per bin or value, as inline SVG. */
function renderChart(column) {
    const ref = column.reference.histogram;
    const cur = column.current.histogram;
    if (!ref || !cur || ref.shares.length === 0)
        return "";
    const width = 640;
    const height = 160;
    const n = ref.shares.length;
    const slot = width / n;
    const top = Math.max(...ref.shares, ...cur.shares, 1e-12);
    const bar = (share, i, offset, color) => {
        const h = (share / top) * (height - 20);
        return `<rect x="${(i * slot + offset).toFixed(1)}" y="${(height - h).toFixed(1)}" width="${(slot / 2 - 1).toFixed(1)}" height="${h.toFixed(1)}" fill="${color}"><title>${escapeHtml(ref.labels[i] ?? "")}: ${formatNumber(share)}</title></rect>`;
    };
    const bars = ref.shares.map((s, i) => bar(s, i, 0, "#0969da")).join("") +
        cur.shares.map((s, i) => bar(s, i, slot / 2, "#fb8500")).join("");
    const axis = ref.edges
        ? `<text x="0" y="${height + 14}" font-size="11">${formatNumber(ref.edges[0])}</text><text x="${width}" y="${height + 14}" font-size="11" text-anchor="end">${formatNumber(ref.edges[ref.edges.length - 1])}</text>`
        : ref.labels
            .map((label, i) => {
            const short = label.length > 14 ? `${label.slice(0, 13)}…` : label;
            return `<text x="${(i * slot + slot / 2).toFixed(1)}" y="${height + 14}" font-size="11" text-anchor="middle">${escapeHtml(short)}</text>`;
        })
            .join("");
    return `<svg class="chart" role="img" aria-label="distribution of ${escapeHtml(column.column)}" width="${width}" height="${height + 16}" viewBox="0 0 ${width} ${height + 16}" xmlns="http://www.w3.org/2000/svg">${bars}${axis}</svg>`;
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __webpack_require__(4573);
;// CONCATENATED MODULE: ./packages/data/src/csv-scan-wasm.generated.ts
// Generated by scripts/build-wasm.ts from packages/data/wasm/csv-scan.c, packages/data/wasm/csv-cells.c
// with Debian clang version 14.0.6 (the WebAssembly binary, base64): do not edit.
// Rebuild with `node scripts/build-wasm.ts` after changing the C source.
const csvScanWasmBase64 = "AGFzbQEAAAABUglgAAF/YAl/f39/f39/f38Bf2AGf39/f3x8AX9gAn9/AXxgA39/fwF8YAV/f39/fwF/YAZ/f39/f38Bf2AHf39/f39/fwF/YAd/fHx/fH9/AX8DIB8AAAAAAAAAAAAAAAEAAAAAAgMCBAAFBgUHAQAAAAAIBAUBcAEBAQUEAQEgIAYJAX8BQaDKwwALB6wDHQZtZW1vcnkCAAZ3aW5kb3cAAAx3aW5kb3dfYnl0ZXMAAQxmaWVsZF9zdGFydHMAAgpmaWVsZF9lbmRzAAMKbWF4X2ZpZWxkcwAEE3JlY29yZF9maXJzdF9maWVsZHMABQxyZWNvcmRfbGluZXMABg1yZWNvcmRfc3RhcnRzAAcLcmVjb3JkX2VuZHMACAttYXhfcmVjb3JkcwAJBnJlc3VsdAAKBHNjYW4ACwtjZWxsX290aGVycwAMC2NlbGxfdmFsdWVzAA0LY2VsbF90YWJsZXMADhBjZWxsX3RhYmxlX3dvcmRzAA8OcGxhaW5faW50ZWdlcnMAEA5wbGFpbl9kZWNpbWFscwASDGNlbGxfbW9tZW50cwAUDXJlYWRfaW50ZWdlcnMAFQ1yZWFkX2RlY2ltYWxzABcJcGxhaW5fZGZhABgLcGxhaW5fZml4ZWQAGQljZWxsX3BhZ2UAGhBjZWxsX290aGVyX2tpbmRzABsUY2VsbF9maXJzdF9zaWdodGluZ3MAHBBjZWxsX290aGVyX2NvdW50AB0MY291bnRfdmFsdWVzAB4K5jkfCABBgImAgAALBgBBgIAICwgAQcCJiIAACwgAQcCJkIAACwYAQYCAAgsIAEHAiZiAAAsIAEHAiZmAAAsIAEHAiZqAAAsIAEHAiZuAAAsFAEGAIAsIAEHAiZyAAAuXDg4HfwF7AX4CfwF+AX8BewF/BHsCfgJ/AX4BfwF7IABBgIAIIABBgIAISBshCQJAAkACQAJAIABBAU4NAEH/////ByEKQQAhBUEAIQtBACEMQQAhDUEAIQJBACEODAELIAVBgCAgBUGAIEgbIQ8gAv0PIRAgCawhEUF/IRJB/////wchCkEAIQ4gAkH/AXEhE0IAIRRBACECQQAhDUEAIQxBACELQQAhBQNAIBSnIhVBgImAgABq/QAEACEWAkACQAJAAkAgCSAVayIAQcAASCIXDQAgAkG3/wFKDQAgFCASrFUNAQsgFUGwiYCAAGr9AAQAIRggFUGgiYCAAGr9AAQAIRkgFUGQiYCAAGr9AAQAIRoMAQsgFUGQiYCAAGr9AAQAIhr9DA0NDQ0NDQ0NDQ0NDQ0NDQ0iG/0jIBYgG/0j/VAgFUGgiYCAAGr9AAQAIhkgG/0j/VAgFUGwiYCAAGr9AAQAIhggG/0j/VD9Uw0AIBr9DAoKCgoKCgoKCgoKCgoKCgoiG/0j/WStQhCGIBYgG/0j/WSthCAZIBv9I/1krUIghoQgGCAb/SP9ZK1CMIaEIhxCAYYgFCANrVGthCAcg0IAUg0AIAJBAnQiAEHAiYiAAGogBSAGajYCAAJAIBogEP0j/WStQhCGIBYgEP0j/WSthCAZIBD9I/1krUIghoQgGCAQ/SP9ZK1CMIaEIByEIh17pyIeRQ0AIBUgBmohF0EAIR8gHSEgA0AgAEHAiZCAAGogFyAgeqdqIiE2AgAgAEHEiYiAAGogIUEBajYCACAAQcSJkIAAaiAXICBCf3wgIIMiIHqnaiIhNgIAIABByImIgABqICFBAWo2AgAgIEJ/fCAggyEgIABBCGohACAfQQJqIh8gHkkNAAsLIBUgHXmna0HAAGogBSAeGyEFIAIgHmohIQJAIBxQRQ0AICEhAgwCCyAOQQJ0IQACQANAIAwgFCAceiIghKciF2ogDSACIB1CfyAghkJ/hYN7p2oiFWprIANKDQYgAEHAiZmAAGogBzYCACAAQcCJmIAAaiAMIAhqNgIAIABBwImagABqIA0gBmo2AgAgAEHAiZuAAGogFyAGajYCACAVQQFqIh8gDGsiFSALIBUgC0obIQsgFSAKIBUgCkgbIQogF0EBaiINIARODQEgDkEBaiIVIA9ODQEgB0EBaiEHIABBBGohACAVIQ4gHyEMIBxCf3wgHIMiHFBFDQALIB8hDCAhIQIgFSEODAILIA5BAWohDiAHQQFqIQcgHyEMDAQLIBr9DA0NDQ0NDQ0NDQ0NDQ0NDQ0iG/0jIBr9DAoKCgoKCgoKCgoKCgoKCgoiIv0j/VAgGiAQ/SP9UP1krUIQhiAWIBv9IyAWICL9I/1QIBYgEP0j/VD9ZK2EIBkgG/0jIBkgIv0j/VAgGSAQ/SP9UP1krUIghoQgGCAb/SMgGCAi/SP9UCAYIBD9I/1Q/WStQjCGhEJ/IACthkJ/hUJ/IBcbgyIgUA0AA0ACQAJAIBQgIHqEpyIAQYCJgIAAai0AACIVIBNHDQAgAkH+/wFKDQYgAkECdCIVQcCJkIAAaiAAIAZqNgIAIBVBwImIgABqIAUgBmo2AgAgAEEBaiEFIAJBAWohAgwBCyASIABGDQAgAEEBaiEXAkACQCAVQQ1GDQAgFyEVDAELAkAgAQ0AIBcgCUYNBwsCQCAXIAlIDQAgFyEVDAELIABBAmogFyAAQYGJgIAAai0AAEEKRiIfGyEVIBcgEiAfGyESCwJAIA0gAEYNACAMIA0gAmprIABqIANKDQYgAkECdCIXQcCJkIAAaiAAIAZqIh82AgAgF0HAiYiAAGogBSAGajYCACAOQQJ0IgBBwImYgABqIAwgCGo2AgAgAEHAiZmAAGogBzYCACAAQcCJmoAAaiANIAZqNgIAIABBwImbgABqIB82AgAgAkEBaiICIAxrIgAgCyAAIAtKGyELIAAgCiAAIApIGyEKIA5BAWohDiACIQwLIAdBAWohByAVIARODQYgFSEFIBUhDSAOIA9ODQYLICBCf3wgIIMiIEIAUg0ACwsgFELAAHwiFCARUw0ACwsgAUUNACAJIA1MDQAgDCAJaiANIAJqayADSg0AIAJBAnQiAEHAiZCAAGogCSAGaiIVNgIAIABBwImIgABqIAUgBmo2AgAgDkECdCIAQcCJmIAAaiAMIAhqNgIAIABBwImZgABqIAc2AgAgAEHAiZqAAGogDSAGajYCACAAQcCJm4AAaiAVNgIAIAJBAWoiAiAMayIAIAsgACALShshCyAAIAogACAKSBshCiAOQQFqIQ4gAiEMIAkhFQwBCyANIRULQQAgCzYC0ImcgABBACAKNgLMiZyAAEEAIAc2AsiJnIAAQQAgDDYCxImcgABBACAONgLAiZyAACAVCwgAQeCJnIAACwgAQeCJnYAACwgAQeCJn4AACwYAQYCACAvhAQIFfwF8QX8hBgJAIAFBAEgNACACQQFIDQAgA0GAIEoNAEF/IQYgA0F/aqwgAq1+IAGtfEL//wFVDQACQCADQQFODQBBAA8LIAJBAnQhByABQQJ0IQFBACECQQAhCEEAIQYDQAJAAkBBwImQgAAgAWooAgAiCUHAiYiAACABaigCACIKTA0AIAogAGsgCSAAaxCRgICAACILIARmRQ0AIAsgBWVFDQAgBkEBaiEGDAELIAhBAnRB4ImcgABqIAI2AgAgCEEBaiEICyABIAdqIQEgAyACQQFqIgJHDQALCyAGC74BAwJ/AXwBfyAAIQICQAJAQYCJgIAAIABqLQAAIgNBVWoOAwABAAELIABBAWohAgsCQCABIAJGDQAgASACa0EJSg0ARAAAAAAAAAAAIQQCQCACIAFODQBBACEAA0ACQEGAiYCAACACai0AACIFQUZqQf8BcUH2AU8NAEQAAAAAAAD4fw8LIABBCmwgBWpBUGohACABIAJBAWoiAkcNAAsgALchBAsgBJogBCADQS1GGw8LIAAgAUEAEJOAgIAAC+MBAgV/AXxBfyEGAkAgAUEASA0AIAJBAUgNACADQYAgSg0AQX8hBiADQX9qrCACrX4gAa18Qv//AVUNAAJAIANBAU4NAEEADwsgAkECdCEHIAFBAnQhAUEAIQJBACEIQQAhBgNAAkACQEHAiZCAACABaigCACIJQcCJiIAAIAFqKAIAIgpMDQAgCiAAayAJIABrQQEQk4CAgAAiCyAEZkUNACALIAVlRQ0AIAZBAWohBgwBCyAIQQJ0QeCJnIAAaiACNgIAIAhBAWohCAsgASAHaiEBIAMgAkEBaiICRw0ACwsgBgv6AgQBfAF/AX4Ff0QAAAAAAAD4fyEDAkAgASAAa0ERSg0AAkACQEGAiYCAACAAai0AACIEQVVqDgMAAQABCyAAQQFqIQALQgAhBSAAIQYCQAJAAkACQAJAIAAgAU4NACAAIAFrIQdCACEFQQAhBgNAQYCJgIAAIAAgBmoiCGotAAAiCUFQaiEKIAlBRmpB/wFxQfYBSQ0CIAVCCn4gCqx8IQUgByAGQQFqIgZqDQALIAEhBgsgBiAAayIGRQ0EIAZBD0wNAQwECyACRQ0DIApBfkcNAwJAIAhBAWoiCSABTg0AA0BBgImAgAAgCWotAAAiCkFGakH/AXFB9gFJDQUgBUIKfiAKrUL/AYN8QlB8IQUgASAJQQFqIglHDQALIAEhCQsgBkF/cyAJIABraiIHIAZqIgpFDQMgCkEPSg0DIAAgCWsgBmpBAWoNAQsgBbkhAwwBCyAFuSAHQQN0QYCIgIAAaisDAKMhAwsgA5ogAyAEQS1GGyEDCyADCwgAQeCJv4AACxQAIAAgASACIANBACAEEJaAgIAAC8QHBAF/BXwDfwJ8QX8hBgJAIAFBAEgNACACQQFIDQAgA0GAIEoNAEF/IQYgA0F/aqwgAq1+IAGtfEL//wFVDQBBACsDgIq/gAAhB0EAKwP4ib+AACEIQQArA/CJv4AAIQlBACsD6Im/gAAhCkEAKwPgib+AACELAkAgA0EBSA0AAkACQAJAIAUNACAERQ0BIAJBAnQhDCABQQJ0IQZBACECQeCJnYAAIQEDQCACIQ0CQAJAQcCJkIAAIAZqKAIAIgRBwImIgAAgBmooAgAiDkwNAEEBIQIgASAOIABrIAQgAGtBARCTgICAACIPOQMAIA8gD2INASANIQIMAQsgAUKAgICAgICA/P8ANwMAQQEhAgsgBiAMaiEGIAFBCGohASADQX9qIgMNAAwDCwsCQCAERQ0AIAJBAnQhDSABQQJ0IQZBACECQeCJnYAAIQEDQAJAAkACQEHAiZCAACAGaigCACIEQcCJiIAAIAZqKAIAIg5MDQAgASAOIABrIAQgAGtBARCTgICAACIPOQMAIA8gD2ENAUEBIQIMAgsgAUKAgICAgICA/P8ANwMAQQEhAgwBCyAPIAqhIhAgDyAKIBAgC0QAAAAAAADwP6AiC6OgIgqhoiAJoCEJIA8gCCAIIA9kGyEIIAcgD2NFDQAgDyEHCyAGIA1qIQYgAUEIaiEBIANBf2oiAw0ADAMLCyACQQJ0IQ0gAUECdCEGQQAhAkHgiZ2AACEBA0ACQAJAQcCJkIAAIAZqKAIAIgRBwImIgAAgBmooAgAiDkoNACABQoCAgICAgID8/wA3AwBBASECDAELIAEgDiAAayAEIABrEJGAgIAAIg85AwACQCAPIA9hDQBBASECDAELIA8gCqEiECAPIAogECALRAAAAAAAAPA/oCILo6AiCqGiIAmgIQkgDyAIIAggD2QbIQggByAPY0UNACAPIQcLIAYgDWohBiABQQhqIQEgA0F/aiIDDQAMAgsLIAJBAnQhDSABQQJ0IQZBACECQeCJnYAAIQEDQAJAAkACQEHAiZCAACAGaigCACIEQcCJiIAAIAZqKAIAIg5KDQAgAUKAgICAgICA/P8ANwMADAELIAEgDiAAayAEIABrEJGAgIAAIg85AwAgDyAPYQ0BC0EBIQILIAYgDWohBiABQQhqIQEgA0F/aiIDDQALC0EBIQYgAg0BC0EAIQYgBUUNAEEAIQZBACAHOQOAir+AAEEAIAg5A/iJv4AAQQAgCTkD8Im/gABBACAKOQPoib+AAEEAIAs5A+CJv4AACyAGCxQAIAAgASACIANBASAEEJaAgIAAC/cGAgZ/AXtBfyEHAkAgAUEASA0AIAJBAUgNACADQYAgSg0AQX8hByADQX9qrCACrX4gAa18Qv//AVUNAAJAIANBAU4NAEEADwsgBkECdEHgiZ+AAGohCAJAIAVBgQJIDQAgBEECdEHgiZ+AAGohCUEAIQdBACEKQQAhCwNAAkACQEHAiZCAACALIAJsIAFqQQJ0IgZqKAIAIgRBwImIgAAgBmooAgAiBkwNACAEIABrIQwgBiAAayEEIAUhBgJAA0AgCSAGQYCJgIAAIARqLQAAakECdGooAgAhBiAEQQFqIgQgDE4NASAEIQQgBkGAAkoNAAsLIAZBgAJGDQAgCCAGQQh1QQJ0aigCAEEBRw0AIAdBAWohBwwBCyAKQQJ0QeCJnIAAaiALNgIAIApBAWohCgsgC0EBaiILIANHDQAMAgsLAkAgBUGAAkYNACAIIAVBCHVBAnRqIQsgAkECdCEJIAFBAnQhBkEAIQdBACEMQQAhBANAAkACQAJAQcCJkIAAIAZqKAIAQcCJiIAAIAZqKAIATA0AIAsoAgBBAUYNAQsgDEECdEHgiZyAAGogBDYCACAMQQFqIQwMAQsgB0EBaiEHCyAGIAlqIQYgAyAEQQFqIgRHDQAMAgsLQQAhBgJAIANBBEkNACADQXxxIgZBfGoiBEECdkEBaiIJQQNxIQwCQAJAIARBDE8NAP0MAAAAAAEAAAACAAAAAwAAACENQQAhCQwBCyAJQfz///8HcSEL/QwAAAAAAQAAAAIAAAADAAAAIQ1BACEJQeCJnIAAIQQDQCAEIA39CwQAIARBMGogDf0MDAAAAAwAAAAMAAAADAAAAP2uAf0LBAAgBEEgaiAN/QwIAAAACAAAAAgAAAAIAAAA/a4B/QsEACAEQRBqIA39DAQAAAAEAAAABAAAAAQAAAD9rgH9CwQAIARBwABqIQQgDf0MEAAAABAAAAAQAAAAEAAAAP2uASENIAlBEGohCSALQXxqIgsNAAsLAkAgDEUNACAJQQJ0QeCJnIAAaiEEA0AgBCAN/QsEACAEQRBqIQQgDf0MBAAAAAQAAAAEAAAABAAAAP2uASENIAxBf2oiDA0ACwtBACEHIAYgA0YNAQsgBkECdEHgiZyAAGohBANAIAQgBjYCACAEQQRqIQRBACEHIAMgBkEBaiIGRw0ACwsgBwvUCgMOfwN7AX9BfyEJAkAgAUEASA0AIAJBAUgNACADQYAgSg0AQX8hCSADQX9qrCACrX4gAa18Qv//AVUNAAJAIANBAU4NAEEADwsgCEECdEHgiZ+AAGohCiAGQQJ0QeCJn4AAaiELAkAgBUEBSA0AIARBAnRB4ImfgABqIQZBgImAgAAgAGshDCAFQXxxIQ1BACEJIAVBBEkhDiAHQYECSCEPQQAhEEEAIREDQAJAAkACQAJAAkBBwImQgAAgESACbCABakECdCIIaigCACISIABrIhNBwImIgAAgCGooAgAiFCAAayIVayAFRw0AAkACQAJAIA5FDQBBASEWQQAhBAwBCyAMIBRqIQj9DAEAAAD///////////////8hF/0MAAAAAAEAAAACAAAAAwAAACEYIA0hBANAIBf9DAAAAAAAAAAAAAAAAAAAAAAiGSAGIBhBCP2rASAZIAgoAAD9Ef0NEAECAxEFBgcSCQoLEw0OD/1QIhn9GwNqIAYgGf0bAmogBiAZ/RsBaiAGIBn9GwBq/QcAAP1UAAAB/VQAAAL9VAAAA/0NEAECAxEFBgcSCQoLEw0OD/1OIRcgCEEEaiEIIBj9DAQAAAAEAAAABAAAAAQAAAD9rgEhGCAEQXxqIgQNAAsgFyAXIBn9DQgJCgsMDQ4PAAAAAAAAAAD9TiIZIBkgGf0NBAUGBwAAAAAAAAAAAAAAAP1O/RsAIRYgDSEEIA0gBUYNAQsgBEEIdCEIIAUgBGshGiAMIAQgFGpqIQQDQCAWIAYgCCAELQAAcmotAABxIRYgCEGAAmohCCAEQQFqIQQgGkF/aiIaDQALCyASIBRMDQIgFkEBRg0DDAELIBIgFEwNAQsgByEIAkAgDw0AIAchCCASIBRMDQAgByEIA0AgCyAIQYCJgIAAIBVqLQAAakECdGooAgAhCCAVQQFqIgQgE04NASAEIRUgCEGAAkoNAAsLIAhBgAJGDQAgCiAIQQh1QQJ0aigCAEEBRg0BCyAQQQJ0QeCJnIAAaiARNgIAIBBBAWohEAwBCyAJQQFqIQkLIBFBAWoiESADRw0ADAILCwJAIAdBgQJIDQBBACEJQQAhGkEAIRYDQAJAAkACQAJAQcCJkIAAIBYgAmwgAWpBAnQiBmooAgAiFSAAayIEQcCJiIAAIAZqKAIAIhMgAGsiBmsgBUcNACAVIBNKDQEMAgsgByEIIBUgE0wNAQJAA0AgCyAIQYCJgIAAIAZqLQAAakECdGooAgAhCCAGQQFqIgYgBE4NASAGIQYgCEGAAkoNAAsLIAhBgAJGDQEgCiAIQQh1QQJ0aigCAEEBRw0BCyAJQQFqIQkMAQsgGkECdEHgiZyAAGogFjYCACAaQQFqIRoLIBZBAWoiFiADRw0ADAILCwJAIAdBgAJGDQAgCiAHQQh1QQJ0aiELIAJBAnQhFSABQQJ0IQZBACEJQQAhGkEAIQgDQAJAAkACQAJAQcCJkIAAIAZqKAIAIgRBwImIgAAgBmooAgAiFmsgBUYNACAEIBZMDQIgCygCAEEBRg0BDAILIAQgFkwNAQsgCUEBaiEJDAELIBpBAnRB4ImcgABqIAg2AgAgGkEBaiEaCyAGIBVqIQYgAyAIQQFqIghHDQAMAgsLIAJBAnQhFSABQQJ0IQZBACEJQQAhGkEAIQgDQAJAAkACQEHAiZCAACAGaigCACIEQcCJiIAAIAZqKAIAIhZrIAVHDQAgBCAWSg0BCyAaQQJ0QeCJnIAAaiAINgIAIBpBAWohGgwBCyAJQQFqIQkLIAYgFWohBiADIAhBAWoiCEcNAAsLIAkLCABBkIq/gAALCABBkKq/gAALCwBBACgCkMq/gAALCwBBACgClMq/gAAL1ggJAX8BfAF/AXwBfwR8AX8BfAN/QX8hBwJAAkAgAEGAIEoNACAGRQ0BIABBAUgNAQJAIAZBAkYNAEHgiZ2AACEGIAAhBwNAAkAgBisDAJkiCEQAAAAAAADwf2QgCEQAAAAAAADwf2NyQQFGDQBBfg8LIAZBCGohBiAHQX9qIgcNAAwDCwtB4ImdgAAhBiAAIQkDQEF+IQcgBisDACIImSIKRAAAAAAAAPB/ZCAKRAAAAAAAAPB/Y3JBAUcNASAInSAIYg0BIAZBCGohBiAJQX9qIglFDQIMAAsLIAcPC0EAIQtBACsDgIq/gAAhDEEAKwP4ib+AACEKQQArA/CJv4AAIQ1BACsD6Im/gAAhDkEAKwPgib+AACEPAkACQCAAQQFODQBBACEGQQAhBwwBCwJAIANFDQBBACEHQeCJnYAAIQNBACEGQQAhEEEAIQsDQCADKwMAIQgCQCAFRQ0AIAggDqEiESAIIA4gESAPRAAAAAAAAPA/oCIPo6AiDqGiIA2gIQ0gCCAKIAogCGQbIQogDCAIY0UNACAIIQwLQQEhCQJAIAggBKEiEUQAAAAAAAAAAGZFDQAgEUQAAAAAAADgQGNFDQACQAJAIBGZRAAAAAAAAOBBY0UNACARqiESDAELQYCAgIB4IRILIBEgErdiDQAgCJlE////////P0NlRQ0AQQIhCSASQQV1QQJ0QZCKv4AAaiITKAIAIhRBASASdCIScQ0AIBMgFCAScjYCACALQQFqIQtBACEJCyAIIAFmQQFzIAggAmVBAXNyIhJBAXMhEwJAIAlBBHIgCSASGyIJRQ0AIAZBkKq/gABqIAk6AAAgBkECdEHgiZyAAGogEDYCACAGQQFqIQYLIAcgE2ohByADQQhqIQMgACAQQQFqIhBHDQAMAgsLAkACQCAFRQ0AQQAhB0HgiZ2AACEJQQAhBkEAIQMDQCAJKwMAIgggAWYiECAIIAJlIhRxIRIgCCAOoSIRIAggDiARIA9EAAAAAAAA8D+gIg+joCIOoaIhESAMIAhjIRMgCiAIZCELAkACQCAQRQ0AIBQNAQsgBkGQqr+AAGpBBDoAACAGQQJ0QeCJnIAAaiADNgIAIAZBAWohBgsgByASaiEHIBEgDaAhDSAIIAwgExshDCAIIAogCxshCiAJQQhqIQkgACADQQFqIgNHDQAMAgsLQQAhB0HgiZ2AACEJQQAhBkEAIQMDQCAJKwMAIgggAWYiECAIIAJlIhNxIRICQAJAIBBFDQAgEw0BCyAGQZCqv4AAakEEOgAAIAZBAnRB4ImcgABqIAM2AgAgBkEBaiEGCyAHIBJqIQcgCUEIaiEJIAAgA0EBaiIDRw0ACwtBACELCwJAIAVFDQBBACAMOQOAir+AAEEAIAo5A/iJv4AAQQAgDTkD8Im/gABBACAOOQPoib+AAEEAIA85A+CJv4AAC0EAIAY2ApTKv4AAQQAgCzYCkMq/gAAgBwsLiAEBAEGACAuAAQAAAAAAAPA/AAAAAAAAJEAAAAAAAABZQAAAAAAAQI9AAAAAAACIw0AAAAAAAGr4QAAAAACAhC5BAAAAANASY0EAAAAAhNeXQQAAAABlzc1BAAAAIF+gAkIAAADodkg3QgAAAKKUGm1CAABA5ZwwokIAAJAexLzWQgAANCb1awxD";

;// CONCATENATED MODULE: ./packages/data/src/kernel-cells.ts
/** `countValues`' kinds of records left: an integer outside the page, a repeat, a value out of bounds. */
const OUTSIDE_PAGE = 1;
const REPEATED = 2;
const OUT_OF_BOUNDS = 4;
/** 32-bit words in a page of `DistinctValues` (32,768 integers). */
const PAGE_WORDS = 1024;
/**
 * Per-cell checks run in the WebAssembly kernel: the first passes of batch-plain-cells.ts and the
 * number reading of batch-numbers.ts on a batch whose records one kernel call read (`FieldBatch.cells`:
 * its bytes and field offsets are still there, so nothing is copied), and the moments, distinct-integer
 * page and bounds of numbers read (`countValues`, also for Parquet's decoded doubles). The loops need no
 * warming up (V8 compiles WebAssembly ahead; the JavaScript loops ran interpreted, then half-optimized,
 * for their first ~50 batches: ~50 ms of the 200 of a 1M-row file).
 *
 * The first passes take the batch's first field of the column, the fields a record and the records
 * (every record a row), and return the cells that plainly pass, the other records being the first
 * `count - passes` of `others`; or -1 when the batch does not fit the kernel's arrays (the caller then
 * checks it itself).
 */
class KernelCells {
    /** The other records of the last first pass, in order. */
    others;
    /** The numbers `readNumbers` read last, a row each (NaN: a cell not read). */
    values;
    /** What `countValues` left of each of its `others`: bits `OUTSIDE_PAGE`, `REPEATED`, `OUT_OF_BOUNDS`. */
    otherKinds;
    moments;
    page;
    exports;
    tables;
    tablesUsed = 0;
    /** `maxRecords`: the most records a kernel call reads (the room in `others`). */
    constructor(exports, maxRecords) {
        this.exports = exports;
        const memory = exports.memory.buffer;
        this.others = new Int32Array(memory, exports.cell_others(), maxRecords);
        this.values = new Float64Array(memory, exports.cell_values(), maxRecords);
        this.otherKinds = new Uint8Array(memory, exports.cell_other_kinds(), maxRecords);
        this.moments = new Float64Array(memory, exports.cell_moments(), 5);
        this.page = new Uint32Array(memory, exports.cell_page(), PAGE_WORDS);
        this.tables = new Int32Array(memory, exports.cell_tables(), exports.cell_table_words());
    }
    /** Copies `words` into the kernel's table space for good: their word offset, or undefined when full. */
    place(words) {
        const at = this.tablesUsed;
        if (at + words.length > this.tables.length)
            return undefined;
        this.tables.set(words, at);
        this.tablesUsed = at + words.length;
        return at;
    }
    /** `plainIntegers` (the bytes at field offsets less `base`). */
    plainIntegers(base, first, width, count, low, high) {
        return this.exports.plain_integers(base, first, width, count, low, high);
    }
    /** `plainDecimals`. */
    plainDecimals(base, first, width, count, low, high) {
        return this.exports.plain_decimals(base, first, width, count, low, high);
    }
    /**
     * The column's numbers as `readShortInteger` (`fraction` false) or `readShortNumber` reads them, into
     * `values`; with `moments`, each added to them in order, as `Moments.update` adds it. Returns 0; 1
     * when a cell was not read (NaN), with `moments` untouched; -1 (as above).
     */
    readNumbers(base, first, width, count, fraction, moments) {
        if (moments !== undefined)
            this.holdMoments(moments);
        const keep = moments === undefined ? 0 : 1;
        const read = fraction
            ? this.exports.read_decimals(base, first, width, count, keep)
            : this.exports.read_integers(base, first, width, count, keep);
        if (read === 0 && moments !== undefined)
            this.takeMoments(moments);
        return read;
    }
    /**
     * The rest of what `valueCells` (or `doubleCells`) does with each of `values[0, count)`, in order:
     * added to `moments` when given (the CSV path adds them as it reads), marked in `page` (a
     * `DistinctValues.firstPage`; integers outside it are left, as `OUTSIDE_PAGE`), and counted when in
     * `[low, high]`. The records left for the caller (`others` of them) are in `others`, with what in
     * `otherKinds`. `require`: each value must be finite (`"finite"`) or an integer (`"integer"`), else
     * nothing changes and undefined is returned. Returns the passes, the integers seen first and the
     * count of others.
     */
    countValues(count, low, high, page, moments, require) {
        if (page !== undefined)
            this.page.set(page.bits);
        if (moments !== undefined)
            this.holdMoments(moments);
        const passes = this.exports.count_values(count, low, high, page === undefined ? 0 : 1, page?.first ?? 0, moments === undefined ? 0 : 1, require === undefined ? 0 : require === "finite" ? 1 : 2);
        if (passes < 0)
            return undefined;
        if (page !== undefined)
            page.bits.set(this.page);
        if (moments !== undefined)
            this.takeMoments(moments);
        return {
            passes,
            firstSightings: this.exports.cell_first_sightings(),
            others: this.exports.cell_other_count(),
        };
    }
    holdMoments(moments) {
        const state = this.moments;
        state[0] = moments.count;
        state[1] = moments.mean;
        state[2] = moments.m2;
        state[3] = moments.min;
        state[4] = moments.max;
    }
    takeMoments(moments) {
        const state = this.moments;
        moments.count = state[0];
        moments.mean = state[1];
        moments.m2 = state[2];
        moments.min = state[3];
        moments.max = state[4];
    }
    /** `plainMatches` with an automaton placed at `table` (start row premultiplied, a word a row at `accepting`). */
    plainDfa(base, first, width, count, table, start, accepting) {
        return this.exports.plain_dfa(base, first, width, count, table, start, accepting);
    }
    /** `plainMatches` with a fixed-length pattern: its byte classes at `classes`, then its automaton. */
    plainFixed(base, first, width, count, classes, length, dfa) {
        return this.exports.plain_fixed(base, first, width, count, classes, length, dfa.table, dfa.start, dfa.accepting);
    }
}
/**
 * Takes, in order, the `count` records `countValues` left in `cells.others`: an integer outside the
 * page is added to `seen` (its repeat told to `repeated`), a repeat is told to `repeated`, a value out
 * of bounds to `outOfBounds`, each with the record's index and value. Returns the integers added first.
 */
function takeLeftValues(cells, count, seen, repeated, outOfBounds) {
    const { others, otherKinds, values } = cells;
    let added = 0;
    for (let j = 0; j < count; j++) {
        const k = others[j];
        const kinds = otherKinds[j];
        const value = values[k];
        if ((kinds & OUTSIDE_PAGE) !== 0) {
            if (seen.addNumber(value))
                added++;
            else
                repeated(k, value);
        }
        if ((kinds & REPEATED) !== 0)
            repeated(k, value);
        if ((kinds & OUT_OF_BOUNDS) !== 0)
            outOfBounds(k, value);
    }
    return added;
}

;// CONCATENATED MODULE: ./packages/data/src/csv-scan-kernel.ts


const csv_scan_kernel_INT32_MAX = 0x7fffffff;
/**
 * The WebAssembly SIMD reader of records with no quote (see csv-scan.c). It reads only whole
 * records and stops before any it cannot finish, which the caller then reads itself. Its results are
 * in the arrays below, valid until the next call: field offsets and record starts/ends are offsets in
 * the caller's buffer, field numbers count from the caller's `fieldBase`.
 */
class PlainCsvKernel {
    fieldStarts;
    fieldEnds;
    recordFirstFields;
    recordLines;
    recordStarts;
    recordEnds;
    /** Checks on the fields of the last call's records, where they are. */
    cells;
    window;
    result;
    exports;
    constructor(exports) {
        this.exports = exports;
        const memory = exports.memory.buffer;
        const ints = (address, length) => new Int32Array(memory, address, length);
        this.window = new Uint8Array(memory, exports.window(), exports.window_bytes());
        this.fieldStarts = ints(exports.field_starts(), exports.max_fields());
        this.fieldEnds = ints(exports.field_ends(), exports.max_fields());
        const records = exports.max_records();
        this.recordFirstFields = ints(exports.record_first_fields(), records);
        this.recordLines = ints(exports.record_lines(), records);
        this.recordStarts = ints(exports.record_starts(), records);
        this.recordEnds = ints(exports.record_ends(), records);
        this.result = ints(exports.result(), 5);
        this.cells = new KernelCells(exports, records);
    }
    /**
     * Reads the whole records of `bytes[from, to)`, which hold no quote, the first on line `line`,
     * as `ByteCsvScanner.scan` would; `final` says no bytes follow `to`. Stops at the first record start
     * at or after `stopAt`, after `maxRecords` records, or before a record it cannot read.
     */
    scan(bytes, from, to, final, line, stopAt, maxRecords, delimiter, maxRecordBytes, fieldBase) {
        // The kernel's offsets are 32-bit: a buffer past 2 GiB is left to the caller.
        if (to > csv_scan_kernel_INT32_MAX)
            return {
                next: from,
                line,
                records: 0,
                fields: 0,
                fewestFields: Number.POSITIVE_INFINITY,
                mostFields: 0,
                covered: false,
            };
        const length = Math.min(to - from, this.window.length);
        this.window.set(bytes.subarray(from, from + length));
        const next = this.exports.scan(length, final && from + length === to ? 1 : 0, delimiter, Math.min(maxRecordBytes, csv_scan_kernel_INT32_MAX), Math.min(stopAt - from, csv_scan_kernel_INT32_MAX), Math.min(maxRecords, csv_scan_kernel_INT32_MAX), from, line, fieldBase);
        const result = this.result;
        const records = result[0];
        return {
            next: from + next,
            line: result[2],
            records,
            fields: result[1],
            fewestFields: records > 0 ? result[3] : Number.POSITIVE_INFINITY,
            mostFields: result[4],
            covered: from + length === to,
        };
    }
}
/** `undefined`: not tried yet; `null`: this runtime cannot run it. */
let kernel;
/** The thread's kernel, compiled on first use; `undefined` where WebAssembly SIMD is not available. */
function plainCsvKernel() {
    if (kernel === undefined) {
        const wasm = globalThis.WebAssembly;
        try {
            if (wasm === undefined)
                throw new Error("no WebAssembly");
            const module = new wasm.Module(Buffer.from(csvScanWasmBase64, "base64"));
            kernel = new PlainCsvKernel(new wasm.Instance(module).exports);
        }
        catch {
            kernel = null;
        }
    }
    return kernel ?? undefined;
}

;// CONCATENATED MODULE: ./packages/data/src/csv-scanner.ts
const LF = 10;
const CR = 13;
const QUOTE = 34;
const NUL = 0;
const REPLACEMENT = 0xfffd;
/** A record cut by a chunk's end and longer than this waits for more text before it is scanned again. */
const RESCAN_FLOOR = 64 * 1024;
/** A U+FFFD in a field: the bytes were not valid UTF-8 (or the text holds the character itself). */
const REPLACEMENT_MARK = 1;
/** A NUL character in a field (binary data?). */
const NUL_MARK = 2;
/**
 * An incremental CSV record scanner over decoded text, with csv-parse's reading of RFC 4180 as the
 * reader used it (`relax_quotes`, `skip_empty_lines`, record delimiters CRLF / LF / CR, mixed): a field
 * opening with a quote runs to the closing quote, `""` inside it is one quote, and line breaks inside it
 * are kept; a quote elsewhere is a plain character; a closing quote followed by anything but a
 * delimiter or a line end keeps both quotes and the field goes on unquoted. Lines are counted while
 * scanning (`\r\n`, `\n` and a lone `\r` are one line each, inside quotes too), so each record knows the
 * line it starts on. csv-parse did the same job at about a third of our whole run time, mostly in
 * per-byte bookkeeping and a UTF-8 decode per field; here each chunk is decoded once and fields are
 * slices of it.
 *
 * A record cut by the end of a chunk is kept and scanned again, whole, with the next chunk (a long one
 * with the next chunks as long as itself). A record whose fields pass `maxRecordBytes` bytes of UTF-8
 * stops the scan (so does a quote still open at the end): the caller learns it from the returned
 * `ScanStop`.
 */
class CsvScanner {
    delimiter;
    maxRecordBytes;
    carry = "";
    carryLine = 1;
    first = true;
    waiting = [];
    waitingLength = 0;
    constructor(delimiter, maxRecordBytes) {
        if (delimiter.length !== 1)
            throw new Error(`the delimiter must be one character, not '${delimiter}'`);
        this.delimiter = delimiter.charCodeAt(0);
        this.maxRecordBytes = maxRecordBytes;
    }
    /** The line the next record starts on (or where reading stopped). */
    get line() {
        return this.carryLine;
    }
    /**
     * Scans `chunk` after what is left of the previous one, giving each complete record to `sink`;
     * `final` says no more text follows. Returns a `ScanStop` when the file cannot be read further.
     */
    push(chunk, final, sink) {
        if (this.carry.length > RESCAN_FLOOR || this.waiting.length > 0) {
            // A long record is scanned again only once the text after it is as long as it: linear, not
            // quadratic, in the length of a record that spans many chunks.
            this.waiting.push(chunk);
            this.waitingLength += chunk.length;
            if (!final && this.waitingLength < this.carry.length)
                return undefined;
            chunk = this.waiting.join("");
            this.waiting = [];
            this.waitingLength = 0;
        }
        let text = this.carry.length > 0 ? this.carry + chunk : chunk;
        if (this.first && text.length > 0) {
            this.first = false;
            if (text.charCodeAt(0) === 0xfeff)
                text = text.slice(1);
        }
        const n = text.length;
        const delimiter = this.delimiter;
        const max = this.maxRecordBytes;
        let i = 0;
        let line = this.carryLine;
        while (i < n) {
            const recordStart = i;
            const recordLine = line;
            let c = text.charCodeAt(i);
            if (c === LF) {
                line++;
                i++;
                continue;
            }
            if (c === CR) {
                if (i + 1 >= n && !final)
                    break;
                i += text.charCodeAt(i + 1) === LF ? 2 : 1;
                line++;
                continue;
            }
            const fields = [];
            let marks = 0;
            let units = 0;
            for (;;) {
                let prefix = "";
                let quoted = false;
                if (i < n && text.charCodeAt(i) === QUOTE) {
                    let segment = i + 1;
                    let search = segment;
                    for (;;) {
                        const close = text.indexOf('"', search);
                        const end = close === -1 ? n : close;
                        for (let k = search; k < end; k++) {
                            const code = text.charCodeAt(k);
                            if (code <= CR) {
                                if (code === LF)
                                    line++;
                                else if (code === CR && text.charCodeAt(k + 1) !== LF)
                                    line++;
                                else if (code === NUL)
                                    marks |= NUL_MARK;
                            }
                            else if (code === REPLACEMENT)
                                marks |= REPLACEMENT_MARK;
                        }
                        if (close === -1 || (close + 1 >= n && !final)) {
                            const partial = units + prefix.length + (n - segment);
                            if (partial > max)
                                return this.stop("record-too-long", recordLine);
                            if (!final) {
                                this.keep(text, recordStart, recordLine);
                                return undefined;
                            }
                            const rest = Buffer.byteLength(prefix) + Buffer.byteLength(text.slice(segment));
                            return this.stop(recordBytes(fields) + rest > max ? "record-too-long" : "unterminated-quote", recordLine);
                        }
                        if (text.charCodeAt(close + 1) === QUOTE) {
                            prefix += text.slice(segment, close + 1);
                            segment = close + 2;
                            search = segment;
                            continue;
                        }
                        prefix += text.slice(segment, close);
                        i = close + 1;
                        break;
                    }
                    c = i < n ? text.charCodeAt(i) : -1;
                    if (c === delimiter || c === LF || c === CR || c === -1)
                        quoted = true;
                    // csv-parse's relax_quotes: the quotes stay, and the rest of the field is read unquoted.
                    else
                        prefix = `"${prefix}"`;
                }
                if (quoted) {
                    fields.push(prefix);
                    units += prefix.length;
                }
                else {
                    const start = i;
                    for (; i < n; i++) {
                        const code = text.charCodeAt(i);
                        if (code === delimiter)
                            break;
                        if (code <= CR) {
                            if (code === LF || code === CR)
                                break;
                            if (code === NUL)
                                marks |= NUL_MARK;
                        }
                        else if (code === REPLACEMENT)
                            marks |= REPLACEMENT_MARK;
                    }
                    if (i >= n && !final) {
                        if (units + prefix.length + (i - start) > max)
                            return this.stop("record-too-long", recordLine);
                        this.keep(text, recordStart, recordLine);
                        return undefined;
                    }
                    const value = prefix.length > 0 ? prefix + text.slice(start, i) : text.slice(start, i);
                    fields.push(value);
                    units += value.length;
                }
                if (units > max)
                    return this.stop("record-too-long", recordLine);
                c = i < n ? text.charCodeAt(i) : -1;
                if (c === delimiter) {
                    i++;
                    continue;
                }
                if (c === CR) {
                    if (i + 1 >= n && !final) {
                        this.keep(text, recordStart, recordLine);
                        return undefined;
                    }
                    i += text.charCodeAt(i + 1) === LF ? 2 : 1;
                    line++;
                }
                else if (c === LF) {
                    i++;
                    line++;
                }
                break;
            }
            // UTF-8 takes at most 3 bytes per UTF-16 unit: only a record this long can pass the limit.
            if (units * 3 > max && recordBytes(fields) > max)
                return this.stop("record-too-long", recordLine);
            sink(fields, recordLine, marks);
        }
        if (i >= n) {
            this.carry = "";
            this.carryLine = line;
        }
        else
            this.keep(text, i, line);
        return undefined;
    }
    keep(text, from, line) {
        this.carry = text.slice(from);
        this.carryLine = line;
    }
    stop(kind, line) {
        this.carry = "";
        this.carryLine = line;
        return { kind, line };
    }
}
function recordBytes(fields) {
    let bytes = 0;
    for (const field of fields)
        bytes += Buffer.byteLength(field);
    return bytes;
}

;// CONCATENATED MODULE: ./packages/data/src/byte-csv-scanner.ts



const byte_csv_scanner_LF = 10;
const byte_csv_scanner_CR = 13;
const byte_csv_scanner_QUOTE = 34;
const REPLACEMENT_BYTES = Buffer.from("\uFFFD");
/** Bytes with no quote below which a call into the SIMD kernel costs more than it saves. */
const MIN_KERNEL_BYTES = 256;
/** Bytes read in JavaScript where quotes are too close together for the kernel, before looking again. */
const RETRY_BYTES = 4096;
/** The most bytes searched for the next quote at a time: the kernel reads no more in one call. */
const LOOKAHEAD_BYTES = 128 * 1024;
/** Delimiters the byte scanner reads: one ASCII byte that is not a line end or a quote. */
function isByteDelimiter(delimiter) {
    const code = delimiter.charCodeAt(0);
    return delimiter.length === 1 && code > 0 && code < 128 && code !== byte_csv_scanner_LF && code !== byte_csv_scanner_CR && code !== byte_csv_scanner_QUOTE;
}
/**
 * `CsvScanner`'s reading of CSV (see there: the same records, fields, lines, marks and stops) done on
 * the bytes of a buffer rather than on decoded text: fields come back as byte offsets in a `FieldBatch`,
 * so a column no check reads costs no string, and numbers can be read from the bytes. The caller feeds
 * whole buffers; a record cut by the buffer's end is left for the next call (`next`), with the bytes
 * after it appended. Marks are found per buffer: when all of it is valid UTF-8 with no NUL and no U+FFFD
 * (the usual case), no record is looked at again. Runs of records with no quote (most CSV) are cut by a
 * WebAssembly SIMD kernel (csv-scan-kernel.ts), several times faster than the loops here, which read
 * the rest: the results are the same either way.
 */
class ByteCsvScanner {
    batch;
    delimiter;
    maxRecordBytes;
    recordStarts = new Int32Array(1024);
    recordEnds = new Int32Array(1024);
    kernel;
    /** Fields in the batch so far, during a scan. */
    fields = 0;
    /** The fewest and most fields of a record in the batch so far, during a scan. */
    fewestFields = Number.POSITIVE_INFINITY;
    mostFields = 0;
    /** Kernel calls during a scan, the records they read, and where the last one started. */
    kernelCalls = 0;
    kernelRecords = 0;
    kernelFrom = 0;
    /** `simd: false` reads every record in JavaScript (the WebAssembly kernel's tests compare the two). */
    constructor(delimiter, maxRecordBytes, options = {}) {
        if (!isByteDelimiter(delimiter))
            throw new Error(`the byte scanner cannot split on '${delimiter}'`);
        this.delimiter = delimiter.charCodeAt(0);
        this.maxRecordBytes = maxRecordBytes;
        this.kernel = options.simd === false ? undefined : plainCsvKernel();
        this.batch = {
            bytes: Buffer.alloc(0),
            records: 0,
            firstField: new Int32Array(1025),
            starts: new Int32Array(8192),
            ends: new Int32Array(8192),
            texts: [],
            lines: new Int32Array(1024),
            marks: new Uint8Array(1024),
            ascii: true,
            marked: false,
            fieldsPerRecord: -1,
            cells: undefined,
            cellsBase: 0,
        };
    }
    /**
     * Scans the records of `bytes[from, to)`, the first on line `line`, into `batch`; `final` says no
     * bytes follow `to`. Stops at the first record boundary at or after `stopAt`, after `maxRecords`
     * records, or where the file cannot be read further (`stop`). `noQuoteOrCr`: the caller found no
     * quote and no CR in the bytes, so no search for quotes is needed (and, with no WebAssembly, a
     * record is cut by a loop that looks for two bytes only).
     */
    scan(bytes, from, to, final, line, stopAt = Number.POSITIVE_INFINITY, maxRecords = Number.POSITIVE_INFINITY, noQuoteOrCr = false) {
        const batch = this.batch;
        batch.bytes = bytes;
        batch.records = 0;
        batch.texts = [];
        // Until the marks are found (a scan that stops does not find them): each record may have some.
        batch.marked = true;
        batch.fieldsPerRecord = -1;
        batch.cells = undefined;
        this.kernelCalls = 0;
        this.kernelRecords = 0;
        this.fields = 0;
        this.fewestFields = Number.POSITIVE_INFINITY;
        this.mostFields = 0;
        const outcome = this.kernel === undefined
            ? this.readRecords(bytes, from, to, final, line, stopAt, maxRecords, noQuoteOrCr)
            : this.readWithKernel(this.kernel, bytes, from, to, final, line, stopAt, maxRecords, noQuoteOrCr);
        if (outcome.stop)
            return outcome;
        batch.firstField[batch.records] = this.fields;
        if (this.fewestFields === this.mostFields)
            batch.fieldsPerRecord = this.mostFields;
        const stop = this.markRecords();
        if (stop)
            return { ...outcome, stop };
        if (this.kernel !== undefined && this.kernelCalls === 1 && this.kernelRecords === batch.records) {
            batch.cells = this.kernel.cells;
            batch.cellsBase = this.kernelFrom;
        }
        return outcome;
    }
    /**
     * `scan` with the WebAssembly kernel: it reads the records up to the next quote (or to `to` when the
     * caller found none), and `readRecords` the records it leaves. Where quotes are close together,
     * `readRecords` reads RETRY_BYTES before the next look: searching after every record would cost more
     * than the kernel saves.
     */
    readWithKernel(kernel, bytes, from, to, final, line, stopAt, maxRecords, noQuoteOrCr) {
        const batch = this.batch;
        let i = from;
        let quoteAt = -1;
        let kernelStuck = false;
        for (;;) {
            if (i >= to)
                return { next: i, line, boundary: i >= stopAt };
            if (i >= stopAt)
                return { next: i, line, boundary: true };
            if (batch.records >= maxRecords)
                return { next: i, line, boundary: false, full: true };
            let end = to;
            if (!noQuoteOrCr) {
                // A search ends at the most the kernel reads in one call: where it found no quote, the next
                // look searches again.
                if (quoteAt < i || (quoteAt < to && bytes[quoteAt] !== byte_csv_scanner_QUOTE))
                    quoteAt = nextIndex(bytes, byte_csv_scanner_QUOTE, i, Math.min(to, i + LOOKAHEAD_BYTES));
                end = quoteAt;
            }
            // Where `readRecords` hands back (at the first record boundary there or after): past the quotes
            // that are too close for the kernel, or, where the kernel read nothing, after one record.
            let handBack = i + RETRY_BYTES;
            if ((end - i >= MIN_KERNEL_BYTES || noQuoteOrCr) && !kernelStuck) {
                const fields = this.fields;
                const records = maxRecords - batch.records;
                const ends = final && end === to;
                this.kernelCalls++;
                this.kernelFrom = i;
                const read = kernel.scan(bytes, i, end, ends, line, stopAt, records, this.delimiter, this.maxRecordBytes, fields);
                if (read.next > i) {
                    this.addKernelRecords(kernel, read, fields);
                    this.fields = fields + read.fields;
                    i = read.next;
                    line = read.line;
                    // It saw every byte and stopped short: it cannot read the record there either, next time.
                    kernelStuck = read.covered && end === to && read.records < records;
                    continue;
                }
                handBack = i + 1;
            }
            kernelStuck = false;
            const until = Math.min(stopAt, handBack);
            const outcome = this.readRecords(bytes, i, to, final, line, until, maxRecords, noQuoteOrCr);
            // A boundary short of `stopAt` is the hand-back: read on. Any other outcome is the scan's.
            if (outcome.stop || outcome.full || !outcome.boundary || outcome.next >= stopAt)
                return outcome;
            i = outcome.next;
            line = outcome.line;
        }
    }
    /** `scan`'s reading in JavaScript, appending to the batch: every record `readWithKernel` leaves. */
    readRecords(bytes, from, to, final, line, stopAt, maxRecords, noQuoteOrCr) {
        const batch = this.batch;
        let fields = this.fields;
        const delimiter = this.delimiter;
        let starts = batch.starts;
        let ends = batch.ends;
        const max = this.maxRecordBytes;
        let i = from;
        let outcome;
        while (i < to) {
            if (i >= stopAt || batch.records >= maxRecords) {
                outcome =
                    i >= stopAt ? { next: i, line, boundary: true } : { next: i, line, boundary: false, full: true };
                break;
            }
            const recordStart = i;
            const recordLine = line;
            let c = bytes[i];
            if (c === byte_csv_scanner_LF) {
                line++;
                i++;
                continue;
            }
            if (c === byte_csv_scanner_CR) {
                if (i + 1 >= to && !final)
                    break;
                i += i + 1 < to && bytes[i + 1] === byte_csv_scanner_LF ? 2 : 1;
                line++;
                continue;
            }
            const recordFields = fields;
            if (noQuoteOrCr) {
                // No CR and no quote in the bytes: fields end at delimiters, records at line feeds.
                let k = i;
                let fieldStart = i;
                let n = fields;
                for (; k < to; k++) {
                    const b = bytes[k];
                    if (b === delimiter) {
                        if (n + 1 >= starts.length) {
                            this.growFields();
                            starts = batch.starts;
                            ends = batch.ends;
                        }
                        starts[n] = fieldStart;
                        ends[n++] = k;
                        fieldStart = k + 1;
                    }
                    else if (b === byte_csv_scanner_LF)
                        break;
                }
                if ((k < to || final) && k - i - (n - fields) <= max) {
                    if (n >= starts.length) {
                        this.growFields();
                        starts = batch.starts;
                        ends = batch.ends;
                    }
                    starts[n] = fieldStart;
                    ends[n++] = k;
                    fields = n;
                    this.addRecord(recordFields, fields - recordFields, recordLine, recordStart, k);
                    if (k < to) {
                        i = k + 1;
                        line++;
                    }
                    else
                        i = k;
                    continue;
                }
            }
            // The usual record: no field opens with a quote, and its line end is in the buffer. One tight
            // loop; anything else is left to the general loop below, from the record's start.
            if (c !== byte_csv_scanner_QUOTE) {
                let k = i;
                let fieldStart = i;
                let n = fields;
                let end = -1;
                while (k < to) {
                    const b = bytes[k];
                    if (b === delimiter) {
                        if (n >= starts.length) {
                            this.growFields();
                            starts = batch.starts;
                            ends = batch.ends;
                        }
                        starts[n] = fieldStart;
                        ends[n++] = k;
                        fieldStart = ++k;
                        if (k < to && bytes[k] === byte_csv_scanner_QUOTE)
                            break;
                    }
                    else if (b === byte_csv_scanner_LF || b === byte_csv_scanner_CR) {
                        if (b === byte_csv_scanner_LF || k + 1 < to || final)
                            end = k;
                        break;
                    }
                    else
                        k++;
                }
                if (end !== -1 && end - i - (n - fields) <= max) {
                    if (n >= starts.length) {
                        this.growFields();
                        starts = batch.starts;
                        ends = batch.ends;
                    }
                    starts[n] = fieldStart;
                    ends[n++] = end;
                    fields = n;
                    this.addRecord(recordFields, fields - recordFields, recordLine, recordStart, end);
                    i = bytes[end] === byte_csv_scanner_CR && end + 1 < to && bytes[end + 1] === byte_csv_scanner_LF ? end + 2 : end + 1;
                    line++;
                    continue;
                }
            }
            const recordTexts = batch.texts.length;
            let content = 0;
            let incomplete = false;
            for (;;) {
                if (fields >= starts.length) {
                    this.growFields();
                    starts = batch.starts;
                    ends = batch.ends;
                }
                const fieldStart = i;
                let text;
                let quoted = false;
                let contentEnd = i;
                if (i < to && bytes[i] === byte_csv_scanner_QUOTE) {
                    let search = i + 1;
                    let escaped = false;
                    let close;
                    for (;;) {
                        close = bytes.indexOf(byte_csv_scanner_QUOTE, search);
                        if (close >= to)
                            close = -1;
                        const end = close === -1 ? to : close;
                        for (let k = search; k < end; k++) {
                            const code = bytes[k];
                            if (code === byte_csv_scanner_LF)
                                line++;
                            else if (code === byte_csv_scanner_CR && bytes[k + 1] !== byte_csv_scanner_LF)
                                line++;
                        }
                        if (close === -1 || (close + 1 >= to && !final)) {
                            if (content + (to - fieldStart - 1) > max)
                                return this.stopped("record-too-long", recordLine, recordFields);
                            if (!final) {
                                incomplete = true;
                                break;
                            }
                            const rest = to - fieldStart - 1;
                            const restBytes = escaped
                                ? Buffer.byteLength(unescapeQuotes(bytes.toString("utf8", fieldStart + 1, to)))
                                : rest;
                            const kind = content + restBytes > max ? "record-too-long" : "unterminated-quote";
                            return this.stopped(kind, recordLine, recordFields);
                        }
                        if (close + 1 < to && bytes[close + 1] === byte_csv_scanner_QUOTE) {
                            escaped = true;
                            search = close + 2;
                            continue;
                        }
                        break;
                    }
                    if (incomplete)
                        break;
                    contentEnd = close;
                    i = close + 1;
                    c = i < to ? bytes[i] : -1;
                    if (c === delimiter || c === byte_csv_scanner_LF || c === byte_csv_scanner_CR || c === -1) {
                        quoted = true;
                        if (escaped)
                            text = unescapeQuotes(bytes.toString("utf8", fieldStart + 1, close));
                    }
                    else {
                        // csv-parse's relax_quotes: the quotes stay, and the rest of the field is read unquoted.
                        text = `"${unescapeQuotes(bytes.toString("utf8", fieldStart + 1, close))}"`;
                    }
                }
                if (quoted) {
                    if (text === undefined) {
                        starts[fields] = fieldStart + 1;
                        ends[fields] = contentEnd;
                        content += contentEnd - fieldStart - 1;
                    }
                    else {
                        starts[fields] = -1 - batch.texts.length;
                        batch.texts.push(text);
                        content += Buffer.byteLength(text);
                    }
                }
                else {
                    const start = i;
                    for (; i < to; i++) {
                        const code = bytes[i];
                        if (code === delimiter || code === byte_csv_scanner_LF || code === byte_csv_scanner_CR)
                            break;
                    }
                    if (i >= to && !final) {
                        if (content + (text === undefined ? 0 : Buffer.byteLength(text)) + (i - start) > max)
                            return this.stopped("record-too-long", recordLine, recordFields);
                        incomplete = true;
                        break;
                    }
                    if (text === undefined) {
                        starts[fields] = start;
                        ends[fields] = i;
                        content += i - start;
                    }
                    else {
                        text += bytes.toString("utf8", start, i);
                        starts[fields] = -1 - batch.texts.length;
                        batch.texts.push(text);
                        content += Buffer.byteLength(text);
                    }
                }
                fields++;
                if (content > max)
                    return this.stopped("record-too-long", recordLine, recordFields);
                c = i < to ? bytes[i] : -1;
                if (c === delimiter) {
                    i++;
                    continue;
                }
                const recordEnd = i;
                if (c === byte_csv_scanner_CR) {
                    if (i + 1 >= to && !final) {
                        incomplete = true;
                        break;
                    }
                    i += i + 1 < to && bytes[i + 1] === byte_csv_scanner_LF ? 2 : 1;
                    line++;
                }
                else if (c === byte_csv_scanner_LF) {
                    i++;
                    line++;
                }
                this.addRecord(recordFields, fields - recordFields, recordLine, recordStart, recordEnd);
                break;
            }
            if (incomplete) {
                fields = recordFields;
                batch.texts.length = recordTexts;
                outcome = { next: recordStart, line: recordLine, boundary: false };
                break;
            }
        }
        this.fields = fields;
        return outcome ?? { next: i, line, boundary: i >= stopAt };
    }
    addRecord(firstField, fieldCount, line, start, end) {
        if (fieldCount < this.fewestFields)
            this.fewestFields = fieldCount;
        if (fieldCount > this.mostFields)
            this.mostFields = fieldCount;
        const batch = this.batch;
        const r = batch.records;
        if (r + 1 >= batch.lines.length)
            this.growRecords();
        batch.firstField[r] = firstField;
        batch.lines[r] = line;
        this.recordStarts[r] = start;
        this.recordEnds[r] = end;
        batch.records = r + 1;
    }
    /** Appends the records the kernel just read to the batch, their fields after the first `fields`. */
    addKernelRecords(kernel, read, fields) {
        const batch = this.batch;
        while (fields + read.fields >= batch.starts.length)
            this.growFields();
        batch.starts.set(kernel.fieldStarts.subarray(0, read.fields), fields);
        batch.ends.set(kernel.fieldEnds.subarray(0, read.fields), fields);
        const r = batch.records;
        while (r + read.records + 1 >= batch.lines.length)
            this.growRecords();
        batch.firstField.set(kernel.recordFirstFields.subarray(0, read.records), r);
        batch.lines.set(kernel.recordLines.subarray(0, read.records), r);
        this.recordStarts.set(kernel.recordStarts.subarray(0, read.records), r);
        this.recordEnds.set(kernel.recordEnds.subarray(0, read.records), r);
        batch.records = r + read.records;
        this.kernelRecords += read.records;
        if (read.fewestFields < this.fewestFields)
            this.fewestFields = read.fewestFields;
        if (read.mostFields > this.mostFields)
            this.mostFields = read.mostFields;
    }
    /**
     * Sets each record's marks. A record has bytes that are not UTF-8 exactly when its decoded text holds
     * a U+FFFD it did not spell: line ends, delimiters and quotes are ASCII, which UTF-8 decoding never
     * swallows into a bad sequence, so records decode alone as they do in one piece. A record whose
     * decoding is longer than the limit (bad bytes become 3-byte U+FFFDs) stops the scan there.
     */
    markRecords() {
        const batch = this.batch;
        const { bytes, records, marks } = batch;
        marks.fill(0, 0, records);
        batch.ascii = true;
        batch.marked = false;
        if (records === 0)
            return undefined;
        const first = this.recordStarts[0];
        const last = this.recordEnds[records - 1];
        // Searched within the batch's records only: the buffer may hold much more after them.
        const text = bytes.subarray(first, last);
        batch.ascii = (0,external_node_buffer_.isAscii)(text);
        let clean = text.indexOf(0) === -1;
        if (clean && !batch.ascii)
            clean = text.indexOf(REPLACEMENT_BYTES) === -1 && (0,external_node_buffer_.isUtf8)(text);
        if (clean)
            return undefined;
        for (let r = 0; r < records; r++) {
            const start = this.recordStarts[r];
            const end = this.recordEnds[r];
            const text = bytes.subarray(start, end);
            let mark = text.indexOf(0) !== -1 ? NUL_MARK : 0;
            if (!(0,external_node_buffer_.isUtf8)(text)) {
                mark |= REPLACEMENT_MARK;
                if ((end - start) * 3 > this.maxRecordBytes && this.decodedBytes(r) > this.maxRecordBytes) {
                    batch.records = r;
                    return { kind: "record-too-long", line: batch.lines[r] };
                }
            }
            else if (text.indexOf(REPLACEMENT_BYTES) !== -1)
                mark |= REPLACEMENT_MARK;
            marks[r] = mark;
            if (mark !== 0)
                batch.marked = true;
        }
        return undefined;
    }
    decodedBytes(record) {
        const batch = this.batch;
        let total = 0;
        for (let f = batch.firstField[record]; f < batch.firstField[record + 1]; f++) {
            total += Buffer.byteLength(byte_csv_scanner_fieldText(batch, f));
        }
        return total;
    }
    /** Ends the scan for good at the record on `line`: the records before it are still in the batch. */
    stopped(kind, line, recordFields) {
        this.batch.firstField[this.batch.records] = recordFields;
        const earlier = this.markRecords();
        return { next: 0, line, boundary: false, stop: earlier ?? { kind, line } };
    }
    growFields() {
        const batch = this.batch;
        const starts = new Int32Array(batch.starts.length * 2);
        starts.set(batch.starts);
        const ends = new Int32Array(batch.ends.length * 2);
        ends.set(batch.ends);
        batch.starts = starts;
        batch.ends = ends;
    }
    growRecords() {
        const batch = this.batch;
        const size = batch.lines.length * 2;
        const grow = (array, length) => {
            const grown = new array.constructor(length);
            grown.set(array);
            return grown;
        };
        batch.firstField = grow(batch.firstField, size + 1);
        batch.lines = grow(batch.lines, size);
        batch.marks = grow(batch.marks, size);
        this.recordStarts = grow(this.recordStarts, size);
        this.recordEnds = grow(this.recordEnds, size);
    }
}
/** The text of field `f` of the batch (decoded, or the rewritten text). */
function byte_csv_scanner_fieldText(batch, f) {
    const start = batch.starts[f];
    if (start < 0)
        return batch.texts[-1 - start];
    return batch.bytes.toString("utf8", start, batch.ends[f]);
}
/** Where `byte` next occurs in `bytes[from, to)`, or `to`. */
function nextIndex(bytes, byte, from, to) {
    const found = bytes.subarray(from, to).indexOf(byte);
    return found === -1 ? to : from + found;
}
function unescapeQuotes(quoted) {
    return quoted.replaceAll('""', '"');
}

;// CONCATENATED MODULE: ./packages/data/src/format-from-name.ts
/** The format a file name implies (`.gz` looked through); CSV when nothing matches. */
function formatFromName(file) {
    const name = file.toLowerCase().replace(/\.gz$/, "");
    if (name.endsWith(".tsv") || name.endsWith(".tab"))
        return "tsv";
    if (name.endsWith(".jsonl") || name.endsWith(".ndjson") || name.endsWith(".json"))
        return "jsonl";
    if (name.endsWith(".parquet") || name.endsWith(".pq"))
        return "parquet";
    return "csv";
}

// EXTERNAL MODULE: external "node:string_decoder"
var external_node_string_decoder_ = __webpack_require__(6193);
;// CONCATENATED MODULE: ./packages/data/src/format-bytes.ts
/** `512 B`, `64 KiB`, `8 MiB` — sizes in messages. */
function formatBytes(bytes) {
    if (bytes < 1024)
        return `${bytes} B`;
    if (bytes < 1024 * 1024)
        return `${+(bytes / 1024).toFixed(1)} KiB`;
    return `${+(bytes / 1024 / 1024).toFixed(1)} MiB`;
}

;// CONCATENATED MODULE: ./packages/data/src/open-bytes.ts


const GZIP_MAGIC = [0x1f, 0x8b];
/** True when the file starts with the gzip magic bytes, whatever its name. */
async function isGzipFile(file) {
    const handle = await (0,promises_.open)(file, "r");
    try {
        const head = Buffer.alloc(2);
        const { bytesRead } = await handle.read(head, 0, 2, 0);
        return bytesRead === 2 && head[0] === GZIP_MAGIC[0] && head[1] === GZIP_MAGIC[1];
    }
    finally {
        await handle.close();
    }
}
/** The file's bytes as a stream, decompressed when it is gzip. */
async function openBytes(file) {
    // 64 KiB: the rows parsed from one chunk die young (256 KiB chunks cost ~15% more CPU in GC and a
    // larger heap, measured on the validate-data bench).
    const raw = (0,external_node_fs_.createReadStream)(file, { highWaterMark: 64 * 1024 });
    if (!(await isGzipFile(file)))
        return raw;
    // Loaded only for a gzip file: node:zlib takes 1-2 ms to load, on every run otherwise.
    const { createGunzip } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 8522, 23));
    const gunzip = createGunzip();
    raw.on("error", (error) => gunzip.destroy(error));
    return raw.pipe(gunzip);
}
/**
 * Up to `limit` bytes from the start of the (decompressed) file, for sniffing. In a damaged gzip file,
 * the bytes that came out before the damage (the reader then meets the damage where it is, on its
 * line); it throws when none did.
 */
async function readHead(file, limit = 64 * 1024) {
    const stream = await openBytes(file);
    const chunks = [];
    let length = 0;
    try {
        for await (const chunk of stream) {
            chunks.push(chunk);
            length += chunk.length;
            if (length >= limit)
                break;
        }
    }
    catch (error) {
        if (length === 0)
            throw error;
    }
    finally {
        stream.destroy();
    }
    return Buffer.concat(chunks).subarray(0, limit);
}

// EXTERNAL MODULE: ./packages/data/src/reader-types.ts
var reader_types = __webpack_require__(7763);
;// CONCATENATED MODULE: ./packages/data/src/sniff-delimiter.ts
/** The delimiters a sniff considers, most likely first (ties go to the earlier one). */
const CANDIDATE_DELIMITERS = [",", "\t", ";", "|"];
/** Counts each candidate delimiter outside double quotes in the first line of `text`. */
function countDelimiters(text) {
    const counts = new Map(CANDIDATE_DELIMITERS.map((d) => [d, 0]));
    let quoted = false;
    for (const char of text) {
        if (char === '"')
            quoted = !quoted;
        else if (!quoted && (char === "\n" || char === "\r"))
            break;
        else if (!quoted && counts.has(char))
            counts.set(char, (counts.get(char) ?? 0) + 1);
    }
    return counts;
}
/** The candidate that occurs most often in the header line; `,` when none occurs. */
function sniffDelimiter(text) {
    let best = ",";
    let bestCount = 0;
    for (const [delimiter, count] of countDelimiters(text)) {
        if (count > bestCount) {
            best = delimiter;
            bestCount = count;
        }
    }
    return best;
}
/** A delimiter other than `used` that appears in a one-column header, suggesting the wrong one was used. */
function likelyDelimiter(header, used) {
    const counts = countDelimiters(header);
    counts.delete(used);
    const [best] = [...counts].filter(([, n]) => n > 0).sort((a, b) => b[1] - a[1]);
    return best?.[0];
}
/** How a delimiter is named in messages. */
function describeDelimiter(delimiter) {
    return delimiter === "\t" ? "tab" : `'${delimiter}'`;
}

;// CONCATENATED MODULE: ./packages/data/src/read-csv.ts






/**
 * Streams a CSV or TSV file (maybe gzip-compressed): RFC 4180 quoting, `""` escapes, newlines inside
 * quotes, CRLF / LF / CR, a BOM (see `CsvScanner`). The first record is the header; an empty field is
 * null. Each row's line is where its record starts. Problems with the file are yielded as events; a
 * fatal one ends the file.
 */
async function* readCsv(file, options = {}) {
    let head;
    try {
        head = await readHead(file);
    }
    catch (error) {
        // A gzip file damaged from its first bytes.
        yield problem((0,reader_types/* unreadableFile */._s)(file, 1, error));
        return;
    }
    if (head.length === 0) {
        yield problem({ kind: "empty-file", file, message: "the file is empty" });
        return;
    }
    const delimiter = csvDelimiter(head, options);
    const batchSize = options.batchSize ?? reader_types/* DEFAULT_BATCH_SIZE */.jg;
    const maxRecordBytes = options.maxRecordBytes ?? reader_types/* DEFAULT_MAX_RECORD_BYTES */.ty;
    const scanner = new CsvScanner(delimiter, maxRecordBytes);
    const decoder = new external_node_string_decoder_.StringDecoder("utf8");
    let header;
    let rowCount = 0;
    let batch = [];
    // Events found while scanning one chunk, yielded in order once the chunk is done.
    let pending = [];
    const sink = (fields, line, marks) => {
        if (marks & REPLACEMENT_MARK) {
            pending.push(problem({ kind: "invalid-utf8", file, line, message: "invalid UTF-8 bytes" }));
        }
        if (marks & NUL_MARK)
            pending.push(problem({ kind: "nul-byte", file, line, message: "a NUL byte (binary data?)" }));
        if (header === undefined) {
            header = fields;
            pending.push({ kind: "header", file, columns: header });
            pending.push(...read_csv_headerProblems(file, line, header, delimiter));
            return;
        }
        if (fields.length !== header.length) {
            pending.push(problem({
                kind: "ragged-row",
                file,
                line,
                message: `the row has ${fields.length} field(s); the header has ${header.length}`,
            }));
            return;
        }
        rowCount++;
        batch.push({ line, values: emptyToNull(fields) });
        if (batch.length >= batchSize) {
            pending.push({ kind: "rows", file, rows: batch });
            batch = [];
        }
    };
    const flush = () => {
        const events = pending;
        pending = [];
        return events;
    };
    let stop;
    const bytes = await openBytes(file);
    try {
        for await (const chunk of bytes) {
            stop = scanner.push(decoder.write(chunk), false, sink);
            yield* flush();
            if (stop)
                break;
        }
        stop ??= scanner.push(decoder.end(), true, sink);
        yield* flush();
    }
    catch (error) {
        yield* flush();
        if (batch.length > 0)
            yield { kind: "rows", file, rows: batch };
        batch = [];
        yield problem((0,reader_types/* unreadableFile */._s)(file, scanner.line, error));
        // The rest of the file is unknown: it is not said to be empty or a header only.
        return;
    }
    finally {
        bytes.destroy();
    }
    if (batch.length > 0)
        yield { kind: "rows", file, rows: batch };
    if (stop)
        yield problem(read_csv_stopProblem(stop, file, maxRecordBytes));
    if (header === undefined)
        yield problem({ kind: "empty-file", file, message: "the file has no records" });
    else if (rowCount === 0) {
        yield problem({ kind: "header-only", file, line: 1, message: "the file has a header but no data rows" });
    }
}
/** The delimiter asked for, or the one TSV implies, or the one sniffed from the file's first bytes. */
function csvDelimiter(head, options) {
    if (options.delimiter !== undefined)
        return options.delimiter;
    if (options.format === "tsv")
        return "\t";
    return sniffDelimiter(head.toString("utf8").replace(/^\uFEFF/, ""));
}
function read_csv_headerProblems(file, line, header, delimiter) {
    const events = [];
    const seen = new Set();
    const duplicates = new Set();
    for (const name of header) {
        if (seen.has(name))
            duplicates.add(name);
        seen.add(name);
    }
    if (duplicates.size > 0) {
        const names = [...duplicates].map((name) => `'${name}'`).join(", ");
        events.push(problem({ kind: "duplicate-columns", file, line, message: `duplicate column name(s) ${names}` }));
    }
    const other = header.length === 1 ? likelyDelimiter(header[0] ?? "", delimiter) : undefined;
    if (other !== undefined) {
        events.push(problem({
            kind: "wrong-delimiter",
            file,
            line,
            message: `the header is one column split by ${describeDelimiter(delimiter)} but contains ${describeDelimiter(other)}; set the delimiter input to ${describeDelimiter(other)}?`,
        }));
    }
    return events;
}
function read_csv_stopProblem(stop, file, maxRecordBytes) {
    if (stop.kind === "unterminated-quote") {
        return {
            kind: "unterminated-quote",
            file,
            line: stop.line,
            message: "a quoted field opened in this record never closes; the rest of the file was not read",
        };
    }
    return {
        kind: "record-too-long",
        file,
        line: stop.line,
        message: `the record is longer than ${formatBytes(maxRecordBytes)} (a quote that never closes?); the rest of the file was not read`,
    };
}
/** Empty fields become null, in place: the record array is ours and a copy per row is measurable. */
function emptyToNull(record) {
    const values = record;
    for (let i = 0; i < values.length; i++)
        if (values[i] === "")
            values[i] = null;
    return values;
}
function problem(value) {
    return { kind: "problem", problem: value };
}

;// CONCATENATED MODULE: ./packages/data/src/validate-csv-bytes.ts









/** The bytes the delimiter is sniffed from, as `readCsv` does (`readHead`'s default). */
const HEAD_BYTES = 64 * 1024;
const validate_csv_bytes_GZIP_MAGIC = [0x1f, 0x8b];
/** The byte reading of the file, or undefined when it needs the row reader (gzip, JSONL, Parquet...). */
async function byteReadable(file, options) {
    const format = options.format ?? formatFromName(file);
    if (format !== "csv" && format !== "tsv")
        return undefined;
    try {
        // Synchronous: the start of a run waits on it, and a plain file needs no stream.
        const info = (0,external_node_fs_.statSync)(file);
        if (!info.isFile() || info.size === 0)
            return undefined;
        const fd = (0,external_node_fs_.openSync)(file, "r");
        try {
            const head = Buffer.allocUnsafe(Math.min(HEAD_BYTES, info.size));
            const read = (0,external_node_fs_.readSync)(fd, head, 0, head.length, 0);
            if (read >= 2 && head[0] === validate_csv_bytes_GZIP_MAGIC[0] && head[1] === validate_csv_bytes_GZIP_MAGIC[1])
                return undefined;
            const delimiter = csvDelimiter(head.subarray(0, read), { ...options, format });
            return isByteDelimiter(delimiter) ? { delimiter, size: info.size } : undefined;
        }
        finally {
            (0,external_node_fs_.closeSync)(fd);
        }
    }
    catch {
        return undefined;
    }
}
/**
 * Validates one plain CSV file by bytes into `sinks` (the validators of the whole dataset), with the
 * outcome the row reader would give. With `parallel`, a large file's second half goes to a worker that
 * starts at the first line end past the middle, a guess (that line end may be inside quotes) checked
 * when the main thread, scanning the first half, reaches it: if its records end exactly there, the
 * worker's state is merged in (lines shifted); otherwise the worker is dropped and the main thread reads
 * on. So quotes never make the result wrong, only slower.
 */
async function validateCsvBytes(file, plan, schema, validators, sinks, options) {
    const prepared = prepareCsvFile(file, plan, schema, options);
    if ("outcome" in prepared)
        return prepared.outcome;
    const { job, split } = prepared;
    const script = options.parallel?.workerScript;
    const outcome = split !== undefined && script !== undefined && options.parallel
        ? await validateSplit(job, { at: split }, schema, validators, sinks, {
            parallel: options.parallel,
            maxExamples: options.maxExamples,
            worker: options.startWorker?.(script, "csv") ?? new ValidationWorker(script),
        })
        : validateSegment(job, sinks);
    return finishCsvFile(prepared, outcome);
}
/**
 * Reads the header of a plain CSV file: the job of validating its records (and, with `parallel`, where
 * to cut them), or the whole outcome of a file with no record.
 */
function prepareCsvFile(file, plan, schema, options) {
    const maxRecordBytes = options.maxRecordBytes ?? DEFAULT_MAX_RECORD_BYTES;
    const { delimiter, size } = plan;
    const problems = [];
    const fd = openSync(file, "r");
    let found;
    let split;
    try {
        found = readCsvHeader(fd, { delimiter, maxRecordBytes });
        const dataStart = found.header?.dataStart ?? size;
        if (options.parallel &&
            worthSplitting(options.parallel, size - dataStart, options.parallel.minBytes ?? defaultParallelBytes("csv"))) {
            const share = mainThreadShare(size - dataStart, options.parallel.workerLagBytes);
            split = lineStartAfter(fd, dataStart + Math.floor((size - dataStart) * share), size);
        }
    }
    finally {
        closeSync(fd);
    }
    const { header } = found;
    if (!header) {
        if (found.error !== undefined)
            problems.push(unreadableFile(file, 1, found.error));
        if (found.stop)
            problems.push(stopProblem(found.stop, file, maxRecordBytes));
        problems.push({ kind: "empty-file", file, message: "the file has no records" });
        return { outcome: { rows: 0, problems } };
    }
    const columns = header.fields;
    problems.push(...markProblems(file, header.line, header.marks));
    for (const event of headerProblems(file, header.line, columns, delimiter)) {
        if (event.kind === "problem")
            problems.push(event.problem);
    }
    const index = new Map();
    columns.forEach((name, i) => {
        if (!index.has(name))
            index.set(name, i);
    });
    const job = {
        file,
        delimiter,
        maxRecordBytes,
        from: header.dataStart,
        line: header.dataLine,
        columns,
        positions: schema.columns.map((spec) => index.get(spec.name) ?? -1),
    };
    return split === undefined ? { job, problems } : { job, problems, split };
}
/** A prepared file's outcome, from how the validation of its records ended. */
function finishCsvFile(prepared, outcome) {
    const { job } = prepared;
    const { file } = job;
    const problems = [...prepared.problems, ...outcome.problems];
    if (outcome.end.error !== undefined)
        problems.push(unreadableFile(file, outcome.end.line, outcome.end.error));
    if (outcome.end.stop)
        problems.push(stopProblem(outcome.end.stop, file, job.maxRecordBytes));
    if (outcome.rows === 0) {
        problems.push({ kind: "header-only", file, line: 1, message: "the file has a header but no data rows" });
    }
    return { columns: job.columns, rows: outcome.rows, problems };
}

;// CONCATENATED MODULE: ./packages/data/src/split-lines.ts
/**
 * Splits a byte stream into lines on `\n` (a `\r` before it is dropped) with bounded memory: a line
 * longer than `maxBytes` is reported as too long and skipped without being held in memory.
 */
async function* splitLines(stream, maxBytes) {
    let pending = [];
    let pendingLength = 0;
    let skipping = false;
    let line = 1;
    for await (const chunk of stream) {
        let start = 0;
        while (start < chunk.length) {
            const newline = chunk.indexOf(10, start);
            const end = newline === -1 ? chunk.length : newline;
            if (!skipping) {
                pending.push(chunk.subarray(start, end));
                pendingLength += end - start;
                if (pendingLength > maxBytes) {
                    skipping = true;
                    pending = [];
                    pendingLength = 0;
                    yield { line, tooLong: true };
                }
            }
            if (newline === -1)
                break;
            if (!skipping)
                yield { line, bytes: trimCarriageReturn(Buffer.concat(pending, pendingLength)), tooLong: false };
            pending = [];
            pendingLength = 0;
            skipping = false;
            line++;
            start = newline + 1;
        }
    }
    if (!skipping && pendingLength > 0) {
        yield { line, bytes: trimCarriageReturn(Buffer.concat(pending, pendingLength)), tooLong: false };
    }
}
function trimCarriageReturn(bytes) {
    return bytes.length > 0 && bytes[bytes.length - 1] === 13 ? bytes.subarray(0, bytes.length - 1) : bytes;
}

;// CONCATENATED MODULE: ./packages/data/src/read-jsonl.ts





/**
 * Streams a JSON Lines file (maybe gzip-compressed): one object per line, blank lines skipped. The
 * columns are the keys in order of first appearance; when a new key appears a new `header` event
 * extends the list, and a row without a key has null there. Nested values become JSON text.
 */
async function* readJsonl(file, options = {}) {
    const maxBytes = options.maxRecordBytes ?? reader_types/* DEFAULT_MAX_RECORD_BYTES */.ty;
    const batchSize = options.batchSize ?? reader_types/* DEFAULT_BATCH_SIZE */.jg;
    const columns = [];
    const index = new Map();
    let batch = [];
    let rows = 0;
    let sawContent = false;
    let lastLine = 0;
    const bytes = await openBytes(file);
    try {
        for await (const item of splitLines(bytes, maxBytes)) {
            sawContent = true;
            lastLine = item.line;
            if (item.tooLong) {
                yield read_jsonl_problem({
                    kind: "record-too-long",
                    file,
                    line: item.line,
                    message: `the line is longer than ${formatBytes(maxBytes)}`,
                });
                continue;
            }
            const text = item.bytes.toString("utf8").replace(/^\uFEFF/, "");
            if (text.trim() === "")
                continue;
            if (!(0,external_node_buffer_.isUtf8)(item.bytes))
                yield read_jsonl_problem({ kind: "invalid-utf8", file, line: item.line, message: "invalid UTF-8 bytes" });
            if (item.bytes.includes(0)) {
                yield read_jsonl_problem({ kind: "nul-byte", file, line: item.line, message: "a NUL byte (binary data?)" });
            }
            const result = parseLine(text);
            if (!result.ok) {
                yield read_jsonl_problem({ kind: "invalid-json", file, line: item.line, message: result.reason });
                continue;
            }
            const parsed = result.value;
            if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) {
                yield read_jsonl_problem({
                    kind: "not-an-object",
                    file,
                    line: item.line,
                    message: "the line is JSON but not an object",
                });
                continue;
            }
            const values = new Array(columns.length).fill(null);
            let grew = false;
            for (const [key, value] of Object.entries(parsed)) {
                let at = index.get(key);
                if (at === undefined) {
                    at = columns.length;
                    columns.push(key);
                    index.set(key, at);
                    grew = true;
                }
                values[at] = toCell(value);
            }
            if (grew) {
                if (batch.length > 0)
                    yield { kind: "rows", file, rows: batch };
                batch = [];
                yield { kind: "header", file, columns: [...columns] };
            }
            rows++;
            batch.push({ line: item.line, values });
            if (batch.length >= batchSize) {
                yield { kind: "rows", file, rows: batch };
                batch = [];
            }
        }
    }
    catch (error) {
        if (batch.length > 0)
            yield { kind: "rows", file, rows: batch };
        yield read_jsonl_problem((0,reader_types/* unreadableFile */._s)(file, lastLine + 1, error));
        // The rest of the file is unknown: it is not said to be empty.
        return;
    }
    finally {
        bytes.destroy();
    }
    if (batch.length > 0)
        yield { kind: "rows", file, rows: batch };
    if (!sawContent)
        yield read_jsonl_problem({ kind: "empty-file", file, message: "the file is empty" });
    else if (rows === 0 && columns.length === 0) {
        yield read_jsonl_problem({ kind: "empty-file", file, message: "the file has no JSON objects" });
    }
}
function parseLine(text) {
    try {
        return { ok: true, value: JSON.parse(text) };
    }
    catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        return { ok: false, reason: `invalid JSON: ${reason}` };
    }
}
function toCell(value) {
    if (value === null || value === undefined)
        return null;
    if (typeof value === "string" || typeof value === "number" || typeof value === "boolean")
        return value;
    return JSON.stringify(value);
}
function read_jsonl_problem(value) {
    return { kind: "problem", problem: value };
}

;// CONCATENATED MODULE: ./packages/data/src/read-dataset.ts



// Its own module, light enough for an action's entry (see validate-worker.ts).

/** Reads one file in the given format, or the one its name implies. */
function readFile(file, options = {}) {
    const format = options.format ?? formatFromName(file);
    if (format === "jsonl")
        return readJsonl(file, options);
    if (format === "parquet")
        return readParquetLazily(file, options);
    return readCsv(file, { ...options, format });
}
/** Reads many files as one dataset, one after the other, in the order given. */
async function* readDataset(files, options = {}) {
    for (const file of files)
        yield* readFile(file, options);
}
/** parquet-wasm and apache-arrow load only when a Parquet file is read: most runs check CSV. */
async function* readParquetLazily(file, options) {
    const { readParquet } = await Promise.all(/* import() */[__webpack_require__.e(178), __webpack_require__.e(842)]).then(__webpack_require__.bind(__webpack_require__, 6842));
    yield* readParquet(file, options);
}

;// CONCATENATED MODULE: ./packages/data/src/scan-resources.ts

/**
 * The scanner and the read buffer of the last scan, kept for the next: a dataset of many small files
 * made both anew for each file (and twice, header then records), ~0.25 ms of a thread's CPU a file in
 * allocations and collections. One of each is kept, for the thread's next scan; a scan that starts
 * while another holds them (none does today) gets its own.
 */
let idleScanner;
let idleBuffer;
/** A buffer larger than this (grown for a long record) is not kept. */
const MAX_KEPT_BUFFER_BYTES = 4 * 1024 * 1024;
/** A scanner for `delimiter` and `maxRecordBytes`, the idle one when it reads the same. */
function takeScanner(delimiter, maxRecordBytes) {
    const idle = idleScanner;
    idleScanner = undefined;
    return idle !== undefined && idle.delimiter === delimiter && idle.maxRecordBytes === maxRecordBytes
        ? idle.scanner
        : new ByteCsvScanner(delimiter, maxRecordBytes);
}
/** Keeps `scanner` for the next scan. */
function releaseScanner(scanner, delimiter, maxRecordBytes) {
    idleScanner = { scanner, delimiter, maxRecordBytes };
}
/** `bytes` bytes to read into (not zeroed): the front of the idle buffer when it is large enough. */
function takeBuffer(bytes) {
    const idle = idleBuffer;
    const fits = idle !== undefined && idle.length >= bytes;
    if (fits)
        idleBuffer = undefined;
    const owned = fits ? idle : Buffer.allocUnsafe(bytes);
    return { buffer: owned.length === bytes ? owned : owned.subarray(0, bytes), owned };
}
/** Keeps `owned` (what `takeBuffer` gave) for the next scan, unless it is large. */
function releaseBuffer(owned) {
    if (owned.length <= MAX_KEPT_BUFFER_BYTES && (idleBuffer === undefined || idleBuffer.length < owned.length))
        idleBuffer = owned;
}

;// CONCATENATED MODULE: ./packages/data/src/csv-range.ts



/** 1 MiB reads: few system calls. */
const DEFAULT_BUFFER_BYTES = 1024 * 1024;
/** The header is read 64 KiB at a time (more when it is longer): a small file is not read twice whole. */
const HEADER_BUFFER_BYTES = 64 * 1024;
/** Records a batch: its field offsets (8 bytes a field) stay in the CPU caches while each column reads them. */
const BATCH_RECORDS = 1024;
const BOM = [0xef, 0xbb, 0xbf];
/**
 * Scans the CSV records of an open file from `from` with a `ByteCsvScanner`, reading synchronously
 * (the caller is a worker thread, or the main thread with nothing else to do), and hands each buffer's
 * records to `onBatch` as a `FieldBatch`, valid only during the call.
 */
function csv_range_scanFileRange(fd, options, onBatch) {
    const { delimiter, maxRecordBytes } = options;
    const scanner = takeScanner(delimiter, maxRecordBytes);
    const { buffer, owned } = takeBuffer(options.bufferBytes ?? DEFAULT_BUFFER_BYTES);
    try {
        return scanWith(scanner, buffer, fd, options, onBatch);
    }
    finally {
        releaseScanner(scanner, delimiter, maxRecordBytes);
        releaseBuffer(owned);
    }
}
function scanWith(scanner, initialBuffer, fd, options, onBatch) {
    const stopAt = options.stopAt ?? Number.POSITIVE_INFINITY;
    let recordsLeft = options.maxRecords ?? Number.POSITIVE_INFINITY;
    let buffer = initialBuffer;
    let base = options.from;
    let length = 0;
    let line = options.line;
    let eof = false;
    for (;;) {
        try {
            while (length < buffer.length && !eof) {
                const read = (0,external_node_fs_.readSync)(fd, buffer, length, buffer.length - length, base + length);
                if (read === 0)
                    eof = true;
                else
                    length += read;
            }
        }
        catch (error) {
            return {
                end: base,
                line,
                boundary: false,
                error: error instanceof Error ? error.message : String(error),
            };
        }
        let from = 0;
        let outcome;
        // Most files have neither: two searches in native code let the scanner skip both per byte.
        const cr = buffer.indexOf(13);
        const quote = buffer.indexOf(34);
        const plain = (cr === -1 || cr >= length) && (quote === -1 || quote >= length);
        for (;;) {
            const limit = Math.min(recordsLeft, BATCH_RECORDS);
            outcome = scanner.scan(buffer, from, length, eof, line, stopAt - base, limit, plain);
            recordsLeft -= scanner.batch.records;
            if (scanner.batch.records > 0)
                onBatch(scanner.batch);
            if (outcome.stop)
                return { end: base, line: outcome.stop.line, boundary: false, stop: outcome.stop };
            line = outcome.line;
            if (!outcome.full || recordsLeft <= 0)
                break;
            from = outcome.next;
        }
        if (outcome.boundary || recordsLeft <= 0 || (eof && outcome.next >= length)) {
            return { end: base + outcome.next, line, boundary: outcome.boundary };
        }
        const kept = length - outcome.next;
        if (outcome.next === 0 && length === buffer.length) {
            // One record fills the buffer: a bigger one (the scanner stops records past the size limit).
            const grown = Buffer.allocUnsafe(buffer.length * 2);
            buffer.copy(grown, 0, 0, length);
            buffer = grown;
        }
        else
            buffer.copyWithin(0, outcome.next, length);
        base += outcome.next;
        length = kept;
    }
}
/** How far a line end is looked for (see `lineStartAfter`). */
const LINE_SEARCH_BYTES = (/* unused pure expression or super */ null && (1024 * 1024));
/**
 * The offset just after the first line feed at or after `from`, if one comes within 1 MiB and before
 * the end of the file: where a record may start (or a line inside a quoted field: a guess to check).
 */
function csv_range_lineStartAfter(fd, from, size) {
    const buffer = Buffer.allocUnsafe(Math.min(LINE_SEARCH_BYTES, Math.max(0, size - from)));
    const read = readSync(fd, buffer, 0, buffer.length, from);
    const at = buffer.subarray(0, read).indexOf(10);
    return at === -1 || from + at + 1 >= size ? undefined : from + at + 1;
}
/**
 * Reads the header record from the start of the file (after a UTF-8 BOM). `undefined` header when the
 * file has no record; `stop` when even the header cannot be read.
 */
function csv_range_readCsvHeader(fd, options) {
    const head = Buffer.alloc(3);
    const headBytes = (0,external_node_fs_.readSync)(fd, head, 0, 3, 0);
    const from = headBytes === 3 && BOM.every((byte, i) => head[i] === byte) ? 3 : 0;
    let header;
    const headerOptions = { bufferBytes: HEADER_BUFFER_BYTES, ...options, from, line: 1, maxRecords: 1 };
    const end = csv_range_scanFileRange(fd, headerOptions, (batch) => {
        const fields = [];
        for (let f = batch.firstField[0]; f < batch.firstField[1]; f++) {
            fields.push(byte_csv_scanner_fieldText(batch, f));
        }
        header = { fields, line: batch.lines[0], marks: batch.marks[0] };
    });
    if (end.error !== undefined)
        return { error: end.error };
    if (end.stop)
        return { stop: end.stop };
    return header ? { header: { ...header, dataStart: end.end, dataLine: end.line } } : {};
}

;// CONCATENATED MODULE: ./packages/data/src/csv-segment.ts




/**
 * Validates the records of one byte range of a CSV file, in order, into `sinks`: rows go to the column
 * validators a batch and a column at a time, records with the wrong field count and marked records
 * become problems as `readCsv` reports them. Reads synchronously.
 */
function csv_segment_validateSegment(job, sinks) {
    const { file, columns, positions } = job;
    const { validators, rules, nulls, nullBytes } = sinks;
    const problems = [];
    const width = columns.length;
    const index = new Map();
    columns.forEach((name, i) => {
        if (!index.has(name))
            index.set(name, i);
    });
    // Row rules read only their columns (all of them for duplicate rows): the other fields stay null.
    const ruleColumns = rules?.hasRowRules ? rules.neededColumns() : undefined;
    const decoded = columns.map((name) => ruleColumns === undefined || ruleColumns.includes(name));
    let rows = 0;
    let rowRecords = new Int32Array(1024);
    const onBatch = (batch) => {
        let rowCount = 0;
        let batchRows;
        // The usual batch: no marks, and every record as wide as the header, so every record is a row.
        if (!batch.marked && batch.fieldsPerRecord === width) {
            rowCount = batch.records;
            batchRows = identityRows(rowCount);
        }
        else {
            if (rowRecords.length < batch.records)
                rowRecords = new Int32Array(batch.records * 2);
            for (let r = 0; r < batch.records; r++) {
                const marks = batch.marks[r];
                const line = batch.lines[r];
                if (marks !== 0)
                    problems.push(...csv_segment_markProblems(file, line, marks));
                const fields = batch.firstField[r + 1] - batch.firstField[r];
                if (fields !== width) {
                    problems.push({
                        kind: "ragged-row",
                        file,
                        line,
                        message: `the row has ${fields} field(s); the header has ${width}`,
                    });
                }
                else
                    rowRecords[rowCount++] = r;
            }
            batchRows = rowRecords;
        }
        for (let i = 0; i < validators.length; i++) {
            const position = positions[i] ?? -1;
            if (position >= 0)
                validators[i]?.acceptBatch(batch, batchRows, rowCount, position, nullBytes, nulls, file);
        }
        if (rules?.hasRowRules) {
            for (let k = 0; k < rowCount; k++) {
                const r = batchRows[k];
                const first = batch.firstField[r];
                const values = [];
                for (let c = 0; c < width; c++) {
                    const text = decoded[c] ? fieldText(batch, first + c) : "";
                    values.push(text === "" ? null : text);
                }
                const cell = (column) => {
                    const value = values[index.get(column) ?? -1] ?? null;
                    return typeof value === "string" && nulls?.has(value) ? null : value;
                };
                rules.acceptRow(cell, values, file, batch.lines[r]);
            }
        }
        rows += rowCount;
    };
    const fd = openSync(file, "r");
    try {
        const end = scanFileRange(fd, {
            delimiter: job.delimiter,
            maxRecordBytes: job.maxRecordBytes,
            from: job.from,
            line: job.line,
            ...(job.stopAt !== undefined && { stopAt: job.stopAt }),
        }, onBatch);
        return { rows, problems, end };
    }
    finally {
        closeSync(fd);
    }
}
/** `[0, 1, ..., count - 1]`: the records of a batch where every record is a row (shared, not to write). */
function identityRows(count) {
    if (csv_segment_identity.length < count)
        csv_segment_identity = Int32Array.from({ length: Math.max(count, csv_segment_identity.length * 2) }, (_, i) => i);
    return csv_segment_identity;
}
let csv_segment_identity = Int32Array.from({ length: 1024 }, (_, i) => i);
/** The problems `readCsv` reports for a record's marks, in its order. */
function csv_segment_markProblems(file, line, marks) {
    const problems = [];
    if (marks & REPLACEMENT_MARK)
        problems.push({ kind: "invalid-utf8", file, line, message: "invalid UTF-8 bytes" });
    if (marks & NUL_MARK)
        problems.push({ kind: "nul-byte", file, line, message: "a NUL byte (binary data?)" });
    return problems;
}

;// CONCATENATED MODULE: ./packages/drift/src/profile-csv-bytes.ts




/**
 * Cells of at most this many bytes that are not plain decimals (categories like "a", "yes", "NA") are
 * classified once per column and file and remembered by their bytes: no string is made for them again,
 * and the same string goes to the category counts each time.
 */
const SHORT_BYTES = 4;
const MAX_SHORT_CELLS = 4096;
/**
 * Profiles one plain CSV/TSV file (see `byteReadable`) into `part` from its bytes, as `readDataset`'s rows
 * would: the same cells in the same order, so the same profile. A plain decimal is read from the bytes;
 * only the other cells become strings, classified by `profileCell`. The first file problem the row reader
 * would report fails with its `file:line: message` (a header-only file is an empty profile).
 */
function profileCsvBytes(file, plan, part, maxRecordBytes) {
    const { delimiter } = plan;
    const fd = (0,external_node_fs_.openSync)(file, "r");
    try {
        const found = csv_range_readCsvHeader(fd, { delimiter, maxRecordBytes });
        const { header } = found;
        if (!header) {
            if (found.error !== undefined)
                fail(unreadable(file, 1, found.error));
            if (found.stop)
                fail(read_csv_stopProblem(found.stop, file, maxRecordBytes));
            fail({ kind: "empty-file", file, message: "the file has no records" });
        }
        const columns = header.fields;
        const [markProblem] = csv_segment_markProblems(file, header.line, header.marks);
        if (markProblem)
            fail(markProblem);
        for (const event of read_csv_headerProblems(file, header.line, columns, delimiter)) {
            if (event.kind === "problem")
                fail(event.problem);
        }
        const targets = columns.map((name) => part.column(name));
        const shortCells = columns.map(() => new Map());
        const onBatch = (batch) => {
            for (let r = 0; r < batch.records; r++) {
                const marks = batch.marks[r];
                const line = batch.lines[r];
                if (marks !== 0)
                    fail(csv_segment_markProblems(file, line, marks)[0]);
                const fields = batch.firstField[r + 1] - batch.firstField[r];
                if (fields !== columns.length) {
                    fail({
                        kind: "ragged-row",
                        file,
                        line,
                        message: `the row has ${fields} field(s); the header has ${columns.length}`,
                    });
                }
            }
            for (let column = 0; column < targets.length; column++) {
                addColumn(targets[column], batch, column, shortCells[column]);
            }
            part.rows += batch.records;
        };
        const end = csv_range_scanFileRange(fd, { delimiter, maxRecordBytes, from: header.dataStart, line: header.dataLine }, onBatch);
        if (end.error !== undefined)
            fail(unreadable(file, end.line, end.error));
        if (end.stop)
            fail(read_csv_stopProblem(end.stop, file, maxRecordBytes));
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
/**
 * One column's cells of the batch, in row order, as `profileCell` classifies their texts (every record
 * is a row: a ragged one has failed the file).
 */
function addColumn(target, batch, column, shortCells) {
    const { bytes, starts, ends, firstField, texts, records } = batch;
    for (let r = 0; r < records; r++) {
        const f = firstField[r] + column;
        const start = starts[f];
        let cell;
        if (start < 0) {
            const text = texts[-1 - start];
            cell = text === "" ? null : cell_profileCell(text);
        }
        else {
            const end = ends[f];
            if (start === end)
                cell = null;
            else {
                // A plain decimal of at most 15 digits: the value profileCell's fast path gives for its text.
                const value = shortDecimalBytes(bytes, start, end, true);
                if (value !== undefined && value !== NOT_SHORT)
                    cell = value;
                else if (end - start <= SHORT_BYTES) {
                    const key = shortKey(bytes, start, end);
                    const known = shortCells.get(key);
                    if (known !== undefined)
                        cell = known;
                    else {
                        cell = cell_profileCell(bytes.toString("utf8", start, end));
                        if (shortCells.size < MAX_SHORT_CELLS)
                            shortCells.set(key, cell);
                    }
                }
                else
                    cell = cell_profileCell(bytes.toString("utf8", start, end));
            }
        }
        target.update(cell);
    }
}
/** A short text's bytes and length as one number: distinct texts give distinct keys. */
function shortKey(bytes, start, end) {
    let key = 0;
    for (let i = start; i < end; i++)
        key = key * 256 + bytes[i];
    return key * 8 + (end - start);
}
function fail(problem) {
    const where = problem.line ? `${problem.file}:${problem.line}` : problem.file;
    throw new DriftInputError(`${where}: ${problem.message}`);
}
function unreadable(file, line, reason) {
    return { kind: "unreadable", file, line, message: `cannot read the file: ${reason}` };
}

;// CONCATENATED MODULE: ./packages/drift/src/profile-rows.ts



/** Profiles in-memory rows (`columns` names each position); for tests and small data. */
function profileRows(columns, rows, limits = DEFAULT_LIMITS) {
    const profile = new DatasetProfile(limits);
    const targets = columns.map((name) => profile.column(name));
    for (const row of rows)
        addRow(targets, row);
    profile.rows = targets[0]?.count ?? 0;
    return profile;
}
/** Profiles named columns of plain arrays (each the same length). */
function profileColumns(data, limits = DEFAULT_LIMITS) {
    const names = Object.keys(data);
    const length = data[names[0] ?? ""]?.length ?? 0;
    const rows = Array.from({ length }, (_, i) => names.map((name) => data[name]?.[i] ?? null));
    return profileRows(names, rows, limits);
}
function addRow(targets, row) {
    for (let i = 0; i < targets.length; i++)
        targets[i]?.update(profileCell(row[i] ?? null));
}
/**
 * Adds a batch of rows column by column: each column's cells are profiled in row order as `addRow` would,
 * but one column at a time keeps its state and the branches its values take hot.
 */
function addRows(targets, rows) {
    for (let column = 0; column < targets.length; column++) {
        const target = targets[column];
        if (!target)
            continue;
        for (let i = 0; i < rows.length; i++)
            target.update(cell_profileCell(rows[i].values[column] ?? null));
    }
}

;// CONCATENATED MODULE: ./packages/drift/src/profile-files.ts







/**
 * One streaming pass over data files (CSV, TSV, JSON Lines, Parquet, maybe gzipped) into a profile.
 * Each file is profiled on its own and merged, so files may have columns in different orders; a file
 * problem (ragged row, bad quoting...) fails with its file and line. Plain CSV/TSV files are read from
 * their bytes (no string per number), the others through `readDataset`: the same profile either way.
 */
async function profileFiles(files, limits = column_profile_DEFAULT_LIMITS, options = {}) {
    const whole = new dataset_profile_DatasetProfile(limits);
    for (const file of files) {
        const part = new dataset_profile_DatasetProfile(limits);
        const plan = await byteReadable(file, options);
        if (plan) {
            profileCsvBytes(file, plan, part, options.maxRecordBytes ?? reader_types/* DEFAULT_MAX_RECORD_BYTES */.ty);
            whole.merge(part, true);
            continue;
        }
        let targets = [];
        for await (const event of readDataset([file], options)) {
            if (event.kind === "header")
                targets = event.columns.map((name) => part.column(name));
            else if (event.kind === "rows") {
                addRows(targets, event.rows);
                part.rows += event.rows.length;
            }
            else if (event.problem.kind !== "header-only") {
                const where = event.problem.line ? `${event.problem.file}:${event.problem.line}` : event.problem.file;
                throw new DriftInputError(`${where}: ${event.problem.message}`);
            }
        }
        whole.merge(part, true);
    }
    return whole;
}
/**
 * Saved profiles when every file is one (`.json` with the profile schema), merged in the order given —
 * the profiles of shards make the profile of the whole — else the profile of the data files.
 */
async function loadProfileOrData(files, limits = column_profile_DEFAULT_LIMITS) {
    const json = files.filter((file) => file.toLowerCase().endsWith(".json"));
    if (json.length === 0)
        return { profile: await profileFiles(files, limits), fromProfile: false };
    if (json.length !== files.length) {
        throw new DriftInputError(`${json[0]}: profiles (.json) and data files cannot be mixed in one input`);
    }
    let whole;
    for (const file of files) {
        const profile = await readProfile(file);
        whole = whole ? whole.merge(profile) : profile;
    }
    return { profile: whole, fromProfile: true };
}
async function readProfile(file) {
    let parsed;
    try {
        parsed = JSON.parse(await (0,promises_.readFile)(file, "utf8"));
    }
    catch (error) {
        throw new DriftInputError(`${file}: not valid JSON (${error.message.split("\n")[0]})`);
    }
    if (!isProfileJSON(parsed))
        throw new DriftInputError(`${file}: a .json file must be a profile saved by drift-check`);
    return dataset_profile_DatasetProfile.fromJSON(parsed);
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(5919);
;// CONCATENATED MODULE: ./packages/drift/src/profile-in-threads.ts
// Profiles of several inputs at once, one thread each (the reference and the current data on two cores).
// A worker runs a script that calls `runProfileWorker()` when `isProfileWorker()`: for a bundled action,
// the bundle itself, so no second entry file is needed. A worker profiles its files exactly as this thread
// would, sorts the exact numbers the tests need, and sends the profile back with its typed arrays
// transferred, not copied: the results are the same as profiling here, bit for bit.







const WORKER_TAG = "mlops-actions/drift-profile-worker";
/** 4 MiB: about 60 000 rows of 10 columns, a few tenths of a second to profile. */
const DEFAULT_MIN_BYTES = 4 * 2 ** 20;
/** Whether this thread is a profiling worker started by `loadProfilesInThreads`. */
function isProfileWorker() {
    return !external_node_worker_threads_.isMainThread && external_node_worker_threads_.workerData?.tag === WORKER_TAG;
}
/** A worker's whole job: profile its files (or load its saved profiles) and send the profile back. */
async function runProfileWorker() {
    const request = external_node_worker_threads_.workerData;
    const port = external_node_worker_threads_.parentPort;
    let reply;
    let transfer = [];
    try {
        const loaded = await loadProfileOrData(request.files, request.limits);
        const sent = loaded.profile.toTransfer(true);
        reply = { ok: true, profile: sent.message, fromProfile: loaded.fromProfile };
        transfer = sent.transfer;
    }
    catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        reply = { ok: false, message, inputError: error instanceof DriftInputError };
    }
    port.postMessage(reply, transfer);
}
/**
 * Loads each input (data files or saved profiles, as `loadProfileOrData`), as many at once as there are
 * cores: the first here, the others (those of at least `minBytes`) in workers running `workerScript`.
 * Same results, in the order given.
 */
async function loadProfilesInThreads(inputs, options = {}) {
    const limits = options.limits ?? column_profile_DEFAULT_LIMITS;
    const script = options.workerScript;
    const minBytes = options.minBytes ?? DEFAULT_MIN_BYTES;
    const sizes = script ? await Promise.all(inputs.map(totalBytes)) : [];
    // The first input stays here; the next ones, when large enough, go to a thread each while cores last.
    const threaded = new Set();
    for (let index = 1; index < inputs.length && script; index++) {
        if (threaded.size + 1 < (0,external_node_os_.availableParallelism)() && sizes[index] >= minBytes)
            threaded.add(index);
    }
    const workers = [];
    try {
        return await Promise.all(inputs.map((files, index) => script && threaded.has(index)
            ? inWorker(script, files, limits, workers)
            : loadHere(files, limits, threaded.size > 0)));
    }
    catch (error) {
        // One input failed: the others' threads would only keep the process alive.
        await Promise.all(workers.map((worker) => worker.terminate()));
        throw error;
    }
}
/** The files' size together; a file that cannot be read counts 0 (loading it here says why). */
async function totalBytes(files) {
    const sizes = await Promise.all(files.map((file) => (0,promises_.stat)(file).then((s) => s.size, () => 0)));
    return sizes.reduce((sum, size) => sum + size, 0);
}
async function loadHere(files, limits, sortNow) {
    const loaded = await loadProfileOrData(files, limits);
    // While a worker sorts its numbers, this thread sorts its own rather than leave them for later.
    if (sortNow)
        for (const column of loaded.profile.columns.values())
            column.computeDerived();
    return loaded;
}
function inWorker(script, files, limits, started) {
    const request = { tag: WORKER_TAG, files: [...files], limits };
    return new Promise((resolve, reject) => {
        const worker = new external_node_worker_threads_.Worker(script, { workerData: request });
        started.push(worker);
        worker.once("message", (reply) => {
            if (reply.ok)
                resolve({ profile: dataset_profile_DatasetProfile.fromTransfer(reply.profile), fromProfile: reply.fromProfile });
            else
                reject(reply.inputError ? new DriftInputError(reply.message) : new Error(reply.message));
        });
        worker.once("error", reject);
        worker.once("exit", (code) => reject(new Error(`the profiling thread for ${files.join(", ")} ended (exit code ${code}) without a profile`)));
    });
}

;// CONCATENATED MODULE: ./packages/drift/src/index.ts
// Data drift without any GitHub runtime: profiles, column typing, per-column tests, the evidently and
// auto methods, and the HTML report.















/***/ })

};
