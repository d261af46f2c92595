import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { test } from "node:test";
import {
  addCodeBlock,
  addDetails,
  addHeading,
  addParagraph,
  addTable,
  codeBlockHtml,
  detailsHtml,
  headingHtml,
  html,
  tableHtml,
  text,
  writeSummary,
} from "./summary.ts";
import { captureStdout, withEnv } from "./testing.ts";

test("headingHtml escapes the title", () => {
  assert.equal(headingHtml("Drift <b>@me</b>", 3).html, "<h3>Drift &#60;b&#62;@\u200dme&#60;/b&#62;</h3>");
});

test("tableHtml escapes string cells and keeps trusted cells", () => {
  const table = tableHtml(
    ["metric", "value"],
    [
      ["acc|uracy", 0.9],
      [html("<b>f1</b>"), "a\nb"],
    ],
  );
  assert.equal(
    table.html,
    "<table><tr><th>metric</th><th>value</th></tr>" +
      "<tr><td>acc&#124;uracy</td><td>0.9</td></tr><tr><td><b>f1</b></td><td>a<br>b</td></tr></table>",
  );
});

test("detailsHtml escapes the label only", () => {
  assert.equal(
    detailsHtml("[log]", html("<i>x</i>")).html,
    "<details><summary>&#91;log&#93;</summary>\n\n<i>x</i>\n\n</details>",
  );
  assert.match(detailsHtml("x", text("y"), true).html, /^<details open>/);
});

test("codeBlockHtml shows code verbatim and drops a suspicious lang", () => {
  assert.equal(
    codeBlockHtml("if a < b && c:\n  pass", "python").html,
    '<pre lang="python"><code>if a &lt; b &amp;&amp; c:\n  pass</code></pre>',
  );
  assert.equal(codeBlockHtml("x", 'py" onclick="x').html, "<pre><code>x</code></pre>");
});

test("writeSummary appends the section to GITHUB_STEP_SUMMARY", async () => {
  const dir = mkdtempSync(path.join(tmpdir(), "kit-summary-"));
  const file = path.join(dir, "summary.md");
  writeFileSync(file, "before\n");
  try {
    await withEnv({ GITHUB_STEP_SUMMARY: file }, async () => {
      addHeading("Evaluate gate");
      addParagraph("2 of 3 checks passed");
      addTable(["check", "result"], [["accuracy", "pass"]]);
      addDetails("raw", codeBlockHtml("{}", "json"));
      addCodeBlock("done");
      await writeSummary();
    });
    const written = readFileSync(file, "utf8");
    assert.equal(
      written,
      "before\n<h2>Evaluate gate</h2>\n<p>2 of 3 checks passed</p>\n" +
        "<table><tr><th>check</th><th>result</th></tr><tr><td>accuracy</td><td>pass</td></tr></table>\n" +
        '<details><summary>raw</summary>\n\n<pre lang="json"><code>{}</code></pre>\n\n</details>\n' +
        "<pre><code>done</code></pre>\n",
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("writeSummary without GITHUB_STEP_SUMMARY prints the section to the log", async () => {
  const lines = await withEnv({ GITHUB_STEP_SUMMARY: undefined }, () =>
    captureStdout(async () => {
      addHeading("Local run");
      await writeSummary();
    }),
  );
  assert.deepEqual(lines, ["<h2>Local run</h2>"]);
});
