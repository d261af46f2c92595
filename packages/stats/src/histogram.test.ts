import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { assertClose, golden, RELATIVE_TOLERANCE } from "./golden-fixture.ts";
import { histogramBinEdges, histogramCounts, histogramCountsSorted } from "./histogram.ts";
import { jensenShannonDistance } from "./jensen-shannon-distance.ts";
import { mulberry32 } from "./mulberry32.ts";
import { psi } from "./psi.ts";

describe("histogramBinEdges / histogramCounts equal numpy's sturges edges and np.histogram", () => {
  (golden.histogram as Array<{ values: number[]; edges: number[]; counts: number[] }>).forEach((c, index) => {
    it(`case ${index}: ${c.values.length} values -> ${c.counts.length} bins (edges exact, counts exact)`, () => {
      const edges = histogramBinEdges(c.values);
      assert.deepEqual(edges, c.edges);
      assert.deepEqual(histogramCounts(c.values, edges), c.counts);
    });
  });
  it("puts the maximum in the last bin and ignores values outside the edges", () => {
    assert.deepEqual(histogramCounts([0, 1, 1.5, 2, 3, -1], [0, 1, 2]), [1, 3]);
  });
  it("rejects NaN and too few edges", () => {
    assert.throws(() => histogramBinEdges([1, Number.NaN]), { name: "StatsInputError" });
    assert.throws(() => histogramCounts([1], [0]), { message: /at least 2/ });
  });
});

describe("histogramCountsSorted equals histogramCounts on ascending values", () => {
  it("with ties on the edges, repeated edges and values outside them", () => {
    const random = mulberry32(11);
    for (let round = 0; round < 50; round++) {
      const values = Float64Array.from({ length: 1 + Math.floor(random() * 500) }, () =>
        Math.round(random() * 40 - 5),
      ).sort();
      const bins = 1 + Math.floor(random() * 12);
      const edges = Array.from({ length: bins + 1 }, (_, i) => Math.round((i * 30) / bins));
      if (round % 5 === 0) edges.splice(1, 0, edges[1] as number);
      assert.deepEqual(
        histogramCountsSorted(values, edges),
        histogramCounts(values, edges),
        `round ${round}`,
      );
    }
  });
  it("on the golden samples' own edges", () => {
    (golden.histogram as Array<{ values: number[]; counts: number[] }>).forEach((c) => {
      const sorted = Float64Array.from(c.values).sort();
      assert.deepEqual(histogramCountsSorted(sorted, histogramBinEdges(c.values)), c.counts);
    });
  });
});

describe("Evidently's numeric binning pipeline (sturges edges on the pooled sample), 1e-9 relative", () => {
  const { reference, current, edges, psi: expectedPsi, jensenshannon } = golden.binnedPipeline;
  it("gives the same edges, PSI and Jensen-Shannon distance", () => {
    const pooledEdges = histogramBinEdges([...reference, ...current]);
    assert.deepEqual(pooledEdges, edges);
    const referenceCounts = histogramCounts(reference, pooledEdges);
    const currentCounts = histogramCounts(current, pooledEdges);
    assertClose(psi(referenceCounts, currentCounts), expectedPsi, { rel: RELATIVE_TOLERANCE }, "psi");
    assertClose(
      jensenShannonDistance(referenceCounts, currentCounts),
      jensenshannon,
      { rel: RELATIVE_TOLERANCE },
      "js",
    );
  });
});
