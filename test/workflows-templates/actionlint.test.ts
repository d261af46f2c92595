// Every starter workflow passes actionlint (built by scripts/ci/install-actionlint.sh into .tools/bin).
// Their metadata and inputs are checked by scripts/workflow-templates.test.ts.
import assert from "node:assert/strict";
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { describe, it } from "node:test";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const templatesDir = join(root, "workflows-templates");
const actionlint = join(root, ".tools", "bin", "actionlint");
const templates = readdirSync(templatesDir).filter((name) => /\.ya?ml$/.test(name));

function lint(file: string) {
  // -shellcheck= and -pyflakes= keep the result independent of what else the machine has installed.
  return spawnSync(actionlint, ["-no-color", "-shellcheck=", "-pyflakes=", file], { encoding: "utf8" });
}

describe("workflows-templates", () => {
  it("has templates, and actionlint is installed (bash scripts/ci/install-actionlint.sh)", () => {
    assert.ok(templates.length > 0);
    assert.ok(existsSync(actionlint), `${actionlint} is missing: run bash scripts/ci/install-actionlint.sh`);
    assert.match(execFileSync(actionlint, ["-version"], { encoding: "utf8" }), /^v\d+\.\d+\.\d+/);
  });

  for (const name of templates) {
    it(`${name} passes actionlint`, () => {
      const result = lint(join(templatesDir, name));
      assert.equal(result.status, 0, `${result.stdout}${result.stderr}`);
    });
  }

  it("actionlint does reject a broken workflow (so a pass above means something)", () => {
    const dir = mkdtempSync(join(tmpdir(), "actionlint-"));
    try {
      const file = join(dir, "broken.yml");
      writeFileSync(
        file,
        "on: { workflow_run: { workflows: [CI], types: [finished] } }\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo hi\n",
      );
      const result = lint(file);
      assert.equal(result.status, 1);
      assert.match(result.stdout, /finished/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
