import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, it } from "node:test";
import { genericBody, listTable, sortMostSevere } from "./generic.ts";
import { formatValue } from "./metric-table.ts";

const driftReport = JSON.parse(
  readFileSync(new URL("../../../test/fixtures/metrics-comment/drift-check.json", import.meta.url), "utf8"),
);

describe("generic report rendering", () => {
  it("puts drifted columns first, then by p-value, not by statistics of different tests", () => {
    const sorted = sortMostSevere(driftReport.data.columns).map((c) => c.column);
    assert.deepEqual(sorted, ["income", "city", "age"]);
  });

  it("puts failed checks before warnings before passes", () => {
    const sorted = sortMostSevere([
      { check: "a", status: "pass" },
      { check: "b", status: "warn" },
      { check: "c", status: "fail" },
    ]).map((c) => c.check);
    assert.deepEqual(sorted, ["c", "b", "a"]);
  });

  it("shows the columns a reader looks for first", () => {
    const table = listTable("columns", driftReport.data.columns);
    assert.match(
      table,
      /^\*\*columns\*\* \(3\)\n\n\| column \| verdict \| drifted \| test \| statistic \| threshold \|/,
    );
    assert.match(table, /\| income \| drift \| yes \| ks \| 0\.31 \| 0\.05 \|/);
  });

  it("renders scalars, nested scalars and lists", () => {
    const body = genericBody({
      tested: 3,
      sources: { referenceIsProfile: false },
      driftedColumns: ["income"],
    });
    assert.match(body, /\| tested \| 3 \|/);
    assert.match(body, /\| sources\.referenceIsProfile \| no \|/);
  });

  it("reads non-finite numbers written as strings", () => {
    assert.equal(formatValue("NaN"), "NaN");
    assert.equal(formatValue("-Infinity"), "−∞");
    assert.equal(formatValue("93%"), "93%");
  });
});
