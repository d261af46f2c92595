import { fork } from "node:child_process";
import type { DefaultArtifactClient } from "@actions/artifact";

/** One call of the real `@actions/artifact` client, made by a child Node process with the given env. */
type OptionsOf<Method extends keyof DefaultArtifactClient> = Parameters<DefaultArtifactClient[Method]>;

export type ArtifactCall =
  | {
      op: "upload";
      name: string;
      files: string[];
      rootDirectory: string;
      options?: OptionsOf<"uploadArtifact">[3];
    }
  | { op: "list"; options?: OptionsOf<"listArtifacts">[0] }
  | { op: "get"; name: string; options?: OptionsOf<"getArtifact">[1] }
  | { op: "download"; artifactId: number; options?: OptionsOf<"downloadArtifact">[1] }
  | { op: "delete"; name: string; options?: OptionsOf<"deleteArtifact">[1] };

export type ArtifactCallResult = { ok: true; value: unknown } | { ok: false; message: string };

const childScript = new URL("./artifact-client-child.ts", import.meta.url);

export function runArtifactClient(
  env: Record<string, string>,
  call: ArtifactCall,
): Promise<ArtifactCallResult> {
  return new Promise((resolve, reject) => {
    let output = "";
    const child = fork(childScript, {
      execPath: process.execPath,
      // Only what a runner would give a step, plus PATH; nothing leaks in from the test's own env.
      env: { PATH: process.env.PATH ?? "", RUNNER_TEMP: env.RUNNER_TEMP ?? "", ...env },
      stdio: ["ignore", "pipe", "pipe", "ipc"],
    });
    child.stdout?.on("data", (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.stderr?.on("data", (chunk: Buffer) => {
      output += chunk.toString();
    });
    let result: ArtifactCallResult | undefined;
    child.once("message", (message: ArtifactCallResult) => {
      result = message;
    });
    child.once("error", reject);
    child.once("exit", (code) => {
      if (result === undefined) {
        reject(new Error(`the artifact client process exited with ${code} and no result:\n${output}`));
      } else {
        resolve(result);
      }
    });
    child.send(call);
  });
}
