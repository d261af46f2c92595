import assert from "node:assert/strict";
import { test } from "node:test";
import { TrainError } from "./errors.ts";
import { shellCommand } from "./shell.ts";

test("built-in shells use GitHub's templates", () => {
  assert.deepEqual(shellCommand("bash", "/t/run.sh").argv, [
    "bash",
    "--noprofile",
    "--norc",
    "-eo",
    "pipefail",
    "/t/run.sh",
  ]);
  assert.deepEqual(shellCommand("sh", "/t/run.sh").argv, ["sh", "-e", "/t/run.sh"]);
  assert.deepEqual(shellCommand("python", "/t/run.py"), { argv: ["python", "/t/run.py"], extension: ".py" });
});

test("a custom template gets the script path in place of {0}, as one argument", () => {
  assert.deepEqual(shellCommand("perl -w {0}", "/tmp/a b/run").argv, ["perl", "-w", "/tmp/a b/run"]);
});

test("a shell that is neither built in nor a template is refused with the accepted values", () => {
  assert.throws(
    () => shellCommand("zsh", "/t/run"),
    (error: unknown) => {
      assert.ok(error instanceof TrainError);
      assert.match(
        error.message,
        /Input 'shell' has value 'zsh': expected bash, sh, python, pwsh or a command template/,
      );
      return true;
    },
  );
});
