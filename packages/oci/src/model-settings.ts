import type { Framework } from "./framework.ts";

/** MLServer's inference runtime class for each framework (the `implementation` of model-settings.json). */
export const MLSERVER_IMPLEMENTATIONS: Record<Framework, string> = {
  sklearn: "mlserver_sklearn.SKLearnModel",
  xgboost: "mlserver_xgboost.XGBoostModel",
  lightgbm: "mlserver_lightgbm.LightGBMModel",
  onnx: "mlserver_onnx.OnnxModel",
  mlflow: "mlserver_mlflow.MLflowRuntime",
};

/**
 * MLServer's `model-settings.json` for one model: `name` (the model's V2 endpoint is
 * `/v2/models/<name>/infer`), the runtime class, and `parameters.uri` relative to the settings file.
 */
export function mlserverModelSettings(options: {
  name: string;
  framework: Framework;
  uri: string;
  version?: string;
}): Buffer {
  const settings = {
    name: options.name,
    implementation: MLSERVER_IMPLEMENTATIONS[options.framework],
    parameters: {
      uri: options.uri === "." ? "./" : `./${options.uri}`,
      ...(options.version ? { version: options.version } : {}),
    },
  };
  return Buffer.from(`${JSON.stringify(settings, null, 2)}\n`);
}

/** A model name MLServer accepts in a URL path: lower case letters, digits, `-`, `_`, `.`. */
export function modelNameFrom(text: string): string {
  const name = text
    .toLowerCase()
    .replace(/\.[a-z0-9]+$/, "")
    .replace(/[^a-z0-9._-]+/g, "-")
    .replace(/^[-.]+|[-.]+$/g, "");
  return name || "model";
}
