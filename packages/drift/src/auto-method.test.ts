import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { compareProfiles } from "./compare.ts";
import { profileColumns } from "./profile-rows.ts";

const range = (n: number, f: (i: number) => string | null) => Array.from({ length: n }, (_, i) => f(i));

function auto(ref: Record<string, (string | null)[]>, cur: Record<string, (string | null)[]>) {
  const result = compareProfiles(profileColumns(ref), profileColumns(cur), { method: "auto" });
  return Object.fromEntries(result.columns.map((c) => [c.column, c]));
}

describe("method auto", () => {
  it("gives defined results for constant, all-null, ID-like and type-changed columns", () => {
    const n = 200;
    const result = auto(
      {
        constant: range(n, () => "5"),
        moved: range(n, () => "5"),
        empty: range(n, () => null),
        emptied: range(n, (i) => String(i % 17)),
        id: range(n, (i) => `user-${i}`),
        typed: range(n, (i) => String((i % 50) / 3)),
      },
      {
        constant: range(n, () => "5"),
        moved: range(n, () => "6"),
        empty: range(n, () => null),
        emptied: range(n, () => null),
        id: range(n, (i) => `user-${i + 1000}`),
        typed: range(n, (i) => (i % 2 ? "n/a-ish" : String(i))),
      },
    );
    assert.equal(result.constant?.verdict, "ok");
    assert.equal(result.moved?.verdict, "drift");
    assert.equal(result.empty?.verdict, "skipped");
    assert.equal(result.emptied?.verdict, "drift");
    assert.match(result.emptied?.notes.join() ?? "", /missing in the current/);
    assert.equal(result.id?.verdict, "skipped");
    assert.match(result.id?.notes.join() ?? "", /ID-like/);
    assert.equal(result.typed?.verdict, "drift");
    assert.match(result.typed?.notes.join() ?? "", /type changed/);
  });

  it("lists categories never seen in the reference by name", () => {
    const ref = { plan: range(300, (i) => ["a", "b"][i % 2] as string) };
    const cur = { plan: range(300, (i) => ["a", "b", "c"][i % 3] as string) };
    const plan = auto(ref, cur).plan;
    assert.deepEqual(plan?.newCategories, ["c"]);
    assert.equal(plan?.verdict, "drift");
  });

  it("on large samples a tiny but significant shift is not drift; a large one is", () => {
    const n = 20_000;
    const wave = (i: number) =>
      Math.sin(i * 12.9898) * 43758.5453 - Math.floor(Math.sin(i * 12.9898) * 43758.5453);
    const ref = { x: range(n, (i) => String(wave(i))) };
    const tiny = auto(ref, { x: range(n, (i) => String(wave(i + n) + 0.01)) }).x;
    const large = auto(ref, { x: range(n, (i) => String(wave(i + n) + 0.1)) }).x;
    assert.ok((tiny?.effect?.value ?? 1) < 0.05);
    assert.equal(tiny?.verdict, "ok");
    assert.equal(large?.verdict, "drift");
    assert.ok(large?.adjustedPValue !== undefined && large.adjustedPValue < 0.05);
  });
});
