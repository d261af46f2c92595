import assert from "node:assert/strict";
import { generateKeyPairSync, sign } from "node:crypto";
import { after, before, describe, it } from "node:test";
import { addApp, type GitHubServer, startGitHubServer } from "./index.ts";
import { assertConformsToSpec, messageOf, octokitFor, rejection } from "./test-client.ts";

const owner = "octo-org";
const repo = "octo-repo";
const { privateKey, publicKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
const otherKey = generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey;

/** An app JWT as GitHub documents it: RS256, `iss` the app id, `iat` and `exp` at most 10 minutes apart. */
function appJwt(
  appId: number,
  key = privateKey,
  now = Math.floor(Date.now() / 1000),
  lifetime = 540,
): string {
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString("base64url");
  const unsigned = `${part({ alg: "RS256", typ: "JWT" })}.${part({ iat: now - 30, exp: now + lifetime, iss: appId })}`;
  return `${unsigned}.${sign("RSA-SHA256", Buffer.from(unsigned), key).toString("base64url")}`;
}

describe("GitHub test server: GitHub App installations and tokens", () => {
  let server: GitHubServer;
  before(async () => {
    server = await startGitHubServer({ repositories: [`${owner}/${repo}`, "octo-org/not-installed"] });
    addApp(server.state, {
      id: 4242,
      slug: "mlops-bot",
      publicKey: publicKey.export({ type: "spki", format: "pem" }).toString(),
      repositories: [`${owner}/${repo}`],
    });
  });
  after(() => server.close());

  it("finds the repository's installation and creates a token that writes as the app's bot", async () => {
    const app = octokitFor(server, appJwt(4242));
    const installation = await app.rest.apps.getRepoInstallation({ owner, repo });
    assertConformsToSpec("apps/get-repo-installation", 200, installation.data);
    assert.equal(installation.data.app_id, 4242);
    const created = await app.rest.apps.createInstallationAccessToken({
      installation_id: installation.data.id,
    });
    assert.equal(created.status, 201);
    assertConformsToSpec("apps/create-installation-access-token", 201, created.data);
    assert.match(created.data.token, /^ghs_/);

    const comment = await octokitFor(server, created.data.token).rest.issues.createComment({
      owner,
      repo,
      issue_number: server.state.createIssue(server.state.requireRepository(`${owner}/${repo}`), {
        title: "t",
        user: server.state.user("octocat"),
      }).number,
      body: "hello",
    });
    assert.equal(comment.data.user?.login, "mlops-bot[bot]");
    assert.equal(comment.data.user?.type, "Bot");
  });

  it("refuses JWTs that are forged, expired, too long or of an unknown app, like GitHub (401)", async () => {
    const now = Math.floor(Date.now() / 1000);
    for (const jwt of [
      appJwt(4242, otherKey),
      appJwt(4242, privateKey, now - 3600),
      appJwt(4242, privateKey, now, 3600),
      appJwt(999),
    ]) {
      const error = await rejection(octokitFor(server, jwt).rest.apps.getRepoInstallation({ owner, repo }));
      assert.equal(error.status, 401, jwt);
    }
    const none = await rejection(
      octokitFor(server, null).rest.apps.createInstallationAccessToken({ installation_id: 1 }),
    );
    assert.equal(none.status, 401);
    assert.match(messageOf(none), /JSON web token/);
  });

  it("answers 404 where the app is not installed, and 403 when a JWT is used on a repository endpoint", async () => {
    const app = octokitFor(server, appJwt(4242));
    assert.equal(
      (await rejection(app.rest.apps.getRepoInstallation({ owner, repo: "not-installed" }))).status,
      404,
    );
    assert.equal(
      (await rejection(app.rest.apps.createInstallationAccessToken({ installation_id: 12345 }))).status,
      404,
    );
    const error = await rejection(app.rest.issues.createComment({ owner, repo, issue_number: 1, body: "x" }));
    assert.equal(error.status, 403);
  });
});
