// biome-ignore-all lint/suspicious/noTemplateCurlyInString: these strings are GitHub Actions expressions, not JS templates.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { NodeActionManifest } from "./action-manifest.ts";
import { inputEnvName, resolveInputs } from "./inputs.ts";

function manifest(inputs: NodeActionManifest["inputs"]): NodeActionManifest {
  return {
    name: "t",
    description: "",
    inputs,
    outputs: {},
    runs: { using: "node24", main: "main.js", preIf: "always()", postIf: "always()" },
    file: "action.yml",
  };
}

const context = {
  contexts: { github: { token: "ghs_x", repository: "o/r" }, runner: { temp: "/rt" }, env: {} },
};

describe("inputEnvName", () => {
  it("upper-cases, replaces spaces and keeps hyphens", () => {
    assert.equal(inputEnvName("github-token"), "INPUT_GITHUB-TOKEN");
    assert.equal(inputEnvName("my input"), "INPUT_MY_INPUT");
  });
});

describe("resolveInputs", () => {
  it("applies evaluated defaults for inputs not given", () => {
    const resolved = resolveInputs(
      manifest({
        token: { default: "${{ github.token }}" },
        dir: { default: "${{ runner.temp }}/x" },
        n: { default: "3" },
      }),
      { n: "5" },
      context,
    );
    assert.deepEqual(resolved.env, { INPUT_N: "5", INPUT_TOKEN: "ghs_x", INPUT_DIR: "/rt/x" });
  });

  it("warns about inputs action.yml does not declare, listing the valid ones", () => {
    const resolved = resolveInputs(manifest({ a: {}, b: {} }), { a: "1", zed: "2", Why: "3" }, context);
    assert.deepEqual(resolved.warnings, ["Unexpected input(s) 'zed', 'Why', valid inputs are ['a', 'b']"]);
    assert.equal(resolved.env.INPUT_ZED, "2");
  });

  it("matches declared names case-insensitively", () => {
    assert.deepEqual(resolveInputs(manifest({ Data: {} }), { data: "x" }, context).warnings, []);
  });

  it("does not fail on a missing required input, it only notes it", () => {
    const resolved = resolveInputs(manifest({ metrics: { required: true } }), {}, context);
    assert.equal(resolved.env.INPUT_METRICS, "");
    assert.match(resolved.notes[0] ?? "", /^Input required and not supplied: metrics/);
    assert.deepEqual(resolved.warnings, []);
  });

  it("warns about deprecated inputs that are used", () => {
    const resolved = resolveInputs(
      manifest({ old: { deprecationMessage: "use new" } }),
      { old: "1" },
      context,
    );
    assert.deepEqual(resolved.warnings, ["Input 'old' has been deprecated with message: use new"]);
  });
});
