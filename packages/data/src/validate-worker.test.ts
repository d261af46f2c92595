import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { DEFAULT_PARALLEL_BYTES, DEFAULT_WORKER_LAG_BYTES, mainThreadShare } from "./validate-worker.ts";

describe("mainThreadShare", () => {
  const MiB = 1024 * 1024;

  test("gives the main thread the worker's lag and half of the rest, so both end together", () => {
    for (const size of [24 * MiB, 60 * MiB, 600 * MiB]) {
      const share = mainThreadShare(size);
      const mainBytes = share * size;
      const workerBytes = size - mainBytes;
      assert.ok(Math.abs(mainBytes - (workerBytes + DEFAULT_WORKER_LAG_BYTES)) < 1, `${size}`);
    }
    assert.ok(mainThreadShare(600 * MiB) < mainThreadShare(60 * MiB), "the lag matters less in a big file");
  });

  test("is half with no lag, and at most 0.85 however small the file", () => {
    assert.equal(mainThreadShare(10 * MiB, 0), 0.5);
    assert.equal(mainThreadShare(1000), 0.85);
    assert.equal(mainThreadShare(0), 0.5);
    assert.ok(
      mainThreadShare(DEFAULT_PARALLEL_BYTES) < 0.85,
      "a file just large enough to split still gives the worker a share",
    );
  });
});
