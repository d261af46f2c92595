import { Ajv2020 } from "ajv/dist/2020.js";
import type { FormatsPlugin } from "ajv-formats";
import addFormatsModule from "ajv-formats";
import reportSchema from "../schema/report.schema.json" with { type: "json" };

// ajv-formats is CommonJS; depending on the loader its default export is the plugin or its module.
const addFormats = ((addFormatsModule as unknown as { default?: FormatsPlugin }).default ??
  addFormatsModule) as FormatsPlugin;

export { reportSchema };

export type ValidationResult = { valid: true } | { valid: false; errors: string[] };

let validator: ReturnType<Ajv2020["compile"]> | undefined;

function compiled(): ReturnType<Ajv2020["compile"]> {
  if (!validator) {
    const ajv = new Ajv2020({ allErrors: true, strict: true });
    addFormats(ajv);
    validator = ajv.compile(reportSchema);
  }
  return validator;
}

/** Checks a value against the `mlops-actions/report@1` JSON Schema. */
export function validateReport(value: unknown): ValidationResult {
  const validate = compiled();
  if (validate(value)) return { valid: true };
  const errors = (validate.errors ?? []).map((error) => {
    const where = error.instancePath || "/";
    const extra =
      error.keyword === "additionalProperties" ? ` (${String(error.params.additionalProperty)})` : "";
    return `${where} ${error.message ?? "is invalid"}${extra}`;
  });
  return { valid: false, errors };
}
