import { createPublicKey, type KeyObject, randomBytes, verify } from "node:crypto";
import { GitHubError, notFound } from "../errors.ts";
import { type Urls, userShape } from "../shapes.ts";
import type { GitHubState } from "../state.ts";
import type { Reply } from "./types.ts";

/**
 * GitHub Apps: an app authenticates with a JWT (RS256, signed with its private key, `iss` its id, at most
 * 10 minutes long) to find its installation on a repository and to create installation tokens, which
 * then act like any `write` token of this server as `<slug>[bot]`.
 */
export interface AppRecord {
  id: number;
  slug: string;
  publicKey: KeyObject;
  /** Installation ids by repository full name (lower case). */
  installations: Map<string, number>;
}

const apps = new WeakMap<GitHubState, Map<number, AppRecord>>();

/** Registers an app installed on the given repositories; returns the installation ids by repository. */
export function addApp(
  state: GitHubState,
  seed: { id: number; slug: string; publicKey: string; repositories: string[] },
): AppRecord {
  const installations = new Map<string, number>();
  for (const fullName of seed.repositories) {
    state.requireRepository(fullName);
    installations.set(fullName.toLowerCase(), state.nextId());
  }
  const record = { id: seed.id, slug: seed.slug, publicKey: createPublicKey(seed.publicKey), installations };
  const byId = apps.get(state) ?? new Map<number, AppRecord>();
  apps.set(state, byId);
  byId.set(seed.id, record);
  state.user(`${seed.slug}[bot]`, "Bot");
  return record;
}

const jwtShape = /^[\w-]+\.[\w-]+\.[\w-]+$/;

export const looksLikeJwt = (token: string): boolean => jwtShape.test(token);

/** The app whose valid, unexpired JWT this is; GitHub's 401 otherwise. */
export function verifyAppJwt(state: GitHubState, jwt: string, now = Date.now() / 1000): AppRecord {
  const [header = "", payload = "", signature = ""] = jwt.split(".");
  const decode = (part: string): Record<string, unknown> | undefined => {
    try {
      return JSON.parse(Buffer.from(part, "base64url").toString("utf8"));
    } catch {
      return undefined;
    }
  };
  const claims = decode(payload);
  const app = apps.get(state)?.get(Number(claims?.iss));
  const valid =
    decode(header)?.alg === "RS256" &&
    app !== undefined &&
    verify(
      "RSA-SHA256",
      Buffer.from(`${header}.${payload}`),
      app.publicKey,
      Buffer.from(signature, "base64url"),
    );
  if (!valid || app === undefined) throw jwtError("A JSON web token could not be decoded");
  const { iat, exp } = claims as { iat?: unknown; exp?: unknown };
  if (typeof iat !== "number" || typeof exp !== "number")
    throw jwtError("'Issued at' claim ('iat') and 'Expiration time' claim ('exp') must be numbers");
  if (exp <= now)
    throw jwtError(
      `'Expiration time' claim ('exp') must be a numeric value representing the future time at which the assertion expires`,
    );
  if (iat > now + 60)
    throw jwtError(
      "'Issued at' claim ('iat') must be an Integer representing the time that the assertion was issued",
    );
  if (exp - iat > 600) throw jwtError("Expiration time' claim ('exp') is too far in the future");
  return app;
}

function jwtError(message: string): GitHubError {
  return new GitHubError(401, { message, documentation_url: "https://docs.github.com/rest", status: "401" });
}

/** What an app route gets: no repository is required, and the app comes from the request's JWT. */
export interface AppRouteContext {
  state: GitHubState;
  urls: Urls;
  params: Record<string, unknown>;
  /** The app of the request's JWT; undefined when the request had none. */
  app: AppRecord | undefined;
  documentationUrl: string;
}

export type AppHandler = (context: AppRouteContext) => Reply;

function requireApp(context: AppRouteContext): AppRecord {
  if (context.app === undefined) {
    throw jwtError("A JSON web token could not be decoded");
  }
  return context.app;
}

function installationShape(context: AppRouteContext, app: AppRecord, id: number, fullName: string) {
  const { state, urls } = context;
  const owner = state.user(fullName.split("/")[0] ?? "", "Organization");
  const created = new Date(Date.UTC(2026, 0, 1)).toISOString();
  return {
    id,
    account: userShape(owner, urls),
    repository_selection: "selected",
    access_tokens_url: `${urls.api}/app/installations/${id}/access_tokens`,
    repositories_url: `${urls.api}/installation/repositories`,
    html_url: `${urls.web}/organizations/${owner.login}/settings/installations/${id}`,
    app_id: app.id,
    client_id: `Iv1.${app.id.toString(16).padStart(16, "0")}`,
    target_id: owner.id,
    target_type: "Organization",
    permissions: { actions: "read", metadata: "read", pull_requests: "write" },
    events: ["workflow_run"],
    created_at: created,
    updated_at: created,
    single_file_name: null,
    has_multiple_single_files: false,
    single_file_paths: [],
    app_slug: app.slug,
    suspended_by: null,
    suspended_at: null,
  };
}

export const appHandlers: Record<string, AppHandler> = {
  "apps/get-repo-installation": (context) => {
    const app = requireApp(context);
    const fullName = `${context.params.owner}/${context.params.repo}`;
    const id = app.installations.get(fullName.toLowerCase());
    if (id === undefined) throw notFound(context.documentationUrl);
    const repository = context.state.requireRepository(fullName);
    return { status: 200, body: installationShape(context, app, id, repository.fullName) };
  },

  "apps/create-installation-access-token": (context) => {
    const app = requireApp(context);
    const id = Number(context.params.installation_id);
    const installed = [...app.installations].find(([, installation]) => installation === id);
    if (installed === undefined) throw notFound(context.documentationUrl);
    const token = `ghs_${randomBytes(18).toString("hex")}`;
    context.state.addToken(token, "write", `${app.slug}[bot]`);
    return {
      status: 201,
      body: {
        token,
        expires_at: new Date(Date.now() + 3_600_000).toISOString().replace(/\.\d{3}Z$/, "Z"),
        permissions: { actions: "read", metadata: "read", pull_requests: "write" },
        repository_selection: "selected",
      },
    };
  },
};
