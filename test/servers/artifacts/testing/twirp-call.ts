import type { ArtifactServer } from "../server.ts";

/** Raw calls to the service, for what the real client never sends: bad routes, bodies and tokens. */
export interface TwirpReply {
  status: number;
  body: Record<string, unknown>;
}

export async function callTwirp(
  server: ArtifactServer,
  method: string,
  body: unknown,
  { token, contentType = "application/json" }: { token?: string; contentType?: string } = {},
): Promise<TwirpReply> {
  const response = await fetch(
    new URL(`twirp/github.actions.results.api.v1.ArtifactService/${method}`, server.url),
    {
      method: "POST",
      headers: {
        "content-type": contentType,
        ...(token === undefined ? {} : { authorization: `Bearer ${token}` }),
      },
      body: typeof body === "string" ? body : JSON.stringify(body),
    },
  );
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

/** The backend ids a runtime token carries, read the way `@actions/artifact` reads them. */
export function backendIdsOf(token: string): {
  workflow_run_backend_id: string;
  workflow_job_run_backend_id: string;
} {
  const claims = JSON.parse(Buffer.from(token.split(".")[1] ?? "", "base64url").toString("utf8")) as {
    scp: string;
  };
  const scope = claims.scp.split(" ").find((part) => part.startsWith("Actions.Results:")) ?? "";
  const [, run = "", job = ""] = scope.split(":");
  return { workflow_run_backend_id: run, workflow_job_run_backend_id: job };
}
