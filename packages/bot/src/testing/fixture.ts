// What the bot's tests and benchmark share: the loopback GitHub server with the app installed, a run's
// mlops-comment artifact in its store, and real workflow_run payloads from @octokit/webhooks-examples,
// signed as GitHub signs them.
import { createHash, createHmac, generateKeyPairSync } from "node:crypto";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { COMMENT_REQUEST_SCHEMA } from "@mlops-actions/comment";
import { zipSync } from "fflate";
import { ArtifactStore } from "../../../../test/servers/artifact-store.ts";
import { addApp, type GitHubServer, startGitHubServer } from "../../../../test/servers/github/index.ts";

export const owner = "octo-org";
export const repo = "octo-repo";
export const appId = 4242;
export const webhookSecret = "It's a Secret to Everybody";

const fixtures = new URL("../../../../test/fixtures/metrics-comment/", import.meta.url);

export interface BotFixture {
  github: GitHubServer;
  store: ArtifactStore;
  privateKey: string;
}

export async function startFixture(): Promise<BotFixture> {
  const store = new ArtifactStore();
  const github = await startGitHubServer({ artifacts: store });
  const keys = generateKeyPairSync("rsa", { modulusLength: 2048 });
  addApp(github.state, {
    id: appId,
    slug: "mlops-bot",
    publicKey: keys.publicKey.export({ type: "spki", format: "pem" }).toString(),
    repositories: [`${owner}/${repo}`],
  });
  return { github, store, privateKey: keys.privateKey.export({ type: "pkcs8", format: "pem" }).toString() };
}

/** A completed, successful workflow_run example with its pull_requests, as a pull request's run. */
export function workflowRunPayload(runId: number, headSha: string): Record<string, unknown> {
  const require = createRequire(import.meta.url);
  const definitions = require("@octokit/webhooks-examples") as Array<{
    name: string;
    examples: Array<Record<string, unknown>>;
  }>;
  const example = definitions
    .find((d) => d.name === "workflow_run")
    ?.examples.find((p) => {
      const run = p.workflow_run as { conclusion?: unknown; pull_requests?: unknown[] };
      return p.action === "completed" && run.conclusion === "success" && (run.pull_requests?.length ?? 0) > 0;
    });
  if (!example) throw new Error("no completed workflow_run example with pull requests");
  const payload = structuredClone(example);
  // GitHub's example is a repository_dispatch run; ours is a pull request's run with this id and head.
  Object.assign(payload.workflow_run as object, {
    id: runId,
    head_sha: headSha,
    event: "pull_request",
    html_url: `https://github.com/${owner}/${repo}/actions/runs/${runId}`,
  });
  return payload;
}

/** The headers GitHub sends with a delivery, signed with the secret (X-Hub-Signature-256). */
export function signedHeaders(body: string, secret = webhookSecret, event = "workflow_run") {
  return {
    "content-type": "application/json",
    "x-github-event": event,
    "x-github-delivery": crypto.randomUUID(),
    "x-hub-signature-256": `sha256=${createHmac("sha256", secret).update(body).digest("hex")}`,
  };
}

/** Puts an `mlops-comment-<section>` artifact into run `runId`, as metrics-comment uploads it. */
export function addCommentArtifact(
  fixture: BotFixture,
  options: { runId: number; headSha: string; pullRequest: number; section?: string; key?: string },
): void {
  const section = options.section ?? "train";
  const request = {
    schema: COMMENT_REQUEST_SCHEMA,
    repository: `${owner}/${repo}`,
    pullRequest: options.pullRequest,
    headSha: options.headSha,
    key: options.key ?? "CI",
    section,
    run: {
      id: options.runId,
      attempt: 1,
      url: `https://github.com/${owner}/${repo}/actions/runs/${options.runId}`,
    },
  };
  const zip = Buffer.from(
    zipSync({
      "mlops-comment.json": Buffer.from(JSON.stringify(request)),
      "comment.md": Buffer.from("### rendered by the run\n"),
      "reports/000-drift-check.json": readFileSync(new URL("drift-check.json", fixtures)),
      "reports/001-validate-data.json": readFileSync(new URL("validate-data.json", fixtures)),
    }),
  );
  const now = Date.now();
  const artifact = fixture.store.create({
    name: `mlops-comment-${section}`,
    runId: options.runId,
    repository: `${owner}/${repo}`,
    createdAt: new Date(now).toISOString().replace(/\.\d{3}Z$/, "Z"),
    expiresAt: new Date(now + 86_400_000).toISOString().replace(/\.\d{3}Z$/, "Z"),
  });
  artifact.zip = zip;
  artifact.size = zip.length;
  artifact.digest = `sha256:${createHash("sha256").update(zip).digest("hex")}`;
  artifact.finalized = true;
}
