import { TrainError } from "./errors.ts";

/**
 * A small client for the MLflow tracking server's REST API (`/api/2.0/mlflow/...`, documented at
 * https://mlflow.org/docs/latest/rest-api.html): just what the train action needs to open a run the
 * user's own `mlflow` calls write into, tag it, close it and read it back.
 */
export interface MlflowAuth {
  /** MLFLOW_TRACKING_TOKEN: sent as a bearer token. */
  token?: string;
  /** MLFLOW_TRACKING_USERNAME / MLFLOW_TRACKING_PASSWORD: basic auth. */
  username?: string;
  password?: string;
}

export type MlflowRunStatus = "RUNNING" | "FINISHED" | "FAILED" | "KILLED";

export interface MlflowRunData {
  metrics: Record<string, number>;
  params: Record<string, string>;
  tags: Record<string, string>;
  status: string;
}

export class MlflowClient {
  readonly #base: string;
  readonly #headers: Record<string, string>;

  constructor(trackingUri: string, auth: MlflowAuth = {}) {
    if (!/^https?:\/\//.test(trackingUri)) {
      throw new TrainError(
        `Input 'mlflow-tracking-uri' has value '${trackingUri}': expected an http(s) URL of an MLflow tracking server`,
      );
    }
    this.#base = trackingUri.replace(/\/+$/, "");
    this.#headers = { "content-type": "application/json" };
    if (auth.token) this.#headers.authorization = `Bearer ${auth.token}`;
    else if (auth.username) {
      const basic = Buffer.from(`${auth.username}:${auth.password ?? ""}`).toString("base64");
      this.#headers.authorization = `Basic ${basic}`;
    }
  }

  /** The id of the experiment called `name`, created when it does not exist yet. */
  async experimentId(name: string): Promise<string> {
    const found = await this.#call("GET", "experiments/get-by-name", { experiment_name: name }, [
      "RESOURCE_DOES_NOT_EXIST",
    ]);
    const experiment = (found as { experiment?: { experiment_id?: string } } | undefined)?.experiment;
    if (experiment?.experiment_id) return experiment.experiment_id;
    const created = (await this.#call("POST", "experiments/create", { name })) as { experiment_id: string };
    return created.experiment_id;
  }

  async createRun(experimentId: string, runName: string, tags: Record<string, string>): Promise<string> {
    const created = (await this.#call("POST", "runs/create", {
      experiment_id: experimentId,
      run_name: runName,
      start_time: Date.now(),
      tags: Object.entries(tags).map(([key, value]) => ({ key, value })),
    })) as { run: { info: { run_id: string } } };
    return created.run.info.run_id;
  }

  async setTag(runId: string, key: string, value: string): Promise<void> {
    await this.#call("POST", "runs/set-tag", { run_id: runId, key, value });
  }

  async finishRun(runId: string, status: MlflowRunStatus): Promise<void> {
    await this.#call("POST", "runs/update", { run_id: runId, status, end_time: Date.now() });
  }

  /** The run's latest metric values, params and tags. */
  async getRun(runId: string): Promise<MlflowRunData> {
    const { run } = (await this.#call("GET", "runs/get", { run_id: runId })) as {
      run: {
        info: { status: string };
        data: {
          metrics?: { key: string; value: number }[];
          params?: { key: string; value: string }[];
          tags?: { key: string; value: string }[];
        };
      };
    };
    const pairs = <T>(list: { key: string; value: T }[] | undefined) =>
      Object.fromEntries((list ?? []).map(({ key, value }) => [key, value])) as Record<string, T>;
    return {
      metrics: pairs(run.data.metrics),
      params: pairs(run.data.params),
      tags: pairs(run.data.tags),
      status: run.info.status,
    };
  }

  /** One REST call; `tolerated` error codes resolve to undefined instead of throwing. */
  async #call(
    method: "GET" | "POST",
    endpoint: string,
    body: Record<string, unknown>,
    tolerated: string[] = [],
  ): Promise<unknown> {
    let url = `${this.#base}/api/2.0/mlflow/${endpoint}`;
    if (method === "GET") url += `?${new URLSearchParams(body as Record<string, string>)}`;
    let response: Response;
    try {
      response = await fetch(url, {
        method,
        headers: this.#headers,
        ...(method === "POST" ? { body: JSON.stringify(body) } : {}),
        signal: AbortSignal.timeout(30_000),
      });
    } catch (error) {
      throw new TrainError(`MLflow at ${this.#base} cannot be reached (${endpoint}): ${causeOf(error)}`);
    }
    const text = await response.text();
    const parsed = parseJson(text);
    if (response.ok) return parsed;
    const code = (parsed as { error_code?: string } | undefined)?.error_code;
    if (code !== undefined && tolerated.includes(code)) return undefined;
    const message = (parsed as { message?: string } | undefined)?.message ?? text.slice(0, 200);
    throw new TrainError(
      `MLflow ${endpoint} failed with HTTP ${response.status} ${code ?? ""}: ${message}`.trim(),
    );
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function causeOf(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? cause?.message ?? (error as Error).message;
}
