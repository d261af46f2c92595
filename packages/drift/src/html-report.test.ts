import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { compareProfiles } from "./compare.ts";
import { renderHtmlReport } from "./html-report.ts";
import { profileColumns } from "./profile-rows.ts";

describe("renderHtmlReport", () => {
  it("draws a chart per tested column, drifted first, escapes names and loads nothing", () => {
    const n = 300;
    const ref = profileColumns({
      "<b>x</b>": Array.from({ length: n }, (_, i) => String(i % 37)),
      plan: Array.from({ length: n }, (_, i) => ["a", "b"][i % 2] as string),
    });
    const cur = profileColumns({
      "<b>x</b>": Array.from({ length: n }, (_, i) => String((i % 37) + 20)),
      plan: Array.from({ length: n }, (_, i) => ["a", "b"][i % 2] as string),
    });
    const result = compareProfiles(ref, cur, { method: "evidently" });
    const html = renderHtmlReport(result, { reference: "ref.csv", current: "cur.csv" });
    assert.equal((html.match(/<svg class="chart"/g) ?? []).length, 2);
    assert.ok(html.indexOf("&lt;b&gt;x&lt;/b&gt;") < html.indexOf('data-column="plan"'));
    assert.ok(!html.includes("<b>x</b>"));
    assert.doesNotMatch(html, /<script|<link|src=|https?:\/\/(?!www\.w3\.org)/);
  });
});
