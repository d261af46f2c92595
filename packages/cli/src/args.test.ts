import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { parseCommandLine } from "./args.ts";
import { UsageError } from "./usage-error.ts";

describe("parseCommandLine", () => {
  it("reads run with repeated --with and --env, keeping '=' in values", () => {
    assert.deepEqual(
      parseCommandLine([
        "run",
        "train",
        "--with",
        "run=python train.py --lr=0.1",
        "--with=metrics=",
        "--env",
        "A=1",
        "--json",
      ]),
      {
        kind: "run",
        action: "train",
        inputs: { run: "python train.py --lr=0.1", metrics: "" },
        env: { A: "1" },
        json: true,
        keepTemp: false,
      },
    );
  });

  it("rejects --with without '=', unknown flags, unknown commands and a missing action", () => {
    assert.throws(() => parseCommandLine(["run", "x", "--with", "novalue"]), {
      name: "UsageError",
      message: "--with 'novalue' is not name=value",
    });
    assert.throws(() => parseCommandLine(["run", "x", "--frob"]), /Unknown option '--frob'/);
    assert.throws(() => parseCommandLine(["deploy"]), UsageError);
    assert.throws(() => parseCommandLine(["run"]), /missing the action/);
  });

  it("treats no arguments as help", () => {
    assert.deepEqual(parseCommandLine([]), { kind: "help" });
  });
});
