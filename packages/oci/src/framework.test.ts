import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, test } from "node:test";
import { detectFramework, FrameworkDetectionError, modelUriFor } from "./framework.ts";
import { listModelFiles } from "./model-files.ts";
import { mlserverModelSettings, modelNameFrom } from "./model-settings.ts";

const scratch = mkdtempSync(join(tmpdir(), "oci-framework-"));
after(() => rmSync(scratch, { recursive: true, force: true }));
let counter = 0;

function folder(files: Record<string, string>): string {
  const dir = join(scratch, String(counter++));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(dir, path, ".."), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

const detect = (files: Record<string, string>) => detectFramework(listModelFiles(folder(files)));

test("detects each framework from its files", () => {
  assert.deepEqual(detect({ "model.joblib": "x", "README.md": "" }), {
    framework: "sklearn",
    uri: "model.joblib",
  });
  assert.deepEqual(detect({ "m.pkl": "x" }), { framework: "sklearn", uri: "m.pkl" });
  assert.deepEqual(detect({ "booster.ubj": "x" }), { framework: "xgboost", uri: "booster.ubj" });
  assert.deepEqual(detect({ "model.json": "{}" }), { framework: "xgboost", uri: "model.json" });
  assert.deepEqual(detect({ "model.txt": "tree\nversion=v4\n", "notes.txt": "just notes" }), {
    framework: "lightgbm",
    uri: "model.txt",
  });
  assert.deepEqual(detect({ "net.onnx": "x" }), { framework: "onnx", uri: "net.onnx" });
  assert.deepEqual(detect({ MLmodel: "flavors: {}", "model.pkl": "x", "conda.yaml": "" }), {
    framework: "mlflow",
    uri: ".",
  });
});

test("a model-settings.json of the user's is not taken for an XGBoost model", () => {
  assert.deepEqual(detect({ "model-settings.json": "{}", "model.bst": "x" }), {
    framework: "xgboost",
    uri: "model.bst",
  });
});

test("no model file or several are errors that say what was found", () => {
  assert.throws(
    () => detect({ "notes.txt": "hello" }),
    (e: unknown) =>
      e instanceof FrameworkDetectionError && /no model file found among 1 file/.test(e.message),
  );
  assert.throws(
    () => detect({ "a.pkl": "x", "b.onnx": "y" }),
    /several model files found \(a\.pkl: sklearn, b\.onnx: onnx\)/,
  );
});

test("an explicit framework picks its file", () => {
  const files = listModelFiles(folder({ "a.onnx": "x", "b.pkl": "y" }));
  assert.equal(modelUriFor("sklearn", files), "b.pkl");
  assert.equal(modelUriFor("mlflow", files), ".");
});

test("MLServer settings name the runtime and a uri relative to the settings file", () => {
  const settings = JSON.parse(
    mlserverModelSettings({ name: "iris", framework: "sklearn", uri: "model.joblib" }).toString(),
  );
  assert.deepEqual(settings, {
    name: "iris",
    implementation: "mlserver_sklearn.SKLearnModel",
    parameters: { uri: "./model.joblib" },
  });
  assert.equal(
    JSON.parse(mlserverModelSettings({ name: "m", framework: "mlflow", uri: "." }).toString()).parameters.uri,
    "./",
  );
  assert.equal(modelNameFrom("Iris Classifier.joblib"), "iris-classifier");
  assert.equal(modelNameFrom("..."), "model");
});
