import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import { UserError } from "./errors.ts";
import {
  getBooleanInput,
  getDurationInput,
  getEnumInput,
  getGlobInput,
  getListInput,
  getNumberInput,
  getPathInput,
  getStringInput,
  rawInput,
} from "./inputs.ts";
import { withEnv } from "./testing.ts";

function userError(message: string) {
  return (error: unknown) => error instanceof UserError && error.message === message;
}

describe("rawInput", () => {
  test("reads INPUT_<NAME> upper-cased, spaces as underscores, hyphens kept, trimmed", async () => {
    await withEnv({ INPUT_MY_INPUT: "  a  ", "INPUT_DRY-RUN": "\tb\n" }, () => {
      assert.equal(rawInput("my input"), "a");
      assert.equal(rawInput("dry-run"), "b");
      assert.equal(rawInput("absent"), "");
    });
  });
});

describe("getStringInput", () => {
  test("returns the value, the default, or undefined", async () => {
    await withEnv({ INPUT_NAME: "model-a", INPUT_EMPTY: "   " }, () => {
      assert.equal(getStringInput("name"), "model-a");
      assert.equal(getStringInput("empty"), undefined);
      assert.equal(getStringInput("empty", { default: "x" }), "x");
    });
  });

  test("required and empty fails with one line naming the input", async () => {
    await withEnv({ INPUT_METRICS: "" }, () => {
      assert.throws(
        () => getStringInput("metrics", { required: true }),
        userError("Input 'metrics' is required but was not given"),
      );
    });
  });
});

describe("getBooleanInput", () => {
  test("accepts the YAML 1.2 core schema spellings", async () => {
    for (const [text, expected] of [
      ["true", true],
      ["True", true],
      ["TRUE", true],
      ["false", false],
      ["False", false],
      ["FALSE", false],
    ] as const) {
      await withEnv({ INPUT_CACHE: text }, () => assert.equal(getBooleanInput("cache"), expected));
    }
  });

  test("rejects other spellings with the accepted list", async () => {
    await withEnv({ INPUT_CACHE: "yes" }, () => {
      assert.throws(
        () => getBooleanInput("cache"),
        userError("Input 'cache' has value 'yes': expected true or false (also True, TRUE, False, FALSE)"),
      );
    });
  });

  test("uses the default when not given", async () => {
    await withEnv({ INPUT_CACHE: undefined }, () => {
      assert.equal(getBooleanInput("cache", { default: true }), true);
      assert.equal(getBooleanInput("cache"), undefined);
    });
  });
});

describe("getNumberInput", () => {
  test("parses numbers", async () => {
    await withEnv({ INPUT_N: "0.25" }, () => assert.equal(getNumberInput("n"), 0.25));
    await withEnv({ INPUT_N: "-3" }, () => assert.equal(getNumberInput("n"), -3));
    await withEnv({ INPUT_N: "1e3" }, () => assert.equal(getNumberInput("n"), 1000));
  });

  test("rejects non-numbers, hex and out-of-range values", async () => {
    await withEnv({ INPUT_N: "abc" }, () => {
      assert.throws(() => getNumberInput("n"), userError("Input 'n' has value 'abc': expected a number"));
    });
    await withEnv({ INPUT_N: "0x10" }, () => assert.throws(() => getNumberInput("n"), UserError));
    await withEnv({ INPUT_N: "11" }, () => {
      assert.throws(
        () => getNumberInput("n", { min: 1, max: 10, integer: true }),
        userError("Input 'n' has value '11': expected an integer between 1 and 10"),
      );
    });
    await withEnv({ INPUT_N: "2.5" }, () => {
      assert.throws(
        () => getNumberInput("n", { integer: true, min: 0 }),
        userError("Input 'n' has value '2.5': expected an integer >= 0"),
      );
    });
    await withEnv({ INPUT_N: "2" }, () => {
      assert.throws(
        () => getNumberInput("n", { max: 1 }),
        userError("Input 'n' has value '2': expected a number <= 1"),
      );
    });
  });
});

describe("getEnumInput", () => {
  const values = ["pass", "warn", "fail"] as const;
  test("matches case-insensitively and returns the canonical value", async () => {
    await withEnv({ INPUT_ON_DRIFT: "WARN" }, () => {
      assert.equal(getEnumInput("on_drift", { values }), "warn");
    });
  });
  test("lists the accepted values on error", async () => {
    await withEnv({ "INPUT_ON-DRIFT": "explode" }, () => {
      assert.throws(
        () => getEnumInput("on-drift", { values }),
        userError("Input 'on-drift' has value 'explode': expected one of pass, warn, fail"),
      );
    });
  });
});

