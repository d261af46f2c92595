/** The status of an Octokit RequestError (or anything shaped like one). */
export function httpStatus(error: unknown): number | undefined {
  if (typeof error !== "object" || error === null) return undefined;
  const status = (error as { status?: unknown }).status;
  return typeof status === "number" ? status : undefined;
}

/**
 * True for the 403 GitHub answers when the token may not write, as a fork pull request's
 * GITHUB_TOKEN ("Resource not accessible by integration"), or a GraphQL FORBIDDEN error.
 */
export function isReadOnlyTokenError(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error);
  if (httpStatus(error) === 403) return !/rate limit/i.test(message);
  return /Resource not accessible by integration|FORBIDDEN/.test(message);
}
