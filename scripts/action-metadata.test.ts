// Every bundled action keeps the contracts of DESIGN.md in its action.yml: node24, a dist/ entry that
// exists, described inputs and outputs, a `report` output; user-facing ones also carry branding and a README.
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { parse } from "yaml";
import { findActions } from "./lib/actions.ts";

interface ActionMetadata {
  name?: string;
  description?: string;
  branding?: { icon?: string; color?: string };
  inputs?: Record<string, { description?: string }>;
  outputs?: Record<string, { description?: string }>;
  runs?: { using?: string; main?: string; post?: string };
}

const actions = findActions();

describe("action.yml of every bundled action", () => {
  it("finds the fixture action at least", () => {
    assert.ok(actions.some((action) => action.name === "test/fixture-action"));
  });

  for (const action of actions) {
    it(`${action.name} keeps the action contracts`, () => {
      const metadata = parse(readFileSync(join(action.dir, "action.yml"), "utf8")) as ActionMetadata;
      assert.ok(metadata.name && metadata.description, "name and description");
      assert.equal(metadata.runs?.using, "node24");
      assert.equal(metadata.runs?.main, "dist/index.js");
      assert.ok(existsSync(join(action.dir, "dist", "index.js")), "dist/index.js is committed");
      if (metadata.runs?.post)
        assert.ok(existsSync(join(action.dir, metadata.runs.post)), "post entry exists");
      for (const [name, input] of Object.entries(metadata.inputs ?? {})) {
        assert.match(name, /^[a-z][a-z0-9-]*$/, `input '${name}' is kebab-case`);
        assert.ok(input.description?.trim(), `input '${name}' has a description`);
      }
      for (const [name, output] of Object.entries(metadata.outputs ?? {})) {
        assert.ok(output.description?.trim(), `output '${name}' has a description`);
      }
      assert.ok(metadata.outputs?.report, "every action sets the output 'report'");
      if (action.name.startsWith("actions/")) {
        assert.ok(metadata.branding?.icon && metadata.branding.color, "branding for the Marketplace");
        assert.ok(existsSync(join(action.dir, "README.md")), "a README with usage, inputs and outputs");
      }
    });
  }
});
