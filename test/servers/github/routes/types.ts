import type { ArtifactStore } from "../../artifact-store.ts";
import type { Urls } from "../shapes.ts";
import type { GitHubState, RepositoryRecord, UserRecord } from "../state.ts";

/** What a route handler gets: the request, already checked against the operation's schemas. */
export interface RouteContext {
  state: GitHubState;
  artifacts: ArtifactStore;
  urls: Urls;
  /** The `{owner}/{repo}` of the path; the server answers 404 before the handler when it is unknown. */
  repository: RepositoryRecord;
  params: Record<string, unknown>;
  query: Record<string, unknown>;
  body: Record<string, unknown>;
  /** The full URL as the client asked, for pagination links. */
  requestUrl: URL;
  /** Who the token acts as (the GitHub Actions bot by default). */
  actor: UserRecord;
  authenticated: boolean;
  documentationUrl: string;
}

export interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export type Handler = (context: RouteContext) => Reply;

/** Handlers by operationId, as GitHub's description names operations. */
export type HandlerTable = Record<string, Handler>;
