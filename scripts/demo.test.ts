// The demo stays the README's promise: every action under actions/ is run (or left out with a reason),
// with inputs its action.yml declares and files the example project has.
import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { parse } from "yaml";
import { actionsLeftOut, demoProject, demoSteps } from "./demo-steps.ts";
import { repoRoot } from "./lib/actions.ts";

/** Inputs that name files of the example project, by action. */
const fileInputs: Record<string, string[]> = {
  "validate-data": ["data", "schema"],
  train: ["deps"],
  "evaluate-gate": ["policy", "baseline"],
  "drift-check": ["reference", "current"],
};

const userFacingActions = readdirSync(join(repoRoot, "actions"), { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(join(repoRoot, "actions", entry.name, "action.yml")))
  .map((entry) => entry.name);

describe("the demo", () => {
  it("runs every action under actions/ or says why it leaves it out", () => {
    const covered = new Set([...demoSteps.map((step) => step.action), ...Object.keys(actionsLeftOut)]);
    const missing = userFacingActions.filter((name) => !covered.has(name));
    assert.deepEqual(missing, [], "add a demo step (or a reason in actionsLeftOut) for each of these");
  });

  it("runs no action twice and none it also leaves out", () => {
    const names = demoSteps.map((step) => step.action);
    assert.equal(new Set(names).size, names.length);
    for (const name of names) assert.equal(actionsLeftOut[name], undefined, name);
  });

  for (const step of demoSteps) {
    it(`${step.action}: gives only inputs its action.yml declares, and every required one`, () => {
      const metadata = parse(readFileSync(join(repoRoot, "actions", step.action, "action.yml"), "utf8")) as {
        inputs?: Record<string, { required?: boolean; default?: unknown }>;
      };
      const declared = metadata.inputs ?? {};
      for (const name of Object.keys(step.inputs)) assert.ok(name in declared, `unknown input '${name}'`);
      for (const [name, input] of Object.entries(declared)) {
        if (input.required === true && input.default === undefined) {
          assert.ok(name in step.inputs, `required input '${name}' is missing`);
        }
      }
    });

    for (const input of fileInputs[step.action] ?? []) {
      it(`${step.action}: the files of input '${input}' are in ${demoProject}`, () => {
        const value = step.inputs[input];
        assert.ok(value, `the step gives '${input}'`);
        for (const path of value.split("\n")) {
          assert.ok(existsSync(join(repoRoot, demoProject, path)), `${demoProject}/${path} exists`);
        }
      });
    }
  }
});
