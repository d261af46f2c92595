import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

/** The parts of GitHub's OpenAPI 3.0 description this server reads. */
export interface OpenApiDocument {
  paths: Record<string, PathItem>;
  components: {
    schemas: Record<string, JsonSchema>;
    parameters: Record<string, Parameter>;
    responses: Record<string, ResponseObject>;
  };
}

export type JsonSchema = Record<string, unknown>;
export type PathItem = Record<string, Operation | Parameter[] | undefined>;

export interface Operation {
  operationId: string;
  externalDocs?: { url: string };
  parameters?: Array<Parameter | Reference>;
  requestBody?: { required?: boolean; content: Record<string, { schema?: JsonSchema }> };
  responses: Record<string, ResponseObject | Reference>;
}

export interface Parameter {
  name: string;
  in: "path" | "query" | "header" | "cookie";
  required?: boolean;
  schema?: JsonSchema;
}

export interface ResponseObject {
  content?: Record<string, { schema?: JsonSchema }>;
}

export interface Reference {
  $ref: string;
}

let cached: OpenApiDocument | undefined;

/**
 * The api.github.com description from @octokit/openapi, parsed once per process on first use
 * (13 MB of JSON: about 150 ms) and shared by every server a test starts.
 */
export function openApiDocument(): OpenApiDocument {
  if (cached === undefined) {
    const require = createRequire(import.meta.url);
    const file = require.resolve("@octokit/openapi/generated/api.github.com.json");
    cached = JSON.parse(readFileSync(file, "utf8")) as OpenApiDocument;
  }
  return cached;
}

export function isReference(value: unknown): value is Reference {
  return typeof value === "object" && value !== null && typeof (value as Reference).$ref === "string";
}

/** Resolves a local `#/components/<kind>/<name>` reference (one level; GitHub's document does not chain them). */
export function resolve<T>(value: T | Reference): T {
  if (!isReference(value)) return value;
  const [, , kind, name] = value.$ref.split("/");
  const components = openApiDocument().components as unknown as Record<string, Record<string, T>>;
  const target = kind === undefined || name === undefined ? undefined : components[kind]?.[name];
  if (target === undefined) throw new Error(`unresolvable reference ${value.$ref}`);
  return target;
}
