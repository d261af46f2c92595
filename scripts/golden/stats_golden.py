"""Golden values for packages/stats, computed with numpy and scipy.

Regenerate (from the repository root):

    python3 -m venv .venv && .venv/bin/pip install numpy scipy
    .venv/bin/python scripts/golden/stats_golden.py

It writes packages/stats/golden/stats.json (seeded: the same numpy/scipy versions give the same file).
NaN is written as null and infinities as the strings "Infinity" / "-Infinity". Large samples are
rounded to a few decimals to keep the file small (ties are fine).
"""

import json
import math
import warnings
from pathlib import Path

import numpy as np
import scipy
from scipy import special, stats
from scipy.spatial import distance

OUT = Path(__file__).resolve().parents[2] / "packages" / "stats" / "golden" / "stats.json"
rng = np.random.default_rng(20261122)


def num(x):
    x = float(x)
    if math.isnan(x):
        return None
    if math.isinf(x):
        return "Infinity" if x > 0 else "-Infinity"
    return x


def floats(values, decimals=None):
    arr = np.asarray(values, dtype=float)
    if decimals is not None:
        arr = np.round(arr, decimals)
    return [float(v) for v in arr]


def ks_result(a, b, method):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        res = stats.ks_2samp(a, b, method=method)
    mode = method
    if method == "auto":
        mode = "exact" if max(len(a), len(b)) <= 10000 else "asymp"
    if any("Switching to" in str(w.message) or "not possible" in str(w.message) for w in caught):
        mode = "asymp"
    return {"mode": method, "statistic": num(res.statistic), "pvalue": num(res.pvalue), "modeUsed": mode}


def ks_case(name, a, b, methods=("auto", "exact", "asymp")):
    return {"name": name, "a": floats(a), "b": floats(b), "results": [ks_result(a, b, m) for m in methods]}


def ks_cases():
    cases = []
    for m, n in [(5, 7), (10, 10), (20, 13), (40, 60), (100, 100), (150, 37), (300, 250), (1000, 800)]:
        for shift in (0.0, 0.3, 1.0):
            a = np.round(rng.normal(0, 1, m), 6)
            b = np.round(rng.normal(shift, 1, n), 6)
            cases.append(ks_case(f"normal m={m} n={n} shift={shift}", a, b))
    # Ties: small integer supports.
    for m, n in [(30, 45), (200, 120)]:
        a = rng.integers(0, 5, m).astype(float)
        b = rng.integers(0, 6, n).astype(float)
        cases.append(ks_case(f"ties m={m} n={n}", a, b))
    # Edge cases.
    cases.append(ks_case("identical samples", [1.0, 2.0, 3.0], [1.0, 2.0, 3.0]))
    cases.append(ks_case("one element each, equal", [4.2], [4.2]))
    # asymp here is NaN in scipy: the effective n = round(0.5) = 0.
    cases.append(ks_case("one element each, different", [1.0], [2.0]))
    cases.append(ks_case("one element vs many", [0.5], floats(rng.normal(0, 1, 9), 6)))
    cases.append(ks_case("all equal values", [2.0] * 8, [2.0] * 5))
    cases.append(ks_case("disjoint supports", [1.0, 2.0, 3.0, 4.0], [10.0, 11.0, 12.0]))
    # Larger exact case (both <= 10000) and auto switching to asymp (one sample > 10000).
    a = np.round(rng.normal(0, 1, 2500), 4)
    b = np.round(rng.normal(0.05, 1, 2000), 4)
    cases.append(ks_case("large m=2500 n=2000", a, b))
    a = np.round(rng.normal(0, 1, 12000), 3)
    b = np.round(rng.normal(0.04, 1, 3000), 3)
    cases.append(ks_case("auto chooses asymp m=12000 n=3000", a, b, ("auto",)))
    return cases


def kolmogorov_cases():
    # Direct kstwo.sf(d, n) values across the regions of the Simard-L'Ecuyer selection.
    out = []
    grid = [1, 2, 5, 10, 50, 140, 141, 500, 2000, 50000, 100000, 100001, 400000, 2000000]
    for n in grid:
        for z in (0.05, 0.3, 0.6, 0.8, 1.0, 1.2, 1.5, 2.0, 3.0):
            d = z / math.sqrt(n)
            if 0 < d < 1:
                out.append({"n": n, "d": d, "sf": num(stats.kstwo.sf(d, n))})
        for d in (0.4, 0.5, 0.7, 0.95):
            out.append({"n": n, "d": d, "sf": num(stats.kstwo.sf(d, n))})
        out.append({"n": n, "d": 0.75 / n, "sf": num(stats.kstwo.sf(0.75 / n, n))})
    return out


