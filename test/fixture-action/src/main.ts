import * as core from "@actions/core";
import {
  addHeading,
  addTable,
  getBooleanInput,
  getContext,
  getDurationInput,
  getEnumInput,
  getGlobInput,
  getListInput,
  getNumberInput,
  getPathInput,
  getStringInput,
  run,
  setOutput,
  UserError,
  workspaceRelative,
  writeReport,
  writeSummary,
} from "@mlops-actions/kit";
import { runMode } from "./modes.ts";
import { annotateTodos } from "./todos.ts";

await run(async () => {
  const message = getStringInput("message", { required: true });
  const count = getNumberInput("count", { default: 1, min: 1, max: 5, integer: true });
  const loud = getBooleanInput("loud", { default: false });
  const mode = getEnumInput("mode", {
    values: ["none", "comment", "invalid-call", "upload", "download"] as const,
    default: "none",
  });
  const file = getPathInput("file", { kind: "file", mustExist: true });
  const files = await getGlobInput("files", { allowEmpty: false });
  const tags = getListInput("tags");
  const timeoutMs = getDurationInput("timeout", { default: 30_000 });
  const fail = getEnumInput("fail", { values: ["none", "user", "bug"] as const, default: "none" });

  const greeting = Array.from({ length: count }, () => (loud ? message.toUpperCase() : message)).join(" ");
  core.info(`greeting: ${greeting}`);
  core.saveState("greeted", greeting);
  setOutput("greeting", greeting);
  setOutput("count", String(count));
  setOutput("files", files.map(workspaceRelative));
  setOutput("tags", tags);
  setOutput("timeout-ms", String(timeoutMs));
  const todos = file ? annotateTodos(file) : 0;

  const modeResult = await runMode(mode, files);

  if (fail === "user")
    throw new UserError("the fixture was asked to fail", { file: file ?? "action.yml", line: 1 });
  if (fail === "bug") throw new TypeError("the fixture was asked to crash");

  addHeading("Fixture");
  addTable(
    ["what", "value"],
    [
      ["greeting", greeting],
      ["files", String(files.length)],
      ["TODO lines", String(todos)],
      ["mode", `${mode}${modeResult ? `: ${modeResult}` : ""}`],
    ],
  );
  await writeSummary();
  await writeReport({
    action: "fixture",
    status: todos > 0 ? "warn" : "pass",
    summary: `greeted ${count} time(s); ${todos} TODO line(s)`,
    data: { greeting, files: files.map(workspaceRelative), tags, timeoutMs, mode, run: getContext().runId },
  });
});
