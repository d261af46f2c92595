// The starter workflows in workflows-templates/ are what users paste: each has GitHub's metadata file,
// and every step that uses one of our actions names an action that exists and only inputs it declares.
import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { parse } from "yaml";
import { repoRoot } from "./lib/actions.ts";

interface Step {
  uses?: string;
  with?: Record<string, unknown>;
}
interface Workflow {
  on?: unknown;
  jobs?: Record<string, { steps?: Step[] }>;
}

const templatesDir = join(repoRoot, "workflows-templates");
const templates = readdirSync(templatesDir).filter((file) => file.endsWith(".yml"));
const ourAction = /^OWNER\/mlops-actions\/([a-z-]+)@v1$/;

function declaredInputs(action: string): string[] {
  const metadata = parse(readFileSync(join(repoRoot, "actions", action, "action.yml"), "utf8")) as {
    inputs?: Record<string, unknown>;
  };
  return Object.keys(metadata.inputs ?? {});
}

describe("workflows-templates", () => {
  it("has templates", () => assert.ok(templates.length >= 3));

  for (const template of templates) {
    it(`${template} has its metadata and uses our actions as they are declared`, () => {
      const properties = JSON.parse(
        readFileSync(join(templatesDir, template.replace(/\.yml$/, ".properties.json")), "utf8"),
      ) as Record<string, unknown>;
      for (const key of ["name", "description", "iconName"])
        assert.equal(typeof properties[key], "string", key);
      assert.ok(Array.isArray(properties.categories) && properties.categories.length > 0, "categories");

      const workflow = parse(readFileSync(join(templatesDir, template), "utf8")) as Workflow;
      assert.ok(workflow.on, "a trigger");
      const steps = Object.values(workflow.jobs ?? {}).flatMap((job) => job.steps ?? []);
      const ours = steps.filter((step) => step.uses && ourAction.test(step.uses));
      assert.ok(ours.length > 0, "uses at least one of our actions");
      for (const step of ours) {
        const action = ourAction.exec(step.uses ?? "")?.[1] ?? "";
        assert.ok(existsSync(join(repoRoot, "actions", action, "action.yml")), `action ${action} exists`);
        const inputs = declaredInputs(action);
        for (const input of Object.keys(step.with ?? {})) {
          assert.ok(inputs.includes(input), `${action} declares the input '${input}'`);
        }
      }
    });
  }
});
