import { spawn } from "node:child_process";
import { StringDecoder } from "node:string_decoder";

export interface NodeProcessOptions {
  nodePath: string;
  script: string;
  cwd: string;
  env: Record<string, string>;
  timeoutMs?: number;
  /** Time between SIGTERM and SIGKILL when a step times out. */
  killGraceMs?: number;
  /** Called with each complete line of stdout or stderr, in arrival order. */
  onLine: (line: string) => void;
}

export interface NodeProcessResult {
  exitCode: number;
  timedOut: boolean;
}

/** Runs `node <script>` as the node handler does and hands over its output line by line. */
export function runNodeProcess(options: NodeProcessOptions): Promise<NodeProcessResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(options.nodePath, [options.script], {
      cwd: options.cwd,
      env: options.env,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let timedOut = false;
    let killTimer: NodeJS.Timeout | undefined;
    const timeoutTimer =
      options.timeoutMs === undefined
        ? undefined
        : setTimeout(() => {
            timedOut = true;
            child.kill("SIGTERM");
            killTimer = setTimeout(() => child.kill("SIGKILL"), options.killGraceMs ?? 2000);
          }, options.timeoutMs);

    const flushers = [child.stdout, child.stderr].map((stream) => splitLines(stream, options.onLine));
    child.on("error", (error) => {
      clearTimeout(timeoutTimer);
      clearTimeout(killTimer);
      reject(error);
    });
    child.on("close", (code, signal) => {
      clearTimeout(timeoutTimer);
      clearTimeout(killTimer);
      for (const flush of flushers) flush();
      resolve({ exitCode: code ?? (signal === null ? 1 : 128 + signalNumber(signal)), timedOut });
    });
  });
}

function splitLines(stream: NodeJS.ReadableStream, onLine: (line: string) => void): () => void {
  const decoder = new StringDecoder("utf8");
  let pending = "";
  stream.on("data", (chunk: Buffer) => {
    pending += decoder.write(chunk);
    let newline = pending.indexOf("\n");
    while (newline >= 0) {
      onLine(pending.slice(0, newline).replace(/\r$/, ""));
      pending = pending.slice(newline + 1);
      newline = pending.indexOf("\n");
    }
  });
  return () => {
    pending += decoder.end();
    if (pending !== "") onLine(pending);
    pending = "";
  };
}

function signalNumber(signal: NodeJS.Signals): number {
  return signal === "SIGKILL" ? 9 : signal === "SIGTERM" ? 15 : signal === "SIGINT" ? 2 : 1;
}
