import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, test } from "node:test";
import * as core from "@actions/core";

const coreAnnotation = { error: core.error, warning: core.warning, notice: core.notice };

import { captureStdout, withEnv } from "./testing.ts";
import {
  type AnnotationProperties,
  addMask,
  annotation,
  debug,
  inputValue,
  isDebug,
  writeOutput,
} from "./workflow-commands.ts";

describe("workflow commands", () => {
  test("annotation properties escape what would end a property or the command", async () => {
    const lines = await captureStdout(() =>
      annotation("warning", "50% done\r\nnext", { title: "a: b, c", file: "dir,1/x:y.csv", startLine: 3 }),
    );
    assert.deepEqual(lines, [
      "::warning title=a%3A b%2C c,file=dir%2C1/x%3Ay.csv,line=3::50%25 done%0D%0Anext",
    ]);
  });

  test("a property that is 0 or empty is left out, as the runner reads it", async () => {
    const lines = await captureStdout(() =>
      annotation("error", "m", { title: "", startLine: 0, endLine: 2 }),
    );
    assert.deepEqual(lines, ["::error endLine=2::m"]);
  });

  test("without GITHUB_OUTPUT an output is a set-output command", async () => {
    const lines = await withEnv({ GITHUB_OUTPUT: undefined }, () =>
      captureStdout(() => writeOutput("rows", "12,3")),
    );
    assert.deepEqual(lines, ["::set-output name=rows::12,3"]);
  });

  test("inputs are read trimmed, by upper-cased name, spaces as _; debug follows RUNNER_DEBUG", async () => {
    await withEnv({ INPUT_MAX_EXAMPLES: "  5 \n", INPUT_GONE: undefined, RUNNER_DEBUG: "1" }, async () => {
      assert.equal(inputValue("max examples"), "5");
      assert.equal(inputValue("gone"), "");
      assert.equal(isDebug(), true);
      assert.deepEqual(await captureStdout(() => debug("a\nb")), ["::debug::a%0Ab"]);
    });
  });
});

describe("workflow commands, against @actions/core (the oracle they replace)", () => {
  const messages = ["plain", "50% done\r\nnext", "a::b", "%0A literal", "", "tab\tand ünïcödé", "x,y:z"];
  const properties: AnnotationProperties[] = [
    {},
    { title: "a: b, c", file: "dir,1/x:y.csv", startLine: 3, endLine: 4, startColumn: 2, endColumn: 9 },
    { title: "", startLine: 0, endLine: 2 },
    { file: "100% sure\n.csv", startLine: 7 },
  ];

  test("annotations are the lines core.error/warning/notice write", async () => {
    for (const level of ["error", "warning", "notice"] as const)
      for (const message of messages)
        for (const props of properties) {
          const ours = await captureStdout(() => annotation(level, message, props));
          const theirs = await captureStdout(() => coreAnnotation[level](message, props));
          assert.deepEqual(ours, theirs, `${level} ${JSON.stringify(message)} ${JSON.stringify(props)}`);
        }
  });

  test("debug, add-mask and set-output (no GITHUB_OUTPUT) are core's lines", async () => {
    await withEnv({ GITHUB_OUTPUT: undefined }, async () => {
      for (const message of messages) {
        assert.deepEqual(
          await captureStdout(() => debug(message)),
          await captureStdout(() => core.debug(message)),
        );
        assert.deepEqual(
          await captureStdout(() => addMask(message)),
          await captureStdout(() => core.setSecret(message)),
        );
        assert.deepEqual(
          await captureStdout(() => writeOutput("some name", message)),
          await captureStdout(() => core.setOutput("some name", message)),
        );
      }
    });
  });

  test("an output in the GITHUB_OUTPUT file has core's shape, its delimiter aside", async () => {
    const dir = mkdtempSync(join(tmpdir(), "workflow-commands-"));
    try {
      const file = (name: string) => {
        const path = join(dir, name);
        writeFileSync(path, "");
        return path;
      };
      const ours = file("ours");
      const theirs = file("theirs");
      for (const value of ["1", "multi\nline\r\nvalue", ""]) {
        await withEnv({ GITHUB_OUTPUT: ours }, () => writeOutput("rows", value));
        await withEnv({ GITHUB_OUTPUT: theirs }, () => core.setOutput("rows", value));
      }
      const normalise = (path: string) => readFileSync(path, "utf8").replace(/ghadelimiter_[0-9a-f-]+/g, "D");
      assert.equal(normalise(ours), normalise(theirs));
      assert.match(readFileSync(ours, "utf8"), /^rows<<ghadelimiter_[0-9a-f-]{36}\n1\n/);
      await withEnv({ GITHUB_OUTPUT: join(dir, "missing") }, () =>
        assert.throws(() => writeOutput("rows", "1"), /Missing file at path/),
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
