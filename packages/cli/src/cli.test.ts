// biome-ignore-all lint/suspicious/noTemplateCurlyInString: these strings are GitHub Actions expressions, not JS templates.
import assert from "node:assert/strict";
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { after, describe, it } from "node:test";
import { fileURLToPath } from "node:url";
import { writeThrowawayAction } from "@mlops-actions/runner/testing";

const bin = resolve(dirname(fileURLToPath(import.meta.url)), "..", "bin", "mlops-actions.js");
const root = mkdtempSync(join(tmpdir(), "mlops-cli-test-"));
after(() => rmSync(root, { recursive: true, force: true }));

const actionsDir = join(root, "actions");
const actionDir = writeThrowawayAction(
  {
    metadata: {
      name: "Echo",
      description: "Echoes its input and the environment it was given",
      inputs: {
        message: { required: true },
        "github-token": { default: "${{ github.token }}" },
        "exit-code": { default: "0" },
      },
      runs: { using: "node24", main: "dist/index.js" },
    },
    files: {
      "dist/index.js": `
import { appendFileSync } from "node:fs";
const env = process.env;
console.log("log: " + env.INPUT_MESSAGE);
console.log("::warning file=data/train.csv,line=7::row 7 is odd");
appendFileSync(env.GITHUB_OUTPUT, "message=" + env.INPUT_MESSAGE + "\\n");
for (const name of ["MLOPS_ACTIONS_LOCAL", "GITHUB_API_URL", "GITHUB_SHA", "GITHUB_REPOSITORY", "GITHUB_EVENT_NAME", "GITHUB_WORKSPACE", "EXTRA"]) {
  appendFileSync(env.GITHUB_OUTPUT, name.toLowerCase() + "=" + (env[name] ?? "") + "\\n");
}
appendFileSync(env.GITHUB_OUTPUT, "token=" + env["INPUT_GITHUB-TOKEN"] + "\\n");
appendFileSync(env.GITHUB_STEP_SUMMARY, "## Result\\n\\n| a | b |\\n| --- | --- |\\n| 1 | 2 |\\n\\n<details><summary>More</summary>\\n\\nhidden &amp; found\\n</details>\\n");
process.exitCode = Number(env["INPUT_EXIT-CODE"]);
`,
    },
  },
  join(actionsDir, "echo"),
);
writeThrowawayAction(
  {
    metadata: {
      name: "Other",
      description: "Second action",
      runs: { using: "node24", main: "dist/index.js" },
    },
    files: {},
  },
  join(actionsDir, "other"),
);

