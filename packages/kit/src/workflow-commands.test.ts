import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { captureStdout, withEnv } from "./testing.ts";
import { annotation, debug, inputValue, isDebug, writeOutput } from "./workflow-commands.ts";

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
