import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { releaseBuffer, releaseScanner, takeBuffer, takeScanner } from "./scan-resources.ts";

describe("scan resources kept between scans", () => {
  test("the scanner released is the next one taken for the same delimiter and record limit only", () => {
    const first = takeScanner(",", 1000);
    releaseScanner(first, ",", 1000);
    const again = takeScanner(",", 1000);
    assert.equal(again, first);
    // Taken: a scan that starts meanwhile gets its own.
    assert.notEqual(takeScanner(",", 1000), first);
    releaseScanner(again, ",", 1000);
    assert.notEqual(takeScanner("\t", 1000), first);
    releaseScanner(again, ",", 1000);
    assert.notEqual(takeScanner(",", 2000), first);
  });

  test("a buffer is the front of the idle one when that is large enough, and a large one is not kept", () => {
    const { buffer, owned } = takeBuffer(1024);
    assert.equal(buffer.length, 1024);
    releaseBuffer(owned);
    const smaller = takeBuffer(100);
    assert.equal(smaller.owned, owned);
    assert.equal(smaller.buffer.length, 100);
    assert.equal(smaller.buffer.buffer, owned.buffer);
    releaseBuffer(smaller.owned);
    assert.notEqual(takeBuffer(2048).owned, owned);
    const large = takeBuffer(8 * 1024 * 1024);
    releaseBuffer(large.owned);
    assert.notEqual(takeBuffer(1024).owned, large.owned);
  });
});
