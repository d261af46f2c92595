import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { cp, mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { stopGroup } from "@mlops-actions/train";
import type { ValidateFunction } from "ajv";
import { Ajv2020 } from "ajv/dist/2020.js";
import ajvFormats from "ajv-formats";

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
export const fixturesDir = join(repoRoot, "test", "fixtures", "train");

/**
 * The Python that scripts/ci/install-train.sh prepared (scikit-learn, mlflow): MLOPS_TEST_PYTHON, else
 * the repository's .venv-train. Tests need it and say so instead of skipping.
 */
export function testPython(): string {
  const python = process.env.MLOPS_TEST_PYTHON || join(repoRoot, ".venv-train", "bin", "python");
  if (!existsSync(python)) {
    throw new Error(`no Python for the train tests at ${python}: run scripts/ci/install-train.sh first`);
  }
  return python;
}

/** PATH with the test Python's bin folder first, as `actions/setup-python` would leave it. */
export function pathWithPython(): string {
  return `${dirname(testPython())}:${process.env.PATH ?? ""}`;
}

/**
 * A fresh workspace holding the given fixture files and the example project's train.py, plus its data/
 * folder when the test trains for real (train.py reads data/train.csv).
 */
export async function makeWorkspace(
  files: string[] = [],
  options: { exampleData?: boolean } = {},
): Promise<string> {
  const workspace = await mkdtemp(join(tmpdir(), "train-e2e-"));
  const example = join(repoRoot, "examples", "iris-classifier");
  await cp(join(example, "train.py"), join(workspace, "train.py"));
  if (options.exampleData) await cp(join(example, "data"), join(workspace, "data"), { recursive: true });
  for (const file of files) await cp(join(fixturesDir, file), join(workspace, file));
  return workspace;
}

export async function removeAll(...dirs: string[]): Promise<void> {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
}

/** Running, not a zombie waiting for its new parent to reap it. */
export function processAlive(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return !/^[ZX]/.test(stat.slice(stat.lastIndexOf(")") + 2));
  } catch {
    return false;
  }
}

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const { port } = server.address() as { port: number };
  await new Promise<void>((done) => server.close(() => done()));
  return port;
}

export interface MlflowServer {
  url: string;
  close(): Promise<void>;
}

/** A real MLflow tracking server on 127.0.0.1 with a SQLite store in a temp dir, stopped by close(). */
/** The server and its gunicorn/uvicorn workers share one process group, which close() ends. */
export async function startMlflowServer(): Promise<MlflowServer> {
  const dir = await mkdtemp(join(tmpdir(), "mlflow-e2e-"));
  const port = await freePort();
  const mlflow = join(dirname(testPython()), "mlflow");
  const child = spawn(
    mlflow,
    [
      "server",
      "--host",
      "127.0.0.1",
      "--port",
      String(port),
      "--workers",
      "1",
      "--backend-store-uri",
      `sqlite:///${dir}/mlflow.db`,
      "--default-artifact-root",
      `${dir}/artifacts`,
    ],
    { detached: true, stdio: ["ignore", "ignore", "pipe"] },
  );
  let log = "";
  child.stderr.on("data", (chunk: Buffer) => {
    log = (log + chunk.toString("utf8")).slice(-4000);
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 90_000;
  for (;;) {
    const healthy = await fetch(`${url}/health`)
      .then((response) => response.ok)
      .catch(() => false);
    if (healthy) break;
    if (child.exitCode !== null || Date.now() > deadline) {
      if (child.pid !== undefined) await stopGroup(child.pid, 5_000);
      throw new Error(`the MLflow server did not start:\n${log}`);
    }
    await new Promise((done) => setTimeout(done, 250));
  }
  return {
    url,
    close: async () => {
      if (child.pid !== undefined) await stopGroup(child.pid, 5_000);
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** The train action's report as its tests read it (validated against report@1 by the harness). */
export interface TrainReport {
  action: string;
  status: string;
  git: { sha: string; ref: string };
  // biome-ignore lint/suspicious/noExplicitAny: the data is checked against its schema, then field by field
  data: any;
}

let validateData: ValidateFunction | undefined;

/** The run's report, its `data` checked against actions/train/report-data.schema.json. */
export function trainReport(run: { reports: { report: unknown }[] }, index = 0): TrainReport {
  const report = run.reports[index]?.report as TrainReport | undefined;
  if (report === undefined) throw new Error("the run wrote no report");
  if (validateData === undefined) {
    const ajv = new Ajv2020({ allErrors: true });
    // ajv-formats is CommonJS: under ESM its default export is module.exports, which carries `.default`.
    ajvFormats.default(ajv);
    const schema = JSON.parse(
      readFileSync(join(repoRoot, "actions", "train", "report-data.schema.json"), "utf8"),
    );
    validateData = ajv.compile(schema);
  }
  if (!validateData(report.data)) {
    throw new Error(`train report data does not match its schema: ${JSON.stringify(validateData.errors)}`);
  }
  return report;
}

export interface RayHead {
  /** The dashboard's URL: the Jobs REST API. */
  url: string;
  /** GET a path of the dashboard and parse the JSON answer (404 is undefined). */
  get(path: string): Promise<unknown>;
  close(): Promise<void>;
}

/**
 * A real single-node Ray head on loopback, from the test venv. RAY_ENABLE_WINDOWS_OR_OSX_CLUSTER=0 makes
 * Ray use 127.0.0.1 as its node address (otherwise it picks the machine's network address for its
 * internal connections). `--block` keeps every Ray process in one process group that close() ends.
 */
export async function startRayHead(): Promise<RayHead> {
  const dir = await mkdtemp(join(tmpdir(), "ray-"));
  const [gcsPort, dashboardPort] = [await freePort(), await freePort()];
  const ray = join(dirname(testPython()), "ray");
  const child = spawn(
    ray,
    [
      "start",
      "--head",
      "--block",
      "--port",
      String(gcsPort),
      "--dashboard-host",
      "127.0.0.1",
      "--dashboard-port",
      String(dashboardPort),
      "--num-cpus",
      "1",
      "--disable-usage-stats",
      "--temp-dir",
      dir,
    ],
    {
      detached: true,
      stdio: ["ignore", "ignore", "pipe"],
      env: { ...process.env, RAY_ENABLE_WINDOWS_OR_OSX_CLUSTER: "0", RAY_USAGE_STATS_ENABLED: "0" },
    },
  );
  let log = "";
  child.stderr.on("data", (chunk: Buffer) => {
    log = (log + chunk.toString("utf8")).slice(-4000);
  });
  const url = `http://127.0.0.1:${dashboardPort}`;
  const close = async () => {
    if (child.pid !== undefined) await stopGroup(child.pid, 5_000);
    await rm(dir, { recursive: true, force: true });
  };
  const deadline = Date.now() + 120_000;
  for (;;) {
    const up = await fetch(`${url}/api/version`)
      .then((response) => response.ok)
      .catch(() => false);
    if (up) break;
    if (child.exitCode !== null || Date.now() > deadline) {
      await close();
      throw new Error(`the Ray head did not start:\n${log}`);
    }
    await new Promise((done) => setTimeout(done, 500));
  }
  return {
    url,
    async get(path) {
      const response = await fetch(`${url}${path}`);
      return response.status === 404 ? undefined : response.json();
    },
    close,
  };
}
