import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { ageInDays, STALE_AFTER_DAYS, stalenessReasons } from "./staleness.ts";

describe("ageInDays", () => {
  it("counts days to one decimal, never negative", () => {
    const now = new Date("2026-03-11T12:00:00Z");
    assert.equal(ageInDays("2026-03-01T00:00:00Z", now), 10.5);
    assert.equal(ageInDays("2026-03-12T00:00:00Z", now), 0);
    assert.equal(ageInDays("yesterday", now), undefined);
  });
});

describe("stalenessReasons", () => {
  it("is empty for a fresh baseline of the same files", () => {
    assert.deepEqual(
      stalenessReasons({ ageDays: 1, baselineFiles: ["a.json"], candidateFiles: ["a.json"] }),
      [],
    );
  });

  it(`reports a baseline older than ${STALE_AFTER_DAYS} days, or than the limit given`, () => {
    assert.deepEqual(stalenessReasons({ ageDays: 31, baselineFiles: [], candidateFiles: [] }), [
      "the baseline is 31 days old (more than 30)",
    ]);
    assert.equal(
      stalenessReasons({ ageDays: 31, maxAgeDays: 60, baselineFiles: [], candidateFiles: [] }).length,
      0,
    );
  });

  it("reports another set of metrics files, naming what differs", () => {
    assert.deepEqual(
      stalenessReasons({
        baselineFiles: ["out/a.json", "out/old.json"],
        candidateFiles: ["out/a.json", "out/b.json"],
      }),
      [
        "the baseline comes from another set of metrics files: only the candidate has out/b.json; only the baseline has out/old.json",
      ],
    );
  });
});
