import { GitHubError } from "./errors.ts";

export type FaultKind = "5xx" | "secondary-rate-limit" | "rate-limit-429" | "primary-rate-limit" | "slow";

export interface FaultSpec {
  /** Which requests it hits; every request when omitted. A string path must equal the request's path. */
  match?: { method?: string; path?: RegExp | string };
  kind: FaultKind;
  /** How many matching requests it hits before it is spent (default 1; `Infinity` for all). */
  times?: number;
  /** For `5xx`: 500, 502 (default), 503 or 504. */
  status?: number;
  /** For the rate limits: the `retry-after` header (default 1; 60 for the secondary limit without one). */
  retryAfterSeconds?: number;
  /** For `slow`: how long to hold the answer (default 2000 ms). */
  delayMs?: number;
}

export interface Fault {
  readonly spec: FaultSpec;
  /** Matching requests it has hit so far. */
  readonly hits: number;
  /** How many more it will hit. */
  readonly remaining: number;
}

interface ActiveFault extends Fault {
  hits: number;
  remaining: number;
}

/** What a fault does to one request: answer with an error now, or delay the normal answer. */
export type FaultEffect = { error: GitHubError } | { delayMs: number };

const serverErrorBodies: Record<number, string> = {
  500: "Server Error",
  502: "Server Error",
  503: "Service Unavailable",
  504: "We couldn't respond to your request in time. Sorry about that. Please try resubmitting your request and contact us if the problem persists.",
};

export class FaultInjector {
  readonly #faults: ActiveFault[] = [];

  add(spec: FaultSpec): Fault {
    const fault: ActiveFault = { spec, hits: 0, remaining: spec.times ?? 1 };
    this.#faults.push(fault);
    return fault;
  }

  clear(): void {
    this.#faults.length = 0;
  }

  /** The effect of the first live fault matching this request, consuming one of its hits. */
  take(method: string, path: string, requestId: string): FaultEffect | undefined {
    const fault = this.#faults.find((f) => f.remaining > 0 && matches(f.spec, method, path));
    if (fault === undefined) return undefined;
    fault.remaining -= 1;
    fault.hits += 1;
    return effectOf(fault.spec, requestId);
  }
}

function matches(spec: FaultSpec, method: string, path: string): boolean {
  const match = spec.match ?? {};
  if (match.method !== undefined && match.method.toUpperCase() !== method) return false;
  if (match.path === undefined) return true;
  return typeof match.path === "string" ? match.path === path : match.path.test(path);
}

function effectOf(spec: FaultSpec, requestId: string): FaultEffect {
  switch (spec.kind) {
    case "slow":
      return { delayMs: spec.delayMs ?? 2000 };
    case "5xx": {
      const status = spec.status ?? 502;
      const message = serverErrorBodies[status] ?? "Server Error";
      return { error: new GitHubError(status, { message }) };
    }
    case "secondary-rate-limit":
      return {
        error: new GitHubError(
          403,
          {
            message:
              "You have exceeded a secondary rate limit. Please wait a few minutes before you try again. " +
              `If you reach out to GitHub Support for help, please include the request ID ${requestId}.`,
            documentation_url:
              "https://docs.github.com/free-pro-team@latest/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits",
            status: "403",
          },
          { "retry-after": String(spec.retryAfterSeconds ?? 60) },
        ),
      };
    case "rate-limit-429":
      return {
        error: new GitHubError(
          429,
          {
            message:
              "You have exceeded a secondary rate limit. Please wait a few minutes before you try again. " +
              `If you reach out to GitHub Support for help, please include the request ID ${requestId}.`,
            documentation_url:
              "https://docs.github.com/free-pro-team@latest/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits",
            status: "429",
          },
          { "retry-after": String(spec.retryAfterSeconds ?? 1) },
        ),
      };
    case "primary-rate-limit": {
      const resetAt = Math.ceil(Date.now() / 1000) + (spec.retryAfterSeconds ?? 60);
      return {
        error: new GitHubError(
          403,
          {
            message: `API rate limit exceeded for installation ID 1. If you reach out to GitHub Support for help, please include the request ID ${requestId} and timestamp ${new Date().toISOString()}.`,
            documentation_url:
              "https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-primary-rate-limits",
            status: "403",
          },
          { "x-ratelimit-remaining": "0", "x-ratelimit-reset": String(resetAt) },
        ),
      };
    }
  }
}
