import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, it } from "node:test";
import { mulberry32 } from "@mlops-actions/stats";
import type { ColumnProfile } from "./column-profile.ts";
import { DriftInputError } from "./errors.ts";
import { loadProfileOrData } from "./profile-files.ts";
import { loadProfilesInThreads } from "./profile-in-threads.ts";

const workerScript = join(import.meta.dirname, "test-profile-worker.ts");
const scratch = mkdtempSync(join(tmpdir(), "drift-threads-"));
after(() => rmSync(scratch, { recursive: true, force: true }));

function writeCsv(name: string, rows: number, seed: number): string {
  const random = mulberry32(seed);
  const lines = ["x,level,segment"];
  for (let i = 0; i < rows; i++) {
    const x = random() < 0.02 ? "" : (random() * 10 - 5).toFixed(4);
    lines.push(`${x},${Math.floor(random() * 6)},${["a", "b", "c"][Math.floor(random() * 3)]}`);
  }
  const file = join(scratch, name);
  writeFileSync(file, `${lines.join("\n")}\n`);
  return file;
}

function sameSorted(actual: ColumnProfile, expected: ColumnProfile): boolean {
  const [a, b] = [actual.sortedValues(), expected.sortedValues()];
  return !!a && !!b && a.length === b.length && a.every((value, i) => Object.is(value, b[i]));
}

describe("loadProfilesInThreads", () => {
  it("gives the profiles loading in this thread gives, in the order of the inputs", async () => {
    const reference = [writeCsv("ref.csv", 6000, 1)];
    const current = [writeCsv("cur-1.csv", 3000, 2), writeCsv("cur-2.csv", 2000, 3)];
    const loaded = await loadProfilesInThreads([reference, current], { workerScript, minBytes: 0 });
    for (const [index, files] of [reference, current].entries()) {
      const expected = await loadProfileOrData(files);
      const actual = loaded[index];
      assert.ok(actual);
      assert.equal(actual.fromProfile, false);
      assert.deepEqual(actual.profile.toJSON(), expected.profile.toJSON());
      for (const [name, column] of expected.profile.columns) {
        assert.ok(sameSorted(actual.profile.columns.get(name) as ColumnProfile, column), name);
      }
    }
  });

  it("loads saved profiles in a worker too", async () => {
    const data = [writeCsv("saved.csv", 500, 4)];
    const saved = join(scratch, "saved.json");
    writeFileSync(saved, JSON.stringify((await loadProfileOrData(data)).profile.toJSON()));
    const [fromData, fromSaved] = await loadProfilesInThreads([data, [saved]], { workerScript, minBytes: 0 });
    assert.equal(fromSaved?.fromProfile, true);
    assert.deepEqual(fromSaved?.profile.toJSON(), fromData?.profile.toJSON());
  });

  it("profiles inputs under minBytes here, larger ones in a worker when there is a second core", async () => {
    const files = [writeCsv("small.csv", 50, 6)];
    const missingScript = join(scratch, "no-such-worker.js");
    const here = await loadProfilesInThreads([files, files], {
      workerScript: missingScript,
      minBytes: 10 ** 9,
    });
    assert.equal(here.length, 2);
    const threaded = await loadProfilesInThreads([files, files], {
      workerScript: missingScript,
      minBytes: 0,
    }).then(
      () => false,
      () => true,
    );
    assert.equal(threaded, availableParallelism() > 1);
  });

  it("fails with this thread's input error too, and stops the worker", async () => {
    const ragged = join(scratch, "ragged-here.csv");
    writeFileSync(ragged, "x,y\n1\n");
    await assert.rejects(
      loadProfilesInThreads([[ragged], [writeCsv("big.csv", 20_000, 7)]], { workerScript, minBytes: 0 }),
      (error: Error) => error instanceof DriftInputError && error.message.startsWith(`${ragged}:2: `),
    );
  });

  it("fails with the worker's input error, file and line", async () => {
    const ragged = join(scratch, "ragged.csv");
    writeFileSync(ragged, "x,y\n1,2\n3\n");
    await assert.rejects(
      loadProfilesInThreads([[writeCsv("fine.csv", 10, 5)], [ragged]], { workerScript, minBytes: 0 }),
      (error: Error) => error instanceof DriftInputError && error.message.startsWith(`${ragged}:3: `),
    );
  });
});
