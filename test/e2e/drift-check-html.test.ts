// The HTML report drift-check's bundle writes, opened in headless Chromium (Debian's `chromium`, driven by
// playwright-core): it renders with no console errors, requests nothing, and shows a chart per column.
import assert from "node:assert/strict";
import { join } from "node:path";
import { after, describe, it } from "node:test";
import { pathToFileURL } from "node:url";
import { chromium } from "playwright-core";
import { driftPair, removeWorkspaces, toCsv, workspaceWith } from "../fixtures/drift-check/datasets.ts";
import { runBundled } from "../harness/index.ts";

after(() => removeWorkspaces());

describe("drift-check HTML report in Chromium", () => {
  it("renders without console errors or requests and shows one chart per column, drifted first", async () => {
    const { reference, current } = driftPair(400, true);
    const workspace = workspaceWith({ "reference.csv": toCsv(reference), "current.csv": toCsv(current) });
    const run = await runBundled("drift-check", {
      workspace,
      inputs: {
        reference: "reference.csv",
        current: "current.csv",
        "html-report": "drift.html",
        "fail-on-drift": "false",
      },
    });
    assert.equal(run.exitCode, 0, run.logs.join("\n"));

    const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] });
    try {
      const page = await browser.newPage();
      const problems: string[] = [];
      const requests: string[] = [];
      page.on("console", (message) => {
        if (message.type() === "error") problems.push(message.text());
      });
      page.on("pageerror", (error) => problems.push(error.message));
      page.on("request", (request) => requests.push(request.url()));
      await page.goto(pathToFileURL(join(workspace, "drift.html")).href);
      assert.deepEqual(problems, []);
      assert.deepEqual(requests, [pathToFileURL(join(workspace, "drift.html")).href]);
      const sections = await page.locator("section.column").evaluateAll((nodes) =>
        nodes.map((node) => ({
          column: node.getAttribute("data-column"),
          charts: node.querySelectorAll("svg.chart rect").length,
          height:
            (
              node.querySelector("svg.chart") as { getBoundingClientRect(): { height: number } } | null
            )?.getBoundingClientRect().height ?? 0,
        })),
      );
      assert.equal(sections.length, 3);
      for (const section of sections) {
        assert.ok(section.charts > 0, `${section.column} has bars`);
        assert.ok(section.height > 100, `${section.column}'s chart is laid out`);
      }
      assert.notEqual(sections[2]?.column, "age", "the drifted columns come first");
    } finally {
      await browser.close();
    }
  });
});
