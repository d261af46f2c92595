/** Tokens get GitHub's installation limit; requests without a token share the unauthenticated one. */
const limits = { authenticated: 5000, anonymous: 60 };

/**
 * Counts requests per token and resource in a one-hour window and renders GitHub's primary rate-limit
 * headers. It only counts: the limit is never enforced (use the `primary-rate-limit` fault for that).
 */
export class RateLimitCounter {
  readonly #used = new Map<string, number>();
  #windowEnds = Math.ceil(Date.now() / 1000) + 3600;

  headers(token: string | undefined, resource: "core" | "graphql"): Record<string, string> {
    const now = Math.ceil(Date.now() / 1000);
    if (now >= this.#windowEnds) {
      this.#used.clear();
      this.#windowEnds = now + 3600;
    }
    const key = `${token ?? ""}\u0000${resource}`;
    const used = (this.#used.get(key) ?? 0) + 1;
    this.#used.set(key, used);
    const limit = token === undefined ? limits.anonymous : limits.authenticated;
    return {
      "x-ratelimit-limit": String(limit),
      "x-ratelimit-remaining": String(Math.max(0, limit - used)),
      "x-ratelimit-reset": String(this.#windowEnds),
      "x-ratelimit-used": String(used),
      "x-ratelimit-resource": resource,
    };
  }
}
