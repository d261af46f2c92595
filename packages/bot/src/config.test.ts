import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { readConfig } from "./config.ts";

describe("readConfig", () => {
  const required = { APP_ID: "42", PRIVATE_KEY: "-----BEGIN\\nKEY-----", WEBHOOK_SECRET: "s" };

  it("reads the app's settings with loopback defaults, and unescapes the key's newlines", () => {
    assert.deepEqual(readConfig(required), {
      appId: "42",
      privateKey: "-----BEGIN\nKEY-----",
      webhookSecret: "s",
      port: 3000,
      host: "127.0.0.1",
      apiUrl: "https://api.github.com",
    });
    const custom = readConfig({
      ...required,
      PORT: "0",
      HOST: "0.0.0.0",
      GITHUB_API_URL: "http://127.0.0.1:9/",
    });
    assert.equal(custom.port, 0);
    assert.equal(custom.host, "0.0.0.0");
    assert.equal(custom.apiUrl, "http://127.0.0.1:9");
  });

  it("names what is missing or wrong in one line", () => {
    assert.throws(
      () => readConfig({ APP_ID: "1" }),
      /^Error: Missing environment variable\(s\): PRIVATE_KEY, WEBHOOK_SECRET$/,
    );
    assert.throws(
      () => readConfig({ ...required, PORT: "http" }),
      /PORT has value 'http': expected a port number/,
    );
  });
});
