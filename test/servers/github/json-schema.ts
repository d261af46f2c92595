import { type JsonSchema, openApiDocument } from "./document.ts";

const componentPrefix = "#/components/schemas/";

/**
 * Turns an OpenAPI 3.0 schema into a standalone JSON Schema that ajv compiles: the component schemas it
 * references (transitively) are copied into `$defs`, and OpenAPI's `nullable: true` becomes a `"null"`
 * member of `type` (and of `enum`, where there is one), which is what it means.
 */
export function standaloneSchema(schema: JsonSchema): JsonSchema {
  const defs: Record<string, JsonSchema> = {};
  const root = convert(schema, defs) as JsonSchema;
  return Object.keys(defs).length === 0 ? root : { ...root, $defs: defs };
}

function convert(value: unknown, defs: Record<string, JsonSchema>): unknown {
  if (Array.isArray(value)) return value.map((item) => convert(item, defs));
  if (typeof value !== "object" || value === null) return value;
  const schema = value as JsonSchema;
  if (typeof schema.$ref === "string" && schema.$ref.startsWith(componentPrefix)) {
    const name = schema.$ref.slice(componentPrefix.length);
    if (!(name in defs)) {
      defs[name] = {};
      const target = openApiDocument().components.schemas[name];
      if (target === undefined) throw new Error(`unknown schema ${schema.$ref}`);
      defs[name] = convert(target, defs) as JsonSchema;
    }
    return { $ref: `#/$defs/${encodeURIComponent(name)}` };
  }
  const out: JsonSchema = {};
  for (const [key, child] of Object.entries(schema)) {
    if (key === "example" || key === "examples" || key === "nullable") continue;
    // `properties` maps names to schemas, so its keys are not keywords to convert.
    out[key] =
      key === "properties" && typeof child === "object" && child !== null
        ? Object.fromEntries(Object.entries(child).map(([name, sub]) => [name, convert(sub, defs)]))
        : convert(child, defs);
  }
  if (schema.nullable === true) addNull(out);
  return out;
}

function addNull(schema: JsonSchema): void {
  if (typeof schema.type === "string") schema.type = [schema.type, "null"];
  else if (Array.isArray(schema.type) && !schema.type.includes("null"))
    schema.type = [...schema.type, "null"];
  if (Array.isArray(schema.enum) && !schema.enum.includes(null)) schema.enum = [...schema.enum, null];
  // A nullable schema without a type (e.g. a nullable allOf/anyOf) accepts null next to its alternatives.
  if (schema.type === undefined && schema.enum === undefined) {
    const { ...inner } = schema;
    for (const key of Object.keys(schema)) delete schema[key];
    schema.anyOf = [{ type: "null" }, inner];
  }
}
