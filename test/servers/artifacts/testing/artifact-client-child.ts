/**
 * Runs one `@actions/artifact` call in its own process, as a step would: the client reads
 * ACTIONS_RESULTS_URL, ACTIONS_RUNTIME_TOKEN, GITHUB_API_URL... from this process's env. The parent
 * sends the call over IPC and gets back `{ ok: true, value }` or `{ ok: false, message }`.
 */
import { DefaultArtifactClient } from "@actions/artifact";
import type { ArtifactCall } from "./run-artifact-client.ts";

const client = new DefaultArtifactClient();

function perform(call: ArtifactCall): Promise<unknown> {
  switch (call.op) {
    case "upload":
      return client.uploadArtifact(call.name, call.files, call.rootDirectory, call.options);
    case "list":
      return client.listArtifacts(call.options);
    case "get":
      return client.getArtifact(call.name, call.options);
    case "download":
      return client.downloadArtifact(call.artifactId, call.options);
    case "delete":
      return client.deleteArtifact(call.name, call.options);
  }
}

process.once("message", (call: ArtifactCall) => {
  perform(call).then(
    (value) => process.send?.({ ok: true, value }, () => process.exit(0)),
    (error: unknown) =>
      process.send?.({ ok: false, message: error instanceof Error ? error.message : String(error) }, () =>
        process.exit(0),
      ),
  );
});
