import assert from "node:assert/strict";
import { it } from "node:test";
import { UserError } from "@mlops-actions/kit";
import { PredictionsError, SourceError } from "@mlops-actions/metrics";
import { asUserErrorAsync, toUserError } from "./user-errors.ts";

it("keeps a predictions problem's message and location, and adds none where there was none", () => {
  const located = toUserError(new PredictionsError("p.csv:3: bad score", { file: "p.csv", line: 3 }));
  assert.ok(located instanceof UserError);
  assert.deepEqual([located.message, located.file, located.line], ["p.csv:3: bad score", "p.csv", 3]);
  const unlocated = toUserError(new PredictionsError("b.csv: has 2 examples, p.csv 1"));
  assert.ok(unlocated instanceof UserError);
  assert.equal(unlocated.file, undefined);
});

it("turns a source error thrown by asynchronous work into a user error, and lets others through", async () => {
  await assert.rejects(
    asUserErrorAsync(async () => {
      throw new SourceError({ file: "m.json", line: 2, column: 5 }, "bad");
    }),
    (error: UserError) =>
      error instanceof UserError && error.message === "m.json:2:5: bad" && error.column === 5,
  );
  const other = new TypeError("a bug");
  await assert.rejects(
    asUserErrorAsync(async () => {
      throw other;
    }),
    (error) => error === other,
  );
});
