import { TrainError } from "../errors.ts";
import { type HttpAnswer, plainRequest } from "./http.ts";

/**
 * The Ray Jobs REST API of a cluster's dashboard (https://docs.ray.io/en/latest/cluster/running-applications/job-submission/rest.html),
 * plus the package routes Ray's own SDK uses to upload a working_dir (`/api/packages/{protocol}/{name}`).
 */
export type RayJobStatus = "PENDING" | "RUNNING" | "STOPPED" | "SUCCEEDED" | "FAILED";

export const TERMINAL_STATUSES: readonly RayJobStatus[] = ["STOPPED", "SUCCEEDED", "FAILED"];

export interface RayJobInfo {
  submission_id: string;
  status: RayJobStatus;
  message?: string | null;
  entrypoint?: string;
  driver_exit_code?: number | null;
}

export interface RayJobRequest {
  entrypoint: string;
  submission_id: string;
  runtime_env?: Record<string, unknown>;
  metadata?: Record<string, string>;
}

export class RayJobsClient {
  readonly #base: string;
  readonly #headers: Record<string, string>;

  /** `address` is the dashboard's http(s) URL; `token` goes along as a bearer token when given. */
  constructor(address: string, token?: string) {
    if (!/^https?:\/\//.test(address)) {
      throw new TrainError(
        `Input 'ray-address' has value '${address}': expected the http(s) URL of the cluster's dashboard, such as http://127.0.0.1:8265`,
      );
    }
    this.#base = address.replace(/\/+$/, "");
    this.#headers = token ? { authorization: `Bearer ${token}` } : {};
  }

  async packageExists(uri: string): Promise<boolean> {
    return (await this.#fetch("GET", packagePath(uri))).status === 200;
  }

  async uploadPackage(uri: string, zip: Uint8Array): Promise<void> {
    const response = await this.#fetch("PUT", packagePath(uri), zip, "application/octet-stream");
    if (!ok(response)) throw this.#failure("upload of the working directory", response);
  }

  /** The job with this submission id, or undefined when the cluster has none. */
  async getJob(submissionId: string): Promise<RayJobInfo | undefined> {
    const response = await this.#fetch("GET", `/api/jobs/${encodeURIComponent(submissionId)}`);
    if (response.status === 404) return undefined;
    if (!ok(response)) throw this.#failure(`status of job ${submissionId}`, response);
    return JSON.parse(response.text) as RayJobInfo;
  }

  async submitJob(request: RayJobRequest): Promise<void> {
    const response = await this.#fetch("POST", "/api/jobs/", JSON.stringify(request), "application/json");
    if (!ok(response)) throw this.#failure(`submission of job ${request.submission_id}`, response);
  }

  /** Everything the job has logged so far. */
  async logs(submissionId: string): Promise<string> {
    const response = await this.#fetch("GET", `/api/jobs/${encodeURIComponent(submissionId)}/logs`);
    if (!ok(response)) throw this.#failure(`logs of job ${submissionId}`, response);
    return (JSON.parse(response.text) as { logs?: string }).logs ?? "";
  }

  async stopJob(submissionId: string): Promise<boolean> {
    const response = await this.#fetch("POST", `/api/jobs/${encodeURIComponent(submissionId)}/stop`);
    if (!ok(response)) throw this.#failure(`stop of job ${submissionId}`, response);
    return (JSON.parse(response.text) as { stopped?: boolean }).stopped === true;
  }

  async #fetch(
    method: string,
    path: string,
    body?: string | Uint8Array,
    contentType?: string,
  ): Promise<HttpAnswer> {
    const headers = { ...this.#headers, ...(contentType ? { "content-type": contentType } : {}) };
    try {
      return await plainRequest(`${this.#base}${path}`, method, headers, body, 120_000);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
      throw new TrainError(
        `The Ray dashboard at ${this.#base} cannot be reached (${method} ${path}): ${code}`,
      );
    }
  }

  #failure(what: string, response: HttpAnswer): TrainError {
    // Ray answers some errors with a Python traceback: its last line is the message.
    const lines = response.text.split("\n").filter((line) => line.trim() !== "" && line.trim() !== ".");
    const message = (lines.at(-1) ?? "").slice(0, 300);
    return new TrainError(`Ray refused the ${what} (HTTP ${response.status}): ${message}`);
  }
}

function ok(response: HttpAnswer): boolean {
  return response.status >= 200 && response.status < 300;
}

function packagePath(uri: string): string {
  const match = /^([a-z0-9]+):\/\/(.+)$/.exec(uri);
  if (!match) throw new Error(`not a Ray package URI: ${uri}`);
  return `/api/packages/${match[1]}/${encodeURIComponent(match[2] as string)}`;
}
