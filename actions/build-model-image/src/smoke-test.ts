import { randomBytes } from "node:crypto";
import { rmSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import { UserError } from "@mlops-actions/kit";
import { type PlannedImage, writeOciArchive } from "@mlops-actions/oci";
import { findContainerRuntime } from "./container-runtime.ts";
import { compareWithExpected } from "./smoke-compare.ts";
import { ContainerCommands } from "./smoke-container.ts";
import { infer, waitUntilReady } from "./smoke-http.ts";
import type { SmokeInputs } from "./smoke-inputs.ts";
import { hostPlatform, manifestFor, platformsOf } from "./smoke-platform.ts";

export interface SmokeResult {
  status: "pass" | "fail" | "skipped";
  /** One line: what passed, what failed, or why the test was skipped. */
  summary: string;
  runtime?: "podman" | "docker";
  platform?: string;
  /** From loading the image to the comparison. */
  seconds?: number;
  /** Where the answer differs from smoke-expect (at most 20). */
  mismatches: string[];
}

const MAX_MISMATCHES = 20;
const LOG_TAIL_LINES = 100;

/**
 * Runs the built image (this machine's platform of it) before anything is pushed: loads it into podman
 * or docker from an OCI archive, starts it on the host's network with MLServer on free loopback ports,
 * waits for /v2/health/ready, sends the smoke request to the model and compares the answer with
 * smoke-expect. The container and the image are always removed.
 */
export async function runSmokeTest(options: {
  smoke: SmokeInputs;
  image: PlannedImage;
  modelName: string;
  workDir: string;
  log: (line: string) => void;
}): Promise<SmokeResult> {
  const { smoke, log } = options;
  const lookup = await findContainerRuntime(smoke.runtime);
  if (!lookup.found) {
    if (smoke.runtime !== "auto")
      throw new UserError(`container-runtime is ${smoke.runtime} but ${lookup.reason}`);
    return {
      status: "skipped",
      summary: `no container runtime to run it (${lookup.reason})`,
      mismatches: [],
    };
  }
  const platform = hostPlatform();
  const manifest = manifestFor(options.image.manifests, platform);
  if (!manifest) {
    return {
      status: "skipped",
      summary: `the image has no ${platform} platform to run on this machine (it has ${platformsOf(options.image.manifests)})`,
      mismatches: [],
    };
  }
  const runtime = new ContainerCommands(lookup.found);
  const refName = `localhost/mlops-actions-smoke:${manifest.digest.slice(7, 19)}`;
  let image = refName;
  const archive = join(options.workDir, "smoke-image.oci.tar");
  const started = Date.now();
  const done = (status: "pass" | "fail", summary: string, mismatches: string[] = []): SmokeResult => ({
    status,
    summary,
    runtime: lookup.found.name,
    platform,
    seconds: Math.round((Date.now() - started) / 100) / 10,
    mismatches: mismatches.slice(0, MAX_MISMATCHES),
  });

  let container: string | undefined;
  let loading = false;
  try {
    log(`smoke test: loading ${platform} of the image into ${lookup.found.name}`);
    await writeOciArchive(manifest, archive, refName);
    loading = true;
    image = await runtime.loadArchive(archive, refName);
    rmSync(archive, { force: true });
    const [http, grpc, metrics] = await freePorts(3);
    const name = `mlops-actions-smoke-${randomBytes(4).toString("hex")}`;
    container = await runtime.startDetached(image, name, {
      MLSERVER_HOST: "127.0.0.1",
      MLSERVER_HTTP_PORT: String(http),
      MLSERVER_GRPC_PORT: String(grpc),
      MLSERVER_METRICS_PORT: String(metrics),
    });
    const baseUrl = `http://127.0.0.1:${http}`;
    const deadline = Date.now() + smoke.timeoutMs;
    const modelPath = `/v2/models/${encodeURIComponent(options.modelName)}`;
    log(`smoke test: started ${name} (MLServer on ${baseUrl}), waiting for /v2/health/ready`);
    const notReady = await waitUntilReady(baseUrl, ["/v2/health/ready", `${modelPath}/ready`], deadline, () =>
      runtime.isRunning(name),
    );
    if (notReady) {
      const running = await runtime.isRunning(name).catch(() => false);
      await showLog(runtime, name, log);
      return done(
        "fail",
        running
          ? `${notReady} did not answer 200 within ${smoke.timeoutMs / 1000} s (smoke-timeout)`
          : `the container stopped before ${notReady} answered 200`,
      );
    }
    const answer = await infer(baseUrl, options.modelName, smoke.request, deadline - Date.now());
    if (answer.status !== 200) {
      await showLog(runtime, name, log);
      return done(
        "fail",
        `POST /v2/models/${options.modelName}/infer answered ${answer.status}: ${snippet(answer.body)}`,
      );
    }
    log(`smoke test: the model answered ${snippet(answer.body, 300)}`);
    if (smoke.expect === undefined) {
      const outputs = (answer.body as { outputs?: unknown } | null)?.outputs;
      return Array.isArray(outputs)
        ? done("pass", `the model answered with ${outputs.length} output(s)`)
        : done("fail", `the answer has no outputs: ${snippet(answer.body)}`);
    }
    const mismatches = compareWithExpected(smoke.expect, answer.body, smoke.tolerance);
    if (mismatches.length > 0) {
      const more = mismatches.length > 1 ? ` (and ${mismatches.length - 1} more)` : "";
      return done("fail", `the answer does not match smoke-expect: ${mismatches[0]}${more}`, mismatches);
    }
    return done("pass", "the answer matches smoke-expect");
  } catch (error) {
    if (container) await showLog(runtime, container, log);
    return done("fail", `the image could not be run: ${(error as Error).message.split("\n")[0]}`);
  } finally {
    rmSync(archive, { force: true });
    if (loading)
      for (const problem of await runtime.remove(container, [refName, image]))
        log(`smoke test cleanup: ${problem}`);
  }
}

/** The container's log tail in a group; workflow commands are off meanwhile, so the log cannot issue any. */
async function showLog(runtime: ContainerCommands, container: string, log: (line: string) => void) {
  const tail = await runtime.logTail(container, LOG_TAIL_LINES);
  const token = randomBytes(16).toString("hex");
  log(`::group::smoke test: the container's last ${LOG_TAIL_LINES} log lines`);
  log(`::stop-commands::${token}`);
  log(tail);
  log(`::${token}::`);
  log("::endgroup::");
}

function snippet(body: unknown, max = 200): string {
  const text = typeof body === "string" ? body : JSON.stringify(body);
  const line = text.replace(/\s+/g, " ").trim();
  return line.length > max ? `${line.slice(0, max - 3)}...` : line;
}

/** Distinct free TCP ports on 127.0.0.1 (held together while picked, then released for MLServer). */
async function freePorts(count: number): Promise<number[]> {
  const servers = await Promise.all(
    Array.from({ length: count }, async () => {
      const server = createServer();
      await new Promise<void>((resolve, reject) => {
        server.once("error", reject);
        server.listen(0, "127.0.0.1", resolve);
      });
      return server;
    }),
  );
  const ports = servers.map((server) => (server.address() as { port: number }).port);
  await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
  return ports;
}
