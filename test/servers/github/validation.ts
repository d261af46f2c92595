import { Ajv, type ErrorObject, type ValidateFunction } from "ajv";
import ajvFormats from "ajv-formats";
import type { JsonSchema } from "./document.ts";

/** Formats GitHub's description uses that JSON Schema does not define; any value passes. */
const openApiOnlyFormats = ["int32", "int64", "double", "binary", "repo.nwo", "timestamp"];

function createAjv(coerceTypes: boolean): Ajv {
  const ajv = new Ajv({ strict: false, allErrors: true, coerceTypes: coerceTypes ? "array" : false });
  // ajv-formats is CommonJS: under ESM its default export is module.exports, which carries `.default`.
  ajvFormats.default(ajv);
  for (const format of openApiOnlyFormats) ajv.addFormat(format, true);
  return ajv;
}

let bodyAjv: Ajv | undefined;
let parameterAjv: Ajv | undefined;

/** Compiles a JSON body schema (no coercion: JSON carries its types). */
export function compileBodySchema(schema: JsonSchema): ValidateFunction {
  bodyAjv ??= createAjv(false);
  return bodyAjv.compile(schema);
}

/** Compiles a schema for path or query parameters, which arrive as strings and are coerced to their types. */
export function compileParameterSchema(schema: JsonSchema): ValidateFunction {
  parameterAjv ??= createAjv(true);
  return parameterAjv.compile(schema);
}

/**
 * Renders ajv errors the way GitHub words its schema failures, e.g.
 * `"name", "head_sha" weren't supplied.` or `For 'properties/conclusion', "bogus" is not a member of [...]`.
 */
export function describeSchemaErrors(
  errors: ErrorObject[],
  data: unknown,
  pointerPrefix = "properties",
): string {
  const lines: string[] = [];
  const missingByPath = new Map<string, string[]>();
  // Errors inside a failed anyOf/oneOf only say why each alternative failed; GitHub reports the union.
  const unionPaths = errors
    .filter((e) => e.keyword === "anyOf" || e.keyword === "oneOf")
    .map((e) => e.schemaPath);
  for (const error of errors) {
    if (unionPaths.some((path) => error.schemaPath !== path && error.schemaPath.startsWith(path))) continue;
    const where = schemaPointer(error.instancePath, pointerPrefix);
    const prefix = where === "" ? "" : `For '${where}', `;
    const value = valueAt(data, error.instancePath);
    switch (error.keyword) {
      case "required": {
        const missing = missingByPath.get(prefix) ?? [];
        missing.push(String(error.params.missingProperty));
        missingByPath.set(prefix, missing);
        break;
      }
      case "type":
        lines.push(`${prefix}${inspect(value)} is not ${typeNames(error.params.type)}.`);
        break;
      case "enum":
        lines.push(
          `${prefix}${inspect(value)} is not a member of [${(error.params.allowedValues as unknown[]).map(inspect).join(", ")}].`,
        );
        break;
      case "anyOf":
      case "oneOf":
        lines.push(`${prefix}No subschema in "${error.keyword}" matched.`);
        break;
      case "additionalProperties":
        lines.push(`${prefix}"${String(error.params.additionalProperty)}" is not a permitted key.`);
        break;
      default:
        lines.push(`${prefix}${inspect(value)} ${error.message ?? "is invalid"}.`);
    }
  }
  for (const [prefix, names] of missingByPath) {
    const list = names.map((name) => `"${name}"`).join(", ");
    lines.push(`${prefix}${list} ${names.length === 1 ? "wasn't" : "weren't"} supplied.`);
  }
  return [...new Set(lines)].join("\n");
}

function schemaPointer(instancePath: string, prefix: string): string {
  if (instancePath === "") return "";
  return instancePath
    .split("/")
    .slice(1)
    .map((segment) => {
      if (/^\d+$/.test(segment)) return "items";
      const name = segment.replaceAll("~1", "/").replaceAll("~0", "~");
      return prefix === "" ? name : `${prefix}/${name}`;
    })
    .join("/");
}

function valueAt(data: unknown, instancePath: string): unknown {
  let current = data;
  for (const segment of instancePath.split("/").slice(1)) {
    if (typeof current !== "object" || current === null) return undefined;
    current = (current as Record<string, unknown>)[segment.replaceAll("~1", "/").replaceAll("~0", "~")];
  }
  return current;
}

/** Values as GitHub's (Ruby) validator prints them: `nil`, `"text"`, `42`, `{}`. */
function inspect(value: unknown): string {
  if (value === null || value === undefined) return "nil";
  if (typeof value === "string") return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(inspect).join(", ")}]`;
  if (typeof value === "object") {
    const entries = Object.entries(value).map(([key, item]) => `${JSON.stringify(key)} => ${inspect(item)}`);
    return `{${entries.join(", ")}}`;
  }
  return String(value);
}

const article: Record<string, string> = {
  string: "a string",
  integer: "an integer",
  number: "a number",
  boolean: "a boolean",
  object: "an object",
  array: "an array",
  null: "null",
};

function typeNames(type: unknown): string {
  const names = (Array.isArray(type) ? type : String(type).split(",")).map((t) => article[t] ?? String(t));
  return names.join(" or ");
}
