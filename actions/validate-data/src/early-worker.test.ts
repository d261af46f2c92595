import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, test } from "node:test";
import { fileURLToPath } from "node:url";
import { parseSchema } from "@mlops-actions/data";
import { defaultParallelBytes } from "@mlops-actions/data/validate-worker";
import { startWorkerEarly } from "./early-worker.ts";

const dir = mkdtempSync(join(tmpdir(), "validate-data-early-"));
after(() => rmSync(dir, { recursive: true, force: true }));

const workerScript = new URL("../../../packages/data/src/validate-worker-main.ts", import.meta.url);
const fixture = fileURLToPath(
  new URL("../../../packages/data/test-fixtures/groups-v1.parquet", import.meta.url),
);

/** A CSV of one integer column: "n", then `rows` rows of "7"; 2 bytes a row. */
function csv(name: string, rows: number): string {
  const file = join(dir, name);
  const body = Buffer.alloc(rows * 2, "7\n");
  writeFileSync(file, Buffer.concat([Buffer.from("n\n"), body]));
  return file;
}

function withInputs<T>(inputs: Record<string, string>, fn: () => T): T {
  const names = ["INPUT_DATA", "INPUT_FORMAT", "INPUT_INFER", "GITHUB_WORKSPACE"];
  const saved = names.map((name) => [name, process.env[name]] as const);
  for (const name of names) delete process.env[name];
  Object.assign(process.env, inputs);
  try {
    return fn();
  } finally {
    for (const [name, value] of saved) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  }
}

describe("startWorkerEarly", () => {
  // Just large enough on this machine (its cores set the size: `defaultParallelBytes`).
  const bigRows = defaultParallelBytes("csv") / 2;
  const big = csv("big.csv", bigRows);
  const small = csv("small.csv", 1000);
  writeFileSync(join(dir, "small.parquet"), Buffer.alloc(defaultParallelBytes("parquet") - 1));

  test("starts a worker for a large CSV file named by a plain path, and the worker validates", async () => {
    const worker = withInputs({ INPUT_DATA: "big.csv", GITHUB_WORKSPACE: dir }, () =>
      startWorkerEarly(workerScript),
    );
    assert.ok(worker);
    const schema = parseSchema("columns:\n  n: { type: integer, max: 5 }\n", "schema.yml");
    // The last million rows, as the worker's half of a split would be.
    const rows = 1_000_000;
    const from = 2 + (bigRows - rows) * 2;
    const result = await worker.validate({
      segment: {
        file: big,
        delimiter: ",",
        maxRecordBytes: 1 << 20,
        from,
        line: 2,
        columns: ["n"],
        positions: [0],
      },
      schema,
      maxExamples: 3,
    });
    assert.equal(result?.rows, rows);
    assert.equal(result?.end.end, from + rows * 2);
  });

  test("starts a worker loading the Parquet code for a large Parquet file, and it validates columns", async () => {
    const bigParquet = join(dir, "big.parquet");
    // Only the name and the size are looked at here.
    writeFileSync(bigParquet, Buffer.alloc(defaultParallelBytes("parquet")));
    const guesses: Record<string, string>[] = [
      { INPUT_DATA: "big.parquet" },
      { INPUT_DATA: "big.csv", INPUT_FORMAT: "parquet" },
    ];
    for (const inputs of guesses) {
      const worker = withInputs({ ...inputs, GITHUB_WORKSPACE: dir }, () => startWorkerEarly(workerScript));
      assert.equal(worker?.work, "parquet", JSON.stringify(inputs));
      worker?.terminate();
    }
    const worker = withInputs({ INPUT_DATA: "big.parquet", GITHUB_WORKSPACE: dir }, () =>
      startWorkerEarly(workerScript),
    );
    const schema = parseSchema("columns:\n  id: { type: integer, max: 5 }\n", "schema.yml");
    const result = await worker?.validateParquet({ file: fixture, schema, columns: [0], maxExamples: 3 });
    assert.equal(result?.problems, 0);
    assert.equal(result?.rows, result?.columns[0]?.rows);
    assert.ok((result?.rows ?? 0) > 0);
    assert.ok((result?.columns[0]?.tallies[2]?.unexpected ?? 0) > 0, "ids over 5 fail");
  });

  test("starts none for a small file, a glob, a format read by rows, infer mode or a missing file", () => {
    const cases: Record<string, string>[] = [
      { INPUT_DATA: small },
      { INPUT_DATA: join(dir, "*.csv") },
      { INPUT_DATA: big, INPUT_FORMAT: "jsonl" },
      { INPUT_DATA: join(dir, "small.parquet") },
      { INPUT_DATA: big, INPUT_INFER: "true" },
      { INPUT_DATA: join(dir, "missing.csv") },
      {},
    ];
    for (const inputs of cases) {
      assert.equal(
        withInputs(inputs, () => startWorkerEarly(workerScript)),
        undefined,
        JSON.stringify(inputs),
      );
    }
  });
});
