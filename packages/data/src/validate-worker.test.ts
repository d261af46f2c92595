import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, test } from "node:test";
import {
  DEFAULT_PARALLEL_BYTES,
  DEFAULT_PARALLEL_BYTES_TWO_CORES,
  DEFAULT_PARALLEL_PARQUET_BYTES,
  DEFAULT_PARALLEL_PARQUET_BYTES_TWO_CORES,
  DEFAULT_WORKER_LAG_BYTES,
  defaultParallelBytes,
  mainThreadShare,
  splitWork,
} from "./validate-worker.ts";

describe("defaultParallelBytes", () => {
  test("asks for more bytes on two cores, where the worker's own start and compiles compete for them", () => {
    assert.equal(defaultParallelBytes("csv", 2), DEFAULT_PARALLEL_BYTES_TWO_CORES);
    assert.equal(defaultParallelBytes("csv", 1), DEFAULT_PARALLEL_BYTES_TWO_CORES);
    for (const cores of [3, 4, 64]) assert.equal(defaultParallelBytes("csv", cores), DEFAULT_PARALLEL_BYTES);
    assert.ok(DEFAULT_PARALLEL_BYTES_TWO_CORES > DEFAULT_PARALLEL_BYTES);
  });

  test("the same for Parquet files", () => {
    assert.equal(defaultParallelBytes("parquet", 2), DEFAULT_PARALLEL_PARQUET_BYTES_TWO_CORES);
    assert.equal(defaultParallelBytes("parquet", 4), DEFAULT_PARALLEL_PARQUET_BYTES);
    assert.ok(DEFAULT_PARALLEL_PARQUET_BYTES_TWO_CORES > DEFAULT_PARALLEL_PARQUET_BYTES);
  });
});

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

describe("ValidationWorker", () => {
  test("does not keep the process alive until it is given a job", () => {
    // A run that fails before the worker gets its job (a schema error) must still end.
    const worker = new URL("./validate-worker.ts", import.meta.url).href;
    const script = new URL("./validate-worker-main.ts", import.meta.url).href;
    const code = `import { ValidationWorker } from ${JSON.stringify(worker)};
new ValidationWorker(new URL(${JSON.stringify(script)}), process.argv[2]);
console.log("started");`;
    // A script file: under -e, Node ends the process anyway.
    const dir = mkdtempSync(join(tmpdir(), "validation-worker-"));
    const file = join(dir, "start.mjs");
    writeFileSync(file, code);
    after(() => rmSync(dir, { recursive: true, force: true }));
    for (const work of ["csv", "parquet"]) {
      const run = spawnSync(process.execPath, [file, work], { encoding: "utf8", timeout: 20_000 });
      assert.equal(run.signal, null, `${work}: ended by itself, not by the timeout`);
      assert.equal(run.status, 0, run.stderr);
      assert.equal(run.stdout.trim(), "started");
    }
  });
});

describe("splitWork", () => {
  test("splits plain CSV/TSV by bytes and Parquet by columns, by the format or the name", () => {
    const cases: [string, string | undefined, string | undefined][] = [
      ["train.csv", undefined, "csv"],
      ["train.TSV", undefined, "csv"],
      ["train.tab", undefined, "csv"],
      ["train.txt", undefined, "csv"],
      ["train.parquet", undefined, "parquet"],
      ["train.PQ", undefined, "parquet"],
      ["train.txt", "parquet", "parquet"],
      ["train.parquet", "csv", "csv"],
      ["train.csv.gz", undefined, undefined],
      ["train.csv.gz", "csv", undefined],
      ["train.jsonl", undefined, undefined],
      ["train.csv", "jsonl", undefined],
      ["train.csv", "xlsx", undefined],
    ];
    for (const [file, format, work] of cases)
      assert.equal(splitWork(file, format), work, `${file} ${format}`);
  });
});