def special_function_cases():
    smirnov = [{"n": n, "d": d, "sf": num(special.smirnov(n, d))}
               for n in (1, 3, 10, 100, 1000, 100000) for d in (0.001, 0.01, 0.1, 0.3, 0.5, 0.9)]
    chi2 = [{"x": x, "dof": k, "sf": num(stats.chi2.sf(x, k))}
            for k in (1, 2, 3, 7.5, 30, 1000) for x in (0.001, 0.5, 1.0, 5.0, 29.0, 100.0, 1100.0)]
    zs = (-5.0, -1.0, 0.0, 0.5, 1.96, 3.0, 8.0, 20.0, 38.0)
    normal = [{"z": z, "sf": num(stats.norm.sf(z))} for z in zs]
    return {"smirnov": smirnov, "chi2": chi2, "normal": normal}


def chisquare_cases():
    out = []
    def add(name, observed, expected):
        with np.errstate(divide="ignore", invalid="ignore"):
            res = stats.chisquare(observed, expected) if expected is not None else stats.chisquare(observed)
        out.append({
            "name": name,
            "observed": floats(observed),
            "expected": None if expected is None else floats(expected),
            "statistic": num(res.statistic),
            "pvalue": num(res.pvalue),
            "dof": len(observed) - 1,
        })
    for k in (2, 3, 5, 10, 40):
        observed = rng.integers(0, 200, k).astype(float)
        weights = rng.dirichlet(np.ones(k))
        expected = weights * observed.sum()
        add(f"random k={k}", observed, expected)
        add(f"uniform expected k={k}", observed, None)
    add("perfect fit", [10.0, 20.0, 30.0], [10.0, 20.0, 30.0])
    add("huge statistic", [1000.0, 0.0, 0.0], [1.0, 500.0, 499.0])
    add("zero expected with zero observed", [0.0, 5.0, 5.0], [0.0, 5.0, 5.0])
    add("zero expected with observed", [1.0, 5.0, 4.0], [0.0, 5.0, 5.0])
    add("single category", [7.0], None)
    return out


def wasserstein_cases():
    out = []
    for m, n in [(1, 1), (1, 5), (10, 10), (50, 80), (500, 300)]:
        u = np.round(rng.normal(0, 1, m), 6)
        v = np.round(rng.normal(0.5, 2, n), 6)
        out.append({"u": floats(u), "v": floats(v), "distance": num(stats.wasserstein_distance(u, v))})
    u = rng.integers(0, 4, 40).astype(float)
    v = rng.integers(1, 6, 25).astype(float)
    out.append({"u": floats(u), "v": floats(v), "distance": num(stats.wasserstein_distance(u, v))})
    u = np.round(rng.normal(0, 1, 20), 6)
    v = np.round(rng.normal(0, 1, 15), 6)
    uw = np.round(rng.uniform(0.1, 3, 20), 6)
    vw = np.round(rng.uniform(0.1, 3, 15), 6)
    out.append({
        "u": floats(u), "v": floats(v), "uWeights": floats(uw), "vWeights": floats(vw),
        "distance": num(stats.wasserstein_distance(u, v, uw, vw)),
    })
    out.append({"u": [3.0, 3.0], "v": [3.0], "distance": num(stats.wasserstein_distance([3.0, 3.0], [3.0]))})
    return out


def distribution_pairs():
    pairs = []
    for k in (2, 3, 7, 20):
        pairs.append((rng.integers(0, 100, k).astype(float), rng.integers(1, 100, k).astype(float)))
        pairs.append((rng.dirichlet(np.ones(k)), rng.dirichlet(np.ones(k))))
    pairs.append((np.array([1.0, 0.0, 3.0]), np.array([0.0, 2.0, 2.0])))
    pairs.append((np.array([0.25, 0.25, 0.5]), np.array([0.25, 0.25, 0.5])))
    return pairs


def evidently_fill_zeroes(percents):
    # Evidently legacy get_binned_data(feel_zeroes=True), reimplemented from its source.
    percents = percents.copy()
    smallest = percents[percents != 0].min()
    np.place(percents, percents == 0, smallest / 10**6 if smallest <= 0.0001 else 0.0001)
    return percents


