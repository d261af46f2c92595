import type { ValidateFunction } from "ajv";
import {
  type JsonSchema,
  type Operation,
  openApiDocument,
  type Parameter,
  type ResponseObject,
  resolve,
} from "./document.ts";
import { standaloneSchema } from "./json-schema.ts";
import { compileBodySchema, compileParameterSchema, describeSchemaErrors } from "./validation.ts";

const methods = ["get", "post", "put", "patch", "delete", "head", "options"] as const;

export interface RouteMatch {
  /** The path template as the description spells it, e.g. `/repos/{owner}/{repo}/issues`. */
  template: string;
  method: string;
  operation: Operation;
  /** Decoded path parameters, still strings. */
  pathParams: Record<string, string>;
}

interface Route {
  template: string;
  pattern: RegExp;
  names: string[];
  operations: Map<string, Operation>;
  /** Sorts routes so that a literal segment wins over a parameter in the same position. */
  specificity: string;
}

let routes: Route[] | undefined;

function routeTable(): Route[] {
  if (routes !== undefined) return routes;
  const table: Route[] = [];
  for (const [template, item] of Object.entries(openApiDocument().paths)) {
    const names: string[] = [];
    const segments = template.split("/").slice(1);
    const pattern = segments
      .map((segment) => {
        const param = /^\{([^}]+)\}$/.exec(segment);
        if (param?.[1] !== undefined) {
          names.push(param[1]);
          return "/([^/]+)";
        }
        return `/${segment.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`;
      })
      .join("");
    const operations = new Map<string, Operation>();
    for (const method of methods) {
      const operation = item[method];
      if (operation !== undefined && !Array.isArray(operation))
        operations.set(method.toUpperCase(), operation);
    }
    const specificity = segments.map((segment) => (segment.startsWith("{") ? "1" : "0")).join("");
    table.push({ template, pattern: new RegExp(`^${pattern}/?$`), names, operations, specificity });
  }
  table.sort((a, b) => (a.specificity < b.specificity ? -1 : a.specificity > b.specificity ? 1 : 0));
  routes = table;
  return table;
}

/** The operation a request addresses, or undefined when api.github.com has no such route and method. */
export function matchRoute(method: string, pathname: string): RouteMatch | undefined {
  for (const route of routeTable()) {
    const found = route.pattern.exec(pathname);
    if (found === null) continue;
    const operation = route.operations.get(method === "HEAD" ? "GET" : method);
    // GitHub answers 404 for a known path with an unknown method, like for an unknown path.
    if (operation === undefined) return undefined;
    const pathParams: Record<string, string> = {};
    route.names.forEach((name, index) => {
      pathParams[name] = decodeURIComponent(found[index + 1] ?? "");
    });
    return { template: route.template, method, operation, pathParams };
  }
  return undefined;
}

export type RequestCheck =
  | { ok: true; pathParams: Record<string, unknown>; query: Record<string, unknown>; body: unknown }
  | { ok: false; where: "path" | "query" | "body"; message: string };

interface OperationValidators {
  path: ValidateFunction;
  query: ValidateFunction;
  queryArrays: Set<string>;
  body: ValidateFunction | undefined;
  bodyRequired: boolean;
}

const validatorsByOperation = new Map<string, OperationValidators>();

function parameterObjectSchema(parameters: Parameter[]): JsonSchema {
  const properties: Record<string, JsonSchema> = {};
  for (const parameter of parameters) {
    const { oneOf, ...schema } = standaloneSchema(parameter.schema ?? {});
    // With type coercion "11" satisfies both branches of `oneOf: [integer, string]`, failing oneOf.
    properties[parameter.name] = oneOf === undefined ? schema : { ...schema, anyOf: oneOf };
  }
  const required = parameters.filter((p) => p.required === true).map((p) => p.name);
  return { type: "object", properties, required };
}

/** Compiled once per operation, on its first request. */
function validatorsFor(operation: Operation): OperationValidators {
  const cached = validatorsByOperation.get(operation.operationId);
  if (cached !== undefined) return cached;
  const parameters = (operation.parameters ?? []).map((p) => resolve<Parameter>(p));
  const inPath = parameters.filter((p) => p.in === "path");
  const inQuery = parameters.filter((p) => p.in === "query");
  const bodySchema = operation.requestBody?.content["application/json"]?.schema;
  const validators: OperationValidators = {
    path: compileParameterSchema(parameterObjectSchema(inPath)),
    query: compileParameterSchema(parameterObjectSchema(inQuery)),
    queryArrays: new Set(inQuery.filter((p) => p.schema?.type === "array").map((p) => p.name)),
    body: bodySchema === undefined ? undefined : compileBodySchema(standaloneSchema(bodySchema)),
    bodyRequired: operation.requestBody?.required === true,
  };
  validatorsByOperation.set(operation.operationId, validators);
  return validators;
}

/**
 * Checks path parameters, query parameters and the JSON body against the operation, and returns them
 * coerced to their declared types (with the schema's defaults filled in for parameters).
 */
export function checkRequest(match: RouteMatch, searchParams: URLSearchParams, body: unknown): RequestCheck {
  const validators = validatorsFor(match.operation);
  const pathParams: Record<string, unknown> = { ...match.pathParams };
  if (!validators.path(pathParams)) {
    return {
      ok: false,
      where: "path",
      message: describeSchemaErrors(validators.path.errors ?? [], pathParams, ""),
    };
  }
  const query: Record<string, unknown> = {};
  for (const key of new Set(searchParams.keys())) {
    const name = key.endsWith("[]") ? key.slice(0, -2) : key;
    query[name] = validators.queryArrays.has(name) ? searchParams.getAll(key) : searchParams.get(key);
  }
  if (!validators.query(query)) {
    return {
      ok: false,
      where: "query",
      message: describeSchemaErrors(validators.query.errors ?? [], query, ""),
    };
  }
  if (validators.body !== undefined) {
    const payload = body === undefined && validators.bodyRequired ? {} : body;
    if (payload !== undefined && !validators.body(payload)) {
      return {
        ok: false,
        where: "body",
        message: describeSchemaErrors(validators.body.errors ?? [], payload),
      };
    }
  }
  return { ok: true, pathParams, query, body };
}

const responseValidators = new Map<string, ValidateFunction | null>();

/**
 * Validates a response body against the schema the description gives for that operation and status.
 * Returns the problems found (empty when it conforms); throws if the description documents no JSON body.
 */
export function responseProblems(operationId: string, status: number, body: unknown): string[] {
  const key = `${operationId} ${status}`;
  let validate = responseValidators.get(key);
  if (validate === undefined) {
    const operation = findOperation(operationId);
    const documented = operation.responses[String(status)];
    const schema =
      documented === undefined
        ? undefined
        : resolve<ResponseObject>(documented).content?.["application/json"]?.schema;
    validate = schema === undefined ? null : compileBodySchema(standaloneSchema(schema));
    responseValidators.set(key, validate);
  }
  if (validate === null) throw new Error(`${operationId} documents no JSON body for status ${status}`);
  if (validate(body)) return [];
  return (validate.errors ?? []).map(
    (e) => `${e.instancePath || "/"} ${e.message ?? ""} ${JSON.stringify(e.params)}`,
  );
}

export function findOperation(operationId: string): Operation {
  for (const item of Object.values(openApiDocument().paths)) {
    for (const method of methods) {
      const operation = item[method];
      if (operation !== undefined && !Array.isArray(operation) && operation.operationId === operationId) {
        return operation;
      }
    }
  }
  throw new Error(`no operation ${operationId} in GitHub's description`);
}
