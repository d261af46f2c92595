import { setTimeout as sleep } from "node:timers/promises";

/** How often the readiness endpoint is asked. */
const POLL_MS = 500;

/**
 * Polls each path in turn (MLServer's `/v2/health/ready`, then the model's own `ready`, since the server
 * can be ready with a model that failed to load) until it answers 200. Resolves with the path that never
 * did, when the deadline passed or `stillAlive` said the server is gone; undefined once all answered.
 * Refused connections are expected while the server starts.
 */
export async function waitUntilReady(
  baseUrl: string,
  paths: string[],
  deadline: number,
  stillAlive: () => Promise<boolean>,
): Promise<string | undefined> {
  const waiting = [...paths];
  let polls = 0;
  while (waiting.length > 0) {
    if (Date.now() >= deadline) return waiting[0];
    try {
      const response = await fetch(`${baseUrl}${waiting[0]}`, { signal: AbortSignal.timeout(5_000) });
      await response.arrayBuffer();
      if (response.status === 200) {
        waiting.shift();
        continue;
      }
    } catch {}
    // Asking the runtime costs a process; every few polls is enough to notice a crash early.
    if (++polls % 4 === 0 && !(await stillAlive())) return waiting[0];
    await sleep(POLL_MS);
  }
  return undefined;
}

export interface InferAnswer {
  status: number;
  /** The parsed JSON body, or the text when it is not JSON. */
  body: unknown;
  isJson: boolean;
}

/** POSTs a V2 inference request to `/v2/models/<model>/infer`. */
export async function infer(
  baseUrl: string,
  model: string,
  request: unknown,
  timeoutMs: number,
): Promise<InferAnswer> {
  const response = await fetch(`${baseUrl}/v2/models/${encodeURIComponent(model)}/infer`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(request),
    signal: AbortSignal.timeout(Math.max(timeoutMs, 1_000)),
  });
  const text = await response.text();
  try {
    return { status: response.status, body: JSON.parse(text), isJson: true };
  } catch {
    return { status: response.status, body: text, isJson: false };
  }
}
