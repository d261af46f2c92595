// The bot's webhook front door on loopback: signed workflow_run deliveries (GitHub's real "requested"
// example, which the bot verifies, parses and acknowledges without GitHub calls) against a bare node:http
// server that only reads the body and answers 200 — the floor any Node webhook server stands on. The same
// client load (keep-alive, 16 in flight), interleaved rounds, each server in its own process; we compare
// throughput and p99 latency.

import { type ChildProcess, fork } from "node:child_process";
import { createHmac } from "node:crypto";
import { Agent, request } from "node:http";
import { createRequire } from "node:module";
import { join } from "node:path";
import { benchRoot, interleave, quantile, saveResult } from "./lib.ts";

const ROUNDS = 6;
const REQUESTS_PER_ROUND = 1_500;
const CONCURRENCY = 16;
const TARGET_THROUGHPUT_RATIO = 0.5;
const TARGET_P99_RATIO = 2;
const secret = "bench-secret";

const require = createRequire(import.meta.url);
const examples = (require("@octokit/webhooks-examples") as Array<{ name: string; examples: unknown[] }>).find(
  (d) => d.name === "workflow_run",
)?.examples as Array<Record<string, unknown>>;
const payload = examples.find((p) => p.action === "requested");
const body = JSON.stringify(payload);
const headers = {
  "content-type": "application/json",
  "content-length": String(Buffer.byteLength(body)),
  "x-github-event": "workflow_run",
  "x-hub-signature-256": `sha256=${createHmac("sha256", secret).update(body).digest("hex")}`,
};

/** Starts one of the servers in its own process; resolves with its URL. */
function startServer(kind: "bot" | "echo"): Promise<{ url: string; child: ChildProcess }> {
  const child = fork(join(benchRoot, "peers", "webhook-echo", "server.ts"), [kind, secret], {
    stdio: ["ignore", "pipe", "inherit", "ipc"],
  });
  return new Promise((resolve, reject) => {
    child.once("error", reject);
    child.once("exit", (code: number | null) => reject(new Error(`the ${kind} server exited with ${code}`)));
    child.stdout?.once("data", (chunk: Buffer) => resolve({ url: chunk.toString().trim(), child }));
  });
}

const bot = await startServer("bot");
const echo = await startServer("echo");

interface LoadResult {
  latencies: number[];
  wallMs: number;
}

/** Sends `count` deliveries, `CONCURRENCY` at a time; returns each latency (ms) and the wall time. */
async function load(baseUrl: string, count: number): Promise<LoadResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });
  const url = new URL("/webhook", baseUrl);
  const latencies: number[] = [];
  let sent = 0;
  const one = () =>
    new Promise<void>((resolve, reject) => {
      const started = performance.now();
      const req = request(url, { method: "POST", headers, agent }, (res) => {
        res.resume();
        res.on("end", () => {
          if ((res.statusCode ?? 0) >= 300) reject(new Error(`status ${res.statusCode} from ${baseUrl}`));
          latencies.push(performance.now() - started);
          resolve();
        });
      });
      req.on("error", reject);
      req.end(body);
    });
  const worker = async () => {
    while (sent < count) {
      sent++;
      await one();
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  const wallMs = performance.now() - started;
  agent.destroy();
  return { latencies, wallMs };
}

/** The latencies and wall time of several loads together. */
function allOf(results: LoadResult[]): LoadResult {
  return {
    latencies: results.flatMap((result) => result.latencies),
    wallMs: results.reduce((sum, result) => sum + result.wallMs, 0),
  };
}

try {
  await load(bot.url, 300); // warm-up: JIT, sockets
  await load(echo.url, 300);
  const rounds = await interleave(ROUNDS, {
    ours: () => load(bot.url, REQUESTS_PER_ROUND),
    peer: () => load(echo.url, REQUESTS_PER_ROUND),
  });
  const ours = allOf(rounds.ours);
  const peer = allOf(rounds.peer);
  const throughput = (r: LoadResult) => (r.latencies.length / r.wallMs) * 1000;
  const common = {
    ours: "packages/bot (signature check in constant time, JSON parse, event filter) on 127.0.0.1",
    peer: "a bare node:http server that reads the body and answers 200",
    runs: ROUNDS * REQUESTS_PER_ROUND,
  };
  const throughputRatio = throughput(ours) / throughput(peer);
  saveResult({
    name: "bot-throughput",
    ...common,
    metric: `signed workflow_run deliveries per second (${CONCURRENCY} in flight, ${Buffer.byteLength(body)} B each)`,
    oursValue: throughput(ours),
    peerValue: throughput(peer),
    ratio: throughputRatio,
    target: `>= ${TARGET_THROUGHPUT_RATIO}`,
    met: throughputRatio >= TARGET_THROUGHPUT_RATIO,
  });
  const p99Ratio = quantile(ours.latencies, 0.99) / quantile(peer.latencies, 0.99);
  saveResult({
    name: "bot-p99",
    ...common,
    metric: `p99 latency of a delivery, ms (${CONCURRENCY} in flight)`,
    oursValue: quantile(ours.latencies, 0.99),
    peerValue: quantile(peer.latencies, 0.99),
    ratio: p99Ratio,
    target: `<= ${TARGET_P99_RATIO}`,
    met: p99Ratio <= TARGET_P99_RATIO,
  });
} finally {
  for (const server of [bot, echo]) {
    server.child.removeAllListeners("exit");
    server.child.kill();
  }
}
