import assert from "node:assert/strict";
import { test } from "node:test";
import { TailBuffer } from "./tail-buffer.ts";

test("keeps the last non-blank lines across chunk boundaries", () => {
  const tail = new TailBuffer(3);
  tail.push("one\ntw");
  tail.push("o\n\nthree\nfour\nfi");
  assert.deepEqual(tail.lines(), ["three", "four", "fi"]);
});

test("cuts very long lines", () => {
  const tail = new TailBuffer(2, 10);
  tail.push(`${"x".repeat(50)}\n`);
  assert.deepEqual(tail.lines(), [`${"x".repeat(10)}…`]);
});