def divergence_cases():
    out = []
    for p, q in distribution_pairs():
        pn, qn = p / p.sum(), q / q.sum()
        pf, qf = evidently_fill_zeroes(pn), evidently_fill_zeroes(qn)
        case = {
            "p": floats(p),
            "q": floats(q),
            "jensenshannon": num(distance.jensenshannon(p, q)),
            "jensenshannonBase2": num(distance.jensenshannon(p, q, base=2)),
            "kl": num(stats.entropy(p, q)),
            "hellinger": num(np.sqrt(1 - np.clip(np.sum(np.sqrt(pn * qn)), 0, 1))),
            "lInfinity": num(np.max(np.abs(pn - qn))),
            "psi": num(np.sum((pf - qf) * np.log(pf / qf))),
        }
        out.append(case)
    return out


def ztest_cases():
    out = []
    for c1, n1, c2, n2 in [(10, 100, 20, 100), (5, 40, 5, 60), (300, 1000, 420, 1200), (1, 3, 2, 3),
                           (0, 50, 10, 50), (5000, 10000, 6000, 10000), (49, 100, 51, 100)]:
        p1, p2 = c1 / n1, c2 / n2
        pooled = (c1 + c2) / (n1 + n2)
        z = (p1 - p2) / math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2))
        out.append({"countRef": c1, "nRef": n1, "countCur": c2, "nCur": n2,
                    "statistic": z, "pvalue": num(2 * stats.norm.sf(abs(z)))})
    return out


def bh_cases():
    out = []
    for m in (1, 2, 5, 30):
        p = rng.uniform(0, 1, m) ** 3
        out.append({"pvalues": floats(p), "adjusted": floats(stats.false_discovery_control(p, method="bh"))})
    p = np.array([0.01, 0.01, 0.04, 0.04, 0.5, 1.0, 0.0])
    out.append({"pvalues": floats(p), "adjusted": floats(stats.false_discovery_control(p, method="bh"))})
    return out


def histogram_cases():
    out = []
    for values in (rng.normal(0, 1, 37), rng.exponential(2, 500), rng.integers(0, 3, 30).astype(float),
                   np.array([5.0] * 10), np.array([1.0]), np.round(rng.uniform(-3, 3, 1000), 2)):
        edges = np.histogram_bin_edges(values, bins="sturges")
        out.append({"values": floats(values), "edges": floats(edges),
                    "counts": [int(c) for c in np.histogram(values, edges)[0]]})
    # Evidently's numeric path: edges from the pooled sample, proportions per sample, then PSI.
    ref = np.round(rng.normal(0, 1, 400), 4)
    cur = np.round(rng.normal(0.3, 1.2, 300), 4)
    edges = np.histogram_bin_edges(np.concatenate([ref, cur]), bins="sturges")
    rp = np.histogram(ref, edges)[0] / len(ref)
    cp = np.histogram(cur, edges)[0] / len(cur)
    rf, cf = evidently_fill_zeroes(rp), evidently_fill_zeroes(cp)
    pipeline = {"reference": floats(ref), "current": floats(cur), "edges": floats(edges),
                "psi": num(np.sum((rf - cf) * np.log(rf / cf))),
                "jensenshannon": num(distance.jensenshannon(rp, cp))}
    return out, pipeline


def moments_cases():
    out = []
    for values in (rng.normal(1e6, 1, 5000), rng.standard_cauchy(2000), np.array([3.5]),
                   np.round(rng.uniform(-5, 5, 1000), 5)):
        out.append({"values": floats(values), "count": len(values), "mean": num(np.mean(values)),
                    "variance": num(np.var(values)),
                    "sampleVariance": num(np.var(values, ddof=1)) if len(values) > 1 else None,
                    "min": num(np.min(values)), "max": num(np.max(values))})
    return out


def main():
    histograms, pipeline = histogram_cases()
    golden = {
        "generator": "scripts/golden/stats_golden.py",
        "numpy": np.__version__,
        "scipy": scipy.__version__,
        "ks": ks_cases(),
        "kolmogorov": kolmogorov_cases(),
        "special": special_function_cases(),
        "chisquare": chisquare_cases(),
        "wasserstein": wasserstein_cases(),
        "divergences": divergence_cases(),
        "ztest": ztest_cases(),
        "benjaminiHochberg": bh_cases(),
        "histogram": histograms,
        "binnedPipeline": pipeline,
        "moments": moments_cases(),
    }
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(golden, allow_nan=False, separators=(",", ":")) + "\n")
    print(f"wrote {OUT} ({OUT.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
