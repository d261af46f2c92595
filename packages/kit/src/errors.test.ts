import assert from "node:assert/strict";
import { test } from "node:test";
import { isUserError, UserError } from "./errors.ts";

test("UserError carries its message and optional location", () => {
  const error = new UserError("bad row", { file: "data/train.csv", line: 12, column: 3 });
  assert.equal(error.message, "bad row");
  assert.equal(error.name, "UserError");
  assert.equal(error.file, "data/train.csv");
  assert.equal(error.line, 12);
  assert.equal(error.column, 3);
  assert.ok(error instanceof Error);
});

test("UserError without a location has no location fields", () => {
  const error = new UserError("bad input");
  assert.equal(error.file, undefined);
  assert.equal(error.line, undefined);
  assert.equal(error.column, undefined);
});

test("UserError keeps its cause", () => {
  const cause = new Error("ENOENT");
  const error = new UserError("cannot read", {}, { cause });
  assert.equal(error.cause, cause);
});

test("isUserError tells user mistakes from bugs", () => {
  assert.equal(isUserError(new UserError("x")), true);
  assert.equal(isUserError(new TypeError("x")), false);
  assert.equal(isUserError("x"), false);
});
