import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { after, test } from "node:test";
import { TrainError } from "./errors.ts";
import { runCommand } from "./run-command.ts";

const dir = await mkdtemp(join(tmpdir(), "run-command-"));
after(() => rm(dir, { recursive: true, force: true }));

function capture() {
  const stream = new PassThrough();
  let text = "";
  stream.on("data", (chunk: Buffer) => {
    text += chunk.toString("utf8");
  });
  return { stream, text: () => text };
}

/** Running, not a zombie waiting to be reaped. */
function alive(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return !/^[ZX]/.test(stat.slice(stat.lastIndexOf(")") + 2));
  } catch {
    return false;
  }
}

test("runs the script in its directory with its environment and passes output through", async () => {
  const out = capture();
  const result = await runCommand({
    script: 'echo "$GREETING from $(pwd)"\necho oops >&2',
    cwd: dir,
    env: { PATH: process.env.PATH, GREETING: "hello" },
    stdout: out.stream,
    stderr: new PassThrough(),
  });
  assert.equal(result.exitCode, 0);
  assert.equal(out.text(), `hello from ${dir}\n`);
  assert.deepEqual(result.stderrTail, ["oops"]);
  assert.equal(result.stoppedBecause, undefined);
});

test("bash runs with -e and pipefail, as GitHub's bash shell does", async () => {
  const result = await runCommand({
    script: "false | true\necho not reached",
    cwd: dir,
    env: { PATH: process.env.PATH },
    stdout: new PassThrough(),
  });
  assert.equal(result.exitCode, 1);
});

test("a failing command's exit code and last stderr lines come back", async () => {
  const result = await runCommand({
    script: "for i in $(seq 1 30); do echo line $i >&2; done\nexit 7",
    cwd: dir,
    env: { PATH: process.env.PATH },
    stderr: new PassThrough(),
  });
  assert.equal(result.exitCode, 7);
  assert.equal(result.stderrTail.length, 20);
  assert.equal(result.stderrTail.at(-1), "line 30");
});

test("the python shell runs the script as a Python file", async () => {
  const out = capture();
  const result = await runCommand({
    script: "import sys\nprint(sys.argv[0].endswith('.py'))",
    shell: "python3 {0}",
    cwd: dir,
    env: { PATH: process.env.PATH },
    stdout: out.stream,
  });
  assert.equal(result.exitCode, 0);
  // A custom template gets no extension; the built-in `python` shell gets .py.
  assert.equal(out.text(), "False\n");
});

test("a timeout stops the whole group, with SIGKILL for a process that ignores SIGTERM", async () => {
  const pids = join(dir, "pids");
  const result = await runCommand({
    script: `sh -c 'trap "" TERM; echo $$ >> ${pids}; while :; do sleep 0.1; done' &\necho $$ >> ${pids}\nwait`,
    cwd: dir,
    env: { PATH: process.env.PATH },
    timeoutMs: 700,
    killGraceMs: 500,
    stdout: new PassThrough(),
  });
  assert.equal(result.stoppedBecause, "timeout");
  assert.equal(result.stoppedWith, "kill");
  const started = (await readFile(pids, "utf8")).trim().split("\n").map(Number);
  assert.equal(started.length, 2);
  assert.deepEqual(started.filter(alive), []);
});

test("aborting stops the command; SIGTERM is enough for a well-behaved one", async () => {
  const controller = new AbortController();
  setTimeout(() => controller.abort(), 300);
  const result = await runCommand({
    script: "sleep 30",
    cwd: dir,
    env: { PATH: process.env.PATH },
    signal: controller.signal,
  });
  assert.equal(result.stoppedBecause, "cancelled");
  assert.equal(result.stoppedWith, "term");
  assert.equal(result.exitCode, undefined);
});

test("background processes left behind by a finished command are stopped", async () => {
  const pidFile = join(dir, "orphan");
  const result = await runCommand({
    script: `sleep 60 > /dev/null 2>&1 &\necho $! > ${pidFile}`,
    cwd: dir,
    env: { PATH: process.env.PATH },
  });
  assert.equal(result.exitCode, 0);
  const orphan = Number(await readFile(pidFile, "utf8"));
  assert.equal(alive(orphan), false);
});

test("a shell that is not installed is a user error", async () => {
  await assert.rejects(
    runCommand({ script: "x", shell: "no-such-shell-here {0}", cwd: dir, env: { PATH: process.env.PATH } }),
    (error: unknown) =>
      error instanceof TrainError && /'no-such-shell-here' was not found/.test(error.message),
  );
});
