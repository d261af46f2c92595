// biome-ignore-all lint/suspicious/noTemplateCurlyInString: these strings are GitHub Actions expressions, not JS templates.
import assert from "node:assert/strict";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { PassThrough } from "node:stream";
import { after, describe, it } from "node:test";
import { runAction } from "./run-action.ts";
import { writeThrowawayAction } from "./throwaway-action.ts";
import type { ActionRun } from "./types.ts";

const cleanup: string[] = [];
after(() => {
  for (const dir of cleanup) rmSync(dir, { recursive: true, force: true });
});

function action(metadata: Record<string, unknown>, files: Record<string, string>): string {
  const dir = writeThrowawayAction({
    metadata: { name: "t", description: "test action", ...metadata },
    files,
  });
  cleanup.push(dir);
  return dir;
}

async function run(options: Parameters<typeof runAction>[0]): Promise<ActionRun> {
  const result = await runAction(options);
  cleanup.push(dirname(result.runnerTemp));
  return result;
}

const dumpEnv = `
import { appendFileSync } from "node:fs";
appendFileSync(process.env.GITHUB_OUTPUT, "env<<JSON_END\\n" + JSON.stringify(process.env) + "\\nJSON_END\\n");
`;

describe("runAction", () => {
  it("gives the action the runner's environment, inputs and a clean env", async () => {
    const dir = action(
      {
        inputs: {
          "github-token": { default: "${{ github.token }}" },
          "max rows": { default: "10" },
          data: { required: true },
        },
        runs: { using: "node24", main: "main.mjs" },
      },
      { "main.mjs": dumpEnv },
    );
    process.env.MLOPS_RUNNER_TEST_LEAK = "leak";
    const result = await run({
      actionDir: dir,
      inputs: { data: "train.csv" },
      context: { token: "ghs_secret", repository: "octo/models", runId: 42 },
      env: { GITHUB_API_URL: "http://127.0.0.1:1" },
    });
    delete process.env.MLOPS_RUNNER_TEST_LEAK;
    const env = JSON.parse(result.outputs.env ?? "{}") as Record<string, string>;
    assert.equal(env["INPUT_GITHUB-TOKEN"], "ghs_secret");
    assert.equal(env.INPUT_MAX_ROWS, "10");
    assert.equal(env.INPUT_DATA, "train.csv");
    assert.equal(env.GITHUB_ACTIONS, "true");
    assert.equal(env.CI, "true");
    assert.equal(env.GITHUB_REPOSITORY, "octo/models");
    assert.equal(env.GITHUB_REPOSITORY_OWNER, "octo");
    assert.equal(env.GITHUB_RUN_ID, "42");
    assert.equal(env.GITHUB_API_URL, "http://127.0.0.1:1");
    assert.equal(env.RUNNER_OS, "Linux");
    assert.equal(env.GITHUB_WORKSPACE, result.workspace);
    assert.equal(env.RUNNER_TEMP, result.runnerTemp);
    assert.equal(env.GITHUB_ACTION_PATH, dir);
    assert.equal(env.GITHUB_TOKEN, undefined, "the runner gives the token only through inputs");
    assert.equal(env.MLOPS_RUNNER_TEST_LEAK, undefined);
    assert.ok(env.GITHUB_OUTPUT?.startsWith(join(result.runnerTemp, "_runner_file_commands", "set_output_")));
    assert.deepEqual(result.masks, ["ghs_secret"]);
    assert.equal(result.exitCode, 0);
    assert.equal(result.outcome, "success");
  });

  it("writes the event payload and derives refs from it", async () => {
    const dir = action({ runs: { using: "node20", main: "main.mjs" } }, { "main.mjs": dumpEnv });
    const payload = {
      number: 3,
      pull_request: { number: 3, head: { ref: "feat", sha: "1".repeat(40) }, base: { ref: "main" } },
      repository: { full_name: "octo/models" },
    };
    const result = await run({ actionDir: dir, event: { name: "pull_request", payload } });
    const env = JSON.parse(result.outputs.env ?? "{}") as Record<string, string>;
    assert.equal(env.GITHUB_EVENT_NAME, "pull_request");
    assert.equal(env.GITHUB_REF, "refs/pull/3/merge");
    assert.equal(env.GITHUB_HEAD_REF, "feat");
    assert.equal(env.GITHUB_BASE_REF, "main");
    assert.equal(env.GITHUB_SHA, "1".repeat(40));
    assert.deepEqual(JSON.parse(readFileSync(env.GITHUB_EVENT_PATH ?? "", "utf8")), payload);
  });

  it("collects outputs, summary, annotations, masks and streams the log", async () => {
    const dir = action(
      { inputs: { known: {} }, runs: { using: "node24", main: "main.mjs" } },
      {
        "main.mjs": `
import { appendFileSync } from "node:fs";
console.log("::add-mask::pa55word");
console.log("starting with pa55word");
console.error("::error file=data/train.csv,line=7::bad row");
appendFileSync(process.env.GITHUB_OUTPUT, "report=/tmp/r.json\\n");
appendFileSync(process.env.GITHUB_STEP_SUMMARY, "## Result pa55word\\n| a | b |\\n");
`,
      },
    );
    const stream = new PassThrough();
    let streamed = "";
    stream.on("data", (chunk: Buffer) => {
      streamed += chunk.toString();
    });
    const result = await run({ actionDir: dir, inputs: { unknown: "1" }, stream });
    assert.deepEqual(result.outputs, { report: "/tmp/r.json" });
    assert.equal(result.summary, "## Result ***\n| a | b |\n");
    assert.deepEqual(result.annotations, [
      { level: "warning", message: "Unexpected input(s) 'unknown', valid inputs are ['known']" },
      { level: "error", message: "bad row", file: "data/train.csv", line: 7 },
    ]);
    assert.ok(result.logs.includes("starting with ***"));
    assert.ok(streamed.includes("starting with ***\n"));
    assert.ok(!streamed.includes("pa55word"));
  });

  it("carries state, env and path into post, and runs post after a failed main with the default post-if", async () => {
    const dir = action(
      { runs: { using: "node24", main: "main.mjs", post: "post.mjs" } },
      {
        "main.mjs": `
import { appendFileSync } from "node:fs";
appendFileSync(process.env.GITHUB_STATE, "started=yes\\n");
appendFileSync(process.env.GITHUB_ENV, "MODEL_DIR<<EOF\\n/models/one\\nEOF\\n");
appendFileSync(process.env.GITHUB_PATH, "/opt/extra-tools\\n");
process.exitCode = 3;
`,
        "post.mjs": `
console.log(["post", process.env.STATE_started, process.env.MODEL_DIR, process.env.PATH.split(":")[0]].join(" "));
`,
      },
    );
    const result = await run({ actionDir: dir });
    assert.equal(result.exitCode, 3);
    assert.equal(result.outcome, "failure");
    assert.deepEqual(result.annotations, [], "the runner adds no message for a node action's exit code");
    assert.deepEqual(result.state, { started: "yes" });
    assert.deepEqual(result.env, { MODEL_DIR: "/models/one" });
    assert.deepEqual(result.path, ["/opt/extra-tools"]);
    assert.deepEqual(result.post?.logs, ["post yes /models/one /opt/extra-tools"]);
  });

  it("honours post-if: success() skips post after a failure, runPost false skips it always", async () => {
    const files = { "main.mjs": "process.exitCode = Number(process.env.INPUT_CODE);", "post.mjs": "" };
    const metadata = {
      inputs: { code: { default: "0" } },
      runs: { using: "node24", main: "main.mjs", post: "post.mjs", "post-if": "success()" },
    };
    const dir = action(metadata, files);
    assert.equal((await run({ actionDir: dir, inputs: { code: "1" } })).post, undefined);
    assert.equal((await run({ actionDir: dir, inputs: { code: "0" } })).post?.outcome, "success");
    assert.equal((await run({ actionDir: dir, runPost: false })).post, undefined);
  });

  it("runs pre before main and skips main when pre fails", async () => {
    const dir = action(
      { inputs: { fail: { default: "no" } }, runs: { using: "node24", pre: "pre.mjs", main: "main.mjs" } },
      {
        "pre.mjs": `
import { appendFileSync } from "node:fs";
appendFileSync(process.env.GITHUB_STATE, "from_pre=1\\n");
if (process.env.INPUT_FAIL === "yes") process.exitCode = 1;
`,
        "main.mjs": "console.log('main sees ' + process.env.STATE_from_pre);",
      },
    );
    const ok = await run({ actionDir: dir });
    assert.equal(ok.pre?.outcome, "success");
    assert.deepEqual(ok.logs, ["main sees 1"]);
    const failed = await run({ actionDir: dir, inputs: { fail: "yes" } });
    assert.equal(failed.outcome, "failure");
    assert.deepEqual(failed.logs, []);
  });

  it("fails a step whose output file is malformed even when the process succeeds", async () => {
    const dir = action(
      { runs: { using: "node24", main: "main.mjs" } },
      {
        "main.mjs": `
import { appendFileSync } from "node:fs";
appendFileSync(process.env.GITHUB_OUTPUT, "text<<EOF\\nno end\\n");
`,
      },
    );
    const result = await run({ actionDir: dir });
    assert.equal(result.exitCode, 0);
    assert.equal(result.outcome, "failure");
    assert.deepEqual(
      result.annotations.map((a) => a.message),
      [
        "Unable to process file command 'output' successfully.",
        "Invalid value. Matching delimiter not found 'EOF'",
      ],
    );
  });

  it("kills a step that runs past its timeout", async () => {
    const dir = action(
      { runs: { using: "node24", main: "main.mjs" } },
      { "main.mjs": "process.on('SIGTERM', () => {}); console.log('waiting'); setInterval(() => {}, 1000);" },
    );
    const result = await run({ actionDir: dir, timeoutMs: 1500, killGraceMs: 200 });
    assert.equal(result.timedOut, true);
    assert.equal(result.outcome, "failure");
    assert.notEqual(result.exitCode, 0);
    assert.deepEqual(result.logs.slice(0, 1), ["waiting"]);
  });

  it("uses the given workspace as working directory", async () => {
    const dir = action(
      { runs: { using: "node24", main: "main.mjs" } },
      { "main.mjs": "import { writeFileSync } from 'node:fs'; writeFileSync('made-here.txt', 'x');" },
    );
    const workspace = action({ runs: { using: "node24", main: "x" } }, {});
    const result = await run({ actionDir: dir, workspace });
    assert.equal(result.workspace, workspace);
    assert.ok(existsSync(join(workspace, "made-here.txt")));
  });

  it("rejects an action that is not a node20/node24 action", async () => {
    const dir = action({ runs: { using: "composite", steps: [] } }, {});
    await assert.rejects(runAction({ actionDir: dir }), /runs.using 'composite' is not supported/);
  });
});
