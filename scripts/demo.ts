// `npm run demo`: runs every action that exists so far, through the local CLI exactly as a user would
// (`mlops-actions run <action> --with ...`), on a copy of the example project, with no GitHub at all.
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { demoProject, demoSteps } from "./demo-steps.ts";
import { repoRoot } from "./lib/actions.ts";

const cli = join(repoRoot, "packages", "cli", "bin", "mlops-actions.js");
const workspace = mkdtempSync(join(tmpdir(), "mlops-demo-"));
const env = { ...process.env };
delete env.GITHUB_TOKEN;
delete env.GITHUB_API_URL;

let failed = 0;
try {
  cpSync(join(repoRoot, demoProject), workspace, { recursive: true });
  for (const step of demoSteps) {
    console.log(`\n━━━ ${step.title} ━━━`);
    const actionArg = step.action.includes("/") ? join(repoRoot, step.action) : step.action;
    const args = [cli, "run", actionArg, "--workspace", workspace];
    for (const [name, value] of Object.entries(step.inputs)) args.push("--with", `${name}=${value}`);
    if (step.event) args.push("--event", step.event);
    const result = spawnSync(process.execPath, args, { stdio: "inherit", env, cwd: workspace });
    if (result.status !== 0) failed++;
  }
} finally {
  rmSync(workspace, { recursive: true, force: true });
}
console.log(`\ndemo: ${demoSteps.length - failed} of ${demoSteps.length} steps succeeded`);
process.exit(failed > 0 ? 1 : 0);