function cli(args: string[], options: { env?: Record<string, string>; cwd?: string } = {}) {
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd: options.cwd ?? root,
    env: { PATH: process.env.PATH ?? "", HOME: root, ...options.env },
    encoding: "utf8",
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function outputs(stdout: string): Record<string, string> {
  return (JSON.parse(stdout) as { outputs: Record<string, string> }).outputs;
}

describe("mlops-actions run", () => {
  it("streams the log, prints outputs, summary as text and annotations, and exits 0", () => {
    const result = cli(["run", actionDir, "--with", "message=hello world"]);
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /^log: hello world$/m);
    assert.match(result.stdout, /^ {2}message: hello world$/m);
    assert.match(result.stdout, /^ {2}\| 1 \| 2 \|$/m);
    assert.match(result.stdout, /^ {2}hidden & found$/m);
    assert.doesNotMatch(result.stdout, /<details>|<summary>/);
    assert.match(result.stdout, /^ {2}data\/train\.csv:7: warning: row 7 is odd$/m);
  });

  it("removes the runner's temp folder unless --keep-temp is given", () => {
    const removed = JSON.parse(cli(["run", actionDir, "--with", "message=m", "--json"]).stdout) as {
      runnerTemp: string;
    };
    assert.equal(existsSync(removed.runnerTemp), false);
    const kept = cli(["run", actionDir, "--with", "message=m", "--keep-temp"]);
    const runnerTemp = /^RUNNER_TEMP kept: (.+)$/m.exec(kept.stdout)?.[1] ?? "";
    assert.equal(existsSync(join(runnerTemp, "_runner_file_commands")), true);
    rmSync(dirname(runnerTemp), { recursive: true, force: true });
  });

  it("finds an action by name and exits with the action's exit code", () => {
    const result = cli([
      "run",
      "echo",
      "--actions-dir",
      actionsDir,
      "--with",
      "message=x",
      "--with",
      "exit-code=3",
    ]);
    assert.equal(result.status, 3);
    assert.match(result.stdout, /Action failed \(exit code 3\)/);
  });

  it("prints one JSON object with --json", () => {
    const result = cli(["run", actionDir, "--with", "message=a=b", "--json", "--event", "pull_request"]);
    assert.equal(result.status, 0, result.stderr);
    const run = JSON.parse(result.stdout) as { outputs: Record<string, string>; exitCode: number };
    assert.equal(run.exitCode, 0);
    assert.equal(run.outputs.message, "a=b");
    assert.equal(run.outputs.github_event_name, "pull_request");
    assert.equal(run.outputs.github_workspace, root);
  });

  it("takes an event payload from a JSON file and infers its name", () => {
    const file = join(root, "pr-event.json");
    const payload = { number: 9, pull_request: { number: 9, head: { ref: "topic" }, base: { ref: "main" } } };
    writeFileSync(file, JSON.stringify(payload));
    const values = outputs(cli(["run", actionDir, "--with", "message=m", "--json", "--event", file]).stdout);
    assert.equal(values.github_event_name, "pull_request");
  });

  it("runs without GitHub: no token, MLOPS_ACTIONS_LOCAL=1", () => {
    const values = outputs(cli(["run", actionDir, "--with", "message=m", "--json"]).stdout);
    assert.equal(values.mlops_actions_local, "1");
    assert.equal(values.token, "");
    assert.equal(values.github_api_url, "https://api.github.com");
  });

  it("passes a token and GITHUB_API_URL through when they are given", () => {
    const env = { GITHUB_TOKEN: "ghs_passed", GITHUB_API_URL: "http://127.0.0.1:9" };
    const result = cli(["run", actionDir, "--with", "message=m", "--json", "--env", "EXTRA=yes"], { env });
    const values = outputs(result.stdout);
    assert.equal(values.mlops_actions_local, "");
    assert.equal(values.github_api_url, "http://127.0.0.1:9");
    assert.equal(values.token, "ghs_passed");
    assert.equal(values.extra, "yes");
  });

  it("masks a token given as input and does not run locally then", () => {
    const result = cli(["run", actionDir, "--with", "message=ghs_given", "--with", "github-token=ghs_given"]);
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /^log: \*\*\*$/m);
    assert.match(result.stdout, /^ {2}mlops_actions_local: $/m);
    assert.match(result.stdout, /^ {2}message: \*\*\*$/m);
    assert.doesNotMatch(result.stdout, /ghs_given/);
  });

  it("reads repository and sha from the git checkout of the workspace", () => {
    const repo = join(root, "repo");
    mkdirSync(repo);
    const git = (...args: string[]) =>
      execFileSync("git", ["-c", "user.name=t", "-c", "user.email=t@example.com", ...args], {
        cwd: repo,
        encoding: "utf8",
      });
    git("init", "-q", "-b", "main");
    writeFileSync(join(repo, "README.md"), "x");
    git("add", "README.md");
    git("commit", "-q", "-m", "init");
    git("remote", "add", "origin", "https://github.com/octo/models.git");
    const sha = git("rev-parse", "HEAD").trim();
    const values = outputs(cli(["run", actionDir, "--with", "message=m", "--json"], { cwd: repo }).stdout);
    assert.equal(values.github_sha, sha);
    assert.equal(values.github_repository, "octo/models");
  });
});

describe("mlops-actions usage errors", () => {
  const cases: Array<[string[], RegExp]> = [
    [
      ["run", "no-such-action", "--actions-dir", actionsDir],
      /^mlops-actions: unknown action 'no-such-action' .*known actions: echo, other\n$/,
    ],
    [["run", actionDir, "--with", "message"], /^mlops-actions: --with 'message' is not name=value\n$/],
    [["run", actionDir, "--frob"], /^mlops-actions: Unknown option '--frob'\n$/],
    [
      ["run", "other", "--actions-dir", actionsDir],
      /^mlops-actions: action 'other' has no bundle at .*dist\/index\.js; run `npm run bundle` first\n$/,
    ],
    [
      ["run", actionDir, "--event", "nope"],
      /^mlops-actions: --event 'nope' is neither one of .* nor an existing \.json file\n$/,
    ],
    [["frobnicate"], /^mlops-actions: unknown command 'frobnicate'/],
  ];
  for (const [args, expected] of cases) {
    it(`exits 1 with one line for: ${args.join(" ")}`, () => {
      const result = cli(args);
      assert.equal(result.status, 1);
      assert.match(result.stderr, expected);
      assert.equal(result.stdout, "");
    });
  }
});

describe("mlops-actions list", () => {
  it("lists the actions with their description", () => {
    const result = cli(["list", "--actions-dir", actionsDir]);
    assert.equal(result.status, 0);
    assert.equal(
      result.stdout,
      "echo   Echoes its input and the environment it was given\nother  Second action\n",
    );
  });
});