describe("getDurationInput", () => {
  test("returns milliseconds", async () => {
    await withEnv({ INPUT_TIMEOUT: "1h30m" }, () => assert.equal(getDurationInput("timeout"), 5_400_000));
    await withEnv({ INPUT_TIMEOUT: "90" }, () => assert.equal(getDurationInput("timeout"), 90_000));
  });
  test("rejects bad durations with the documented message", async () => {
    await withEnv({ INPUT_TIMEOUT: "15x" }, () => {
      assert.throws(
        () => getDurationInput("timeout"),
        userError("Input 'timeout' has value '15x': expected a duration like 90s, 15m or 1h30m"),
      );
    });
  });
});

describe("getListInput", () => {
  test("splits lines, drops blanks and comment lines", async () => {
    await withEnv({ INPUT_COLUMNS: "age\n\n  # a comment\n income \r\nzip, code\n" }, () => {
      assert.deepEqual(getListInput("columns"), ["age", "income", "zip, code"]);
      assert.deepEqual(getListInput("columns", { commas: true }), ["age", "income", "zip", "code"]);
    });
  });
  test("not given is empty, or an error when required", async () => {
    await withEnv({ INPUT_COLUMNS: "# only a comment" }, () => {
      assert.deepEqual(getListInput("columns"), []);
      assert.throws(
        () => getListInput("columns", { required: true }),
        userError("Input 'columns' is required but was not given"),
      );
    });
  });
});

describe("file system inputs", () => {
  let workspace = "";
  before(() => {
    workspace = mkdtempSync(path.join(tmpdir(), "kit-inputs-"));
    mkdirSync(path.join(workspace, "data", "nested"), { recursive: true });
    writeFileSync(path.join(workspace, "data", "train.csv"), "a\n1\n");
    writeFileSync(path.join(workspace, "data", "test.csv"), "a\n2\n");
    writeFileSync(path.join(workspace, "data", "nested", "extra.csv"), "a\n3\n");
    writeFileSync(path.join(workspace, "data", "notes.txt"), "x");
  });
  after(() => rmSync(workspace, { recursive: true, force: true }));

  test("getPathInput resolves against GITHUB_WORKSPACE and checks the kind", async () => {
    await withEnv({ GITHUB_WORKSPACE: workspace, INPUT_DATA: "data/train.csv", INPUT_DIR: "data" }, () => {
      assert.equal(getPathInput("data", { kind: "file" }), path.join(workspace, "data", "train.csv"));
      assert.equal(getPathInput("dir", { kind: "dir" }), path.join(workspace, "data"));
      assert.throws(
        () => getPathInput("dir", { kind: "file" }),
        userError(
          `Input 'dir' has value 'data': expected an existing file (looked at ${path.join(workspace, "data")})`,
        ),
      );
    });
  });

  test("getPathInput rejects a missing path unless mustExist is false", async () => {
    await withEnv({ GITHUB_WORKSPACE: workspace, INPUT_OUT: "out/report.json" }, () => {
      assert.throws(() => getPathInput("out"), UserError);
      assert.equal(getPathInput("out", { mustExist: false }), path.join(workspace, "out", "report.json"));
    });
  });

  test("getPathInput resolves its default too", async () => {
    await withEnv({ GITHUB_WORKSPACE: workspace, INPUT_DATA: undefined }, () => {
      assert.equal(
        getPathInput("data", { default: "data/test.csv" }),
        path.join(workspace, "data", "test.csv"),
      );
      assert.equal(getPathInput("data"), undefined);
      assert.throws(
        () => getPathInput("data", { required: true }),
        userError("Input 'data' is required but was not given"),
      );
    });
  });

  test("getGlobInput returns sorted files from the workspace, honouring negation", async () => {
    await withEnv({ GITHUB_WORKSPACE: workspace, INPUT_DATA: "data/**/*.csv\n!data/test.csv" }, async () => {
      assert.deepEqual(await getGlobInput("data"), [
        path.join(workspace, "data", "nested", "extra.csv"),
        path.join(workspace, "data", "train.csv"),
      ]);
    });
  });

  test("getGlobInput fails when nothing matches unless allowed", async () => {
    await withEnv({ GITHUB_WORKSPACE: workspace, INPUT_DATA: "data/*.parquet" }, async () => {
      await assert.rejects(
        getGlobInput("data"),
        userError(
          `Input 'data' has value 'data/*.parquet': expected a glob that matches at least one file (nothing matched in ${workspace})`,
        ),
      );
      assert.deepEqual(await getGlobInput("data", { allowEmpty: true }), []);
    });
  });
});
