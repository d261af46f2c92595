import { randomBytes } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { ArtifactStore } from "../artifact-store.ts";
import { BlobUrlSigner } from "../blob/signed-url.ts";
import { ArtifactService } from "./artifact-service.ts";
import { BackendIdRegistry } from "./backend-ids.ts";
import { BlobStorage, blobPathPrefix } from "./blob-storage.ts";
import { signRuntimeToken, verifyRuntimeToken } from "./runtime-token.ts";
import { readJsonObject, sendJson, sendTwirpError, TwirpError } from "./twirp.ts";

/**
 * A loopback stand-in for GitHub's results service as `@actions/artifact` v6 talks to it: the Twirp
 * ArtifactService under `/twirp/...` and the blob storage its signed URLs point to, in one HTTP server.
 */
export interface ArtifactServer {
  /** Base URL to use as ACTIONS_RESULTS_URL. */
  readonly url: string;
  readonly store: ArtifactStore;
  readonly repository: string;
  /** An ACTIONS_RUNTIME_TOKEN for a job of workflow run `runId` (job "build" unless named). */
  runtimeTokenFor(job: { runId: number; jobId?: string }): string;
  /** The env a step needs to upload, list and download the artifacts of its run. */
  envFor(job: { runId: number; jobId?: string }): Record<string, string>;
  /** A signed blob URL for a finalized artifact (where GitHub's REST zip route redirects to). */
  signedDownloadUrl(artifactId: number): string | undefined;
  close(): Promise<void>;
}

export interface ArtifactServerOptions {
  store?: ArtifactStore;
  /** owner/name the artifacts belong to. */
  repository?: string;
}

const twirpPrefix = "/twirp/github.actions.results.api.v1.ArtifactService/";

export async function startArtifactServer(options: ArtifactServerOptions = {}): Promise<ArtifactServer> {
  const store = options.store ?? new ArtifactStore();
  const repository = options.repository ?? "octo-org/ml-project";
  const secret = randomBytes(32);
  const backendIds = new BackendIdRegistry();

  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  const blobs = new BlobStorage(store, new BlobUrlSigner(secret, origin));
  const service = new ArtifactService(store, repository, backendIds, blobs);

  server.on("request", (request: IncomingMessage, response: ServerResponse) => {
    const url = new URL(request.url ?? "/", origin);
    const handled = url.pathname.startsWith(blobPathPrefix)
      ? blobs.handle(request, response, url)
      : handleTwirp(request, response, url);
    handled.catch((error: unknown) => {
      if (!response.headersSent) {
        sendTwirpError(
          response,
          new TwirpError("internal", error instanceof Error ? error.message : String(error)),
        );
      } else {
        response.destroy();
      }
    });
  });

  async function handleTwirp(request: IncomingMessage, response: ServerResponse, url: URL): Promise<void> {
    try {
      const method = routeOf(request, url);
      const token = authenticate(request);
      const body = await readJsonObject(request);
      sendJson(response, 200, method(token, body));
    } catch (error) {
      if (!(error instanceof TwirpError)) throw error;
      sendTwirpError(response, error);
    }
  }

  function routeOf(request: IncomingMessage, url: URL) {
    const method = url.pathname.startsWith(twirpPrefix)
      ? service.methods[url.pathname.slice(twirpPrefix.length)]
      : undefined;
    if (request.method !== "POST" || method === undefined) {
      throw new TwirpError("bad_route", `no handler for ${request.method} ${url.pathname}`);
    }
    const contentType = (request.headers["content-type"] ?? "").split(";")[0]?.trim();
    if (contentType !== "application/json") {
      throw new TwirpError(
        "bad_route",
        `unexpected Content-Type ${JSON.stringify(contentType)}; this service speaks JSON`,
      );
    }
    return method;
  }

  function authenticate(request: IncomingMessage) {
    const [scheme, token] = (request.headers.authorization ?? "").split(" ");
    if (scheme !== "Bearer" || !token) {
      throw new TwirpError("unauthenticated", "a bearer runtime token is required");
    }
    const verified = verifyRuntimeToken(secret, token);
    if ("problem" in verified) {
      throw new TwirpError("unauthenticated", verified.problem);
    }
    return verified.ids;
  }

  function runtimeTokenFor({ runId, jobId = "build" }: { runId: number; jobId?: string }): string {
    if (!Number.isSafeInteger(runId) || runId <= 0) {
      throw new Error(`runId must be a positive integer, got ${runId}`);
    }
    return signRuntimeToken(secret, backendIds.idsFor(runId, jobId));
  }

  return {
    url: `${origin}/`,
    store,
    repository,
    runtimeTokenFor,
    envFor: ({ runId, jobId = "build" }) => ({
      ACTIONS_RESULTS_URL: `${origin}/`,
      ACTIONS_RUNTIME_TOKEN: runtimeTokenFor({ runId, jobId }),
      GITHUB_ACTIONS: "true",
      GITHUB_RUN_ID: String(runId),
      GITHUB_RUN_ATTEMPT: "1",
      GITHUB_JOB: jobId,
      GITHUB_REPOSITORY: repository,
      GITHUB_REPOSITORY_OWNER: repository.split("/")[0] ?? "",
      // Any other host makes the client assume GHES, where artifacts v4 is not supported.
      GITHUB_SERVER_URL: "https://github.com",
    }),
    signedDownloadUrl: (artifactId) => blobs.downloadUrl(artifactId),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // The storage SDK keeps connections alive; without this, close() would wait for them to idle out.
        server.closeAllConnections();
      }),
  };
}
