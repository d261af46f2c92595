import { Octokit } from "@octokit/core";
import { paginateRest } from "@octokit/plugin-paginate-rest";
import { restEndpointMethods } from "@octokit/plugin-rest-endpoint-methods";
import { retry } from "@octokit/plugin-retry";
import { throttling } from "@octokit/plugin-throttling";
import { mask } from "./mask.ts";
import { annotation, debug, info } from "./workflow-commands.ts";

/** Octokit with REST methods, pagination, retries of server errors and rate-limit handling. */
export const GitHubClient = Octokit.plugin(restEndpointMethods, paginateRest, retry, throttling);
export type GitHubClient = InstanceType<typeof GitHubClient>;

export interface OctokitOptions {
  /** Without a token requests are anonymous (public data only, low rate limit). */
  token?: string;
  /** REST API root; default GITHUB_API_URL, e.g. https://ghe.example.com/api/v3 on GitHub Enterprise Server. */
  baseUrl?: string;
  /** Retries of a 5xx or network failure; default 3. */
  retries?: number;
  /** Retries after a (secondary) rate limit; default 3. */
  rateLimitRetries?: number;
  /** Longest server-requested wait (seconds) we accept before retrying a rate-limited call; default 300. */
  maxRateLimitWaitSeconds?: number;
  /** Milliseconds per second of retry delay: 1000 for real, tiny in tests. */
  delayUnitMs?: number;
}

const USER_AGENT = "mlops-actions";

export function createOctokit(options: OctokitOptions = {}): GitHubClient {
  const baseUrl = (options.baseUrl || process.env.GITHUB_API_URL || "https://api.github.com").replace(
    /\/+$/,
    "",
  );
  const rateLimitRetries = options.rateLimitRetries ?? 3;
  const maxWait = options.maxRateLimitWaitSeconds ?? 300;
  const delayUnitMs = options.delayUnitMs ?? 1000;
  if (options.token) mask(options.token);

  const onLimit =
    (kind: string) =>
    (retryAfter: number, request: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
      const willRetry = retryCount < rateLimitRetries && retryAfter <= maxWait;
      annotation(
        "warning",
        `GitHub API ${kind} hit on ${request.method} ${request.url}; ` +
          (willRetry
            ? `retrying in ${retryAfter}s (retry ${retryCount + 1} of ${rateLimitRetries})`
            : "giving up"),
      );
      return willRetry;
    };

  return new GitHubClient({
    ...(options.token && { auth: options.token }),
    baseUrl,
    userAgent: USER_AGENT,
    log: {
      debug: (message: string) => debug(message),
      info: (message: string) => info(message),
      warn: (message: string) => annotation("warning", message),
      error: (message: string) => annotation("warning", message),
    },
    // Not `request.retries`: a per-request retry count makes the plugin retry every status, 4xx included.
    retry: { retries: options.retries ?? 3, retryAfterBaseValue: delayUnitMs },
    throttle: {
      retryAfterBaseValue: delayUnitMs,
      onRateLimit: onLimit("rate limit"),
      onSecondaryRateLimit: onLimit("secondary rate limit"),
    },
  });
}

/**
 * A client when a token is available; otherwise undefined after a notice that `what` is skipped. The
 * local CLI runs actions without GitHub, so calls that need it are skipped instead of failing.
 */
export function getOctokitOrSkip(
  token: string | undefined,
  what = "GitHub API calls",
  options: Omit<OctokitOptions, "token"> = {},
): GitHubClient | undefined {
  if (!token?.trim()) {
    annotation("notice", `No GitHub token available: skipping ${what}.`);
    return undefined;
  }
  return createOctokit({ ...options, token: token.trim() });
}
