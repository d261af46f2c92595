import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { artifactServiceAvailable, cacheServiceAvailable } from "./runtime-services.ts";

describe("runtime services", () => {
  it("needs both the runtime token and the results URL for artifacts", () => {
    assert.equal(artifactServiceAvailable({}), false);
    assert.equal(artifactServiceAvailable({ ACTIONS_RUNTIME_TOKEN: "t" }), false);
    assert.equal(artifactServiceAvailable({ ACTIONS_RESULTS_URL: "http://127.0.0.1:1/" }), false);
    assert.equal(
      artifactServiceAvailable({ ACTIONS_RUNTIME_TOKEN: "t", ACTIONS_RESULTS_URL: "http://x/" }),
      true,
    );
  });

  it("accepts the legacy cache URL for the cache service", () => {
    assert.equal(cacheServiceAvailable({ ACTIONS_RUNTIME_TOKEN: "t", ACTIONS_CACHE_URL: "http://x/" }), true);
    assert.equal(cacheServiceAvailable({ ACTIONS_CACHE_URL: "http://x/" }), false);
  });
});
