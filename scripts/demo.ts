// `npm run demo`: runs every action that exists, through the local CLI exactly as a user would
// (`mlops-actions run <action> --with ...`), on a copy of the example project, with no GitHub at all.
// The steps share one RUNNER_TEMP, as the steps of one job do, so metrics-comment finds the reports of
// the steps before it. `npm run demo -- --keep` keeps the workspace and RUNNER_TEMP (the reports, the
// comment's markdown, the drift report's HTML) and prints where they are.
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, delimiter, join } from "node:path";
import { actionsLeftOut, demoEvent, demoProject, demoSteps } from "./demo-steps.ts";
import { repoRoot } from "./lib/actions.ts";

const cli = join(repoRoot, "packages", "cli", "bin", "mlops-actions.js");
const projectDir = join(repoRoot, demoProject);
/** Not part of the project a user would check out: the local Python, training output, caches. */
const notCopied = new Set([".venv", "out", "__pycache__"]);

/** The example's virtual environment, created and filled from requirements.txt when missing or stale. */
function preparePython(): string {
  const venv = join(projectDir, ".venv");
  const python = join(venv, "bin", "python");
  const requirements = readFileSync(join(projectDir, "requirements.txt"), "utf8");
  // What the venv was last filled from: a changed requirements.txt installs again.
  const installedMarker = join(venv, ".mlops-demo-requirements.txt");
  if (!existsSync(python)) {
    console.log(`Creating the example's Python environment: python3 -m venv ${join(demoProject, ".venv")}`);
    mustRun("python3", ["-m", "venv", venv]);
  }
  if (!existsSync(installedMarker) || readFileSync(installedMarker, "utf8") !== requirements) {
    console.log(`Installing ${join(demoProject, "requirements.txt")} into it (pip, once):`);
    mustRun(python, ["-m", "pip", "install", "--disable-pip-version-check", "-q", "-r", "requirements.txt"]);
    writeFileSync(installedMarker, requirements);
  } else {
    console.log(`Python: ${join(demoProject, ".venv")} (requirements.txt installed)`);
  }
  return join(venv, "bin");
}

function mustRun(command: string, args: string[]): void {
  const result = spawnSync(command, args, { stdio: "inherit", cwd: projectDir });
  if (result.status !== 0) {
    const why = result.error ? result.error.message : `exit code ${result.status ?? result.signal}`;
    console.error(`demo: \`${command} ${args.join(" ")}\` failed (${why})`);
    process.exit(1);
  }
}

const keep = process.argv.slice(2).includes("--keep");
const pythonBin = preparePython();
const root = mkdtempSync(join(tmpdir(), "mlops-demo-"));
const workspace = join(root, "workspace");
const runnerTemp = join(root, "runner-temp");
mkdirSync(runnerTemp);
const env: NodeJS.ProcessEnv = { ...process.env, PATH: `${pythonBin}${delimiter}${process.env.PATH ?? ""}` };
delete env.GITHUB_TOKEN;
delete env.GITHUB_API_URL;

const failedSteps: string[] = [];
try {
  cpSync(projectDir, workspace, { recursive: true, filter: (source) => !notCopied.has(basename(source)) });
  for (const step of demoSteps) {
    console.log(`\n━━━ ${step.title} ━━━`);
    const actionArg = step.action.includes("/") ? join(repoRoot, step.action) : step.action;
    const args = [cli, "run", actionArg, "--workspace", workspace, "--env", `RUNNER_TEMP=${runnerTemp}`];
    for (const [name, value] of Object.entries(step.inputs)) args.push("--with", `${name}=${value}`);
    args.push("--event", step.event ?? demoEvent);
    const result = spawnSync(process.execPath, args, { stdio: "inherit", env, cwd: workspace });
    if (result.status !== 0) failedSteps.push(step.action);
  }
} finally {
  if (!keep) rmSync(root, { recursive: true, force: true });
}

console.log("");
if (keep) console.log(`demo: kept the workspace in ${workspace} and RUNNER_TEMP in ${runnerTemp}`);
for (const [action, why] of Object.entries(actionsLeftOut)) console.log(`demo: ${action} left out: ${why}`);
const succeeded = demoSteps.length - failedSteps.length;
const failures = failedSteps.length > 0 ? ` (failed: ${failedSteps.join(", ")})` : "";
console.log(`demo: ${succeeded} of ${demoSteps.length} steps succeeded${failures}`);
process.exit(failedSteps.length > 0 ? 1 : 0);
