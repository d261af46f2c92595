import assert from "node:assert/strict";
import { test } from "node:test";
import { commandEnvironment, trainingRunId } from "./command-env.ts";

test("the command does not see the action's inputs, state or runtime tokens; layers win in order", () => {
  const env = commandEnvironment(
    {
      PATH: "/bin",
      INPUT_RUN: "x",
      STATE_a: "1",
      ACTIONS_RUNTIME_TOKEN: "t",
      ACTIONS_RESULTS_URL: "u",
      SEED: "0",
    },
    { SEED: "1" },
    { MLFLOW_RUN_ID: "r" },
  );
  assert.deepEqual(env, { PATH: "/bin", SEED: "1", MLFLOW_RUN_ID: "r" });
});

test("the run id is stable for a step across attempts and random outside a workflow", () => {
  const env = {
    GITHUB_RUN_ID: "42",
    GITHUB_RUN_ATTEMPT: "2",
    GITHUB_JOB: "train",
    GITHUB_ACTION: "__run_2",
    GITHUB_REPOSITORY: "o/r",
  };
  assert.equal(trainingRunId(env), "r-42-train-__run_2");
  assert.equal(trainingRunId({ ...env, GITHUB_RUN_ATTEMPT: "3" }), "r-42-train-__run_2");
  assert.equal(
    trainingRunId({}, () => "abc"),
    "local-abc",
  );
});
