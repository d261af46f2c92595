import assert from "node:assert/strict";
import { Octokit } from "@octokit/core";
import { paginateRest } from "@octokit/plugin-paginate-rest";
import { restEndpointMethods } from "@octokit/plugin-rest-endpoint-methods";
import { responseProblems } from "./openapi.ts";
import { defaultToken, type GitHubServer } from "./server.ts";

const TestOctokit = Octokit.plugin(restEndpointMethods, paginateRest);
export type TestOctokitClient = InstanceType<typeof TestOctokit>;

/** An Octokit client (REST methods + pagination) pointed at the test server; `null` for no token. */
export function octokitFor(server: GitHubServer, token: string | null = defaultToken): TestOctokitClient {
  return new TestOctokit({ baseUrl: server.url, ...(token === null ? {} : { auth: token }) });
}

/**
 * Sends a request without Octokit's compile-time parameter types, for requests that are wrong on purpose
 * (the server must reject them).
 */
export function sendUnchecked(
  octokit: TestOctokitClient,
  route: string,
  parameters: Record<string, unknown>,
) {
  return octokit.request(route, parameters);
}

/** The parts of Octokit's RequestError the tests read. */
export interface HttpError {
  status: number;
  message: string;
  response?: { data: unknown; headers: Record<string, string | number | undefined> };
}

/** Awaits a request that must fail and returns its error. */
export async function rejection(promise: Promise<unknown>): Promise<HttpError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  assert.ok(
    typeof error === "object" && error !== null && typeof (error as HttpError).status === "number",
    `expected an HTTP error, got ${String(error)}`,
  );
  return error as HttpError;
}

/** The `message` of an error answer. */
export function messageOf(error: HttpError): string {
  return String((error.response?.data as { message?: unknown } | undefined)?.message);
}

/** Fails unless the body conforms to the schema GitHub's description gives for this operation and status. */
export function assertConformsToSpec(operationId: string, status: number, body: unknown): void {
  const problems = responseProblems(operationId, status, body);
  assert.deepEqual(problems, [], `${operationId} ${status} response does not match GitHub's schema`);
}
