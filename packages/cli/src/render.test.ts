import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { formatAnnotation, summaryToText } from "./render.ts";

describe("summaryToText", () => {
  it("keeps markdown tables and headings", () => {
    const markdown = "## Metrics\n\n| metric | value |\n| --- | --- |\n| accuracy | 0.91 |\n";
    assert.equal(summaryToText(markdown), markdown.trim());
  });

  it("turns details/summary blocks and line breaks into plain text", () => {
    const html =
      "<details><summary>Show <b>3</b> rows</summary>\n\nrow one<br/>row &lt;two&gt; &amp; more\n</details>";
    assert.equal(summaryToText(html), "Show 3 rows\n\nrow one\nrow <two> & more");
  });

  it("drops other tags but keeps their text", () => {
    assert.equal(summaryToText('<p align="center"><code>x</code> <a href="u">link</a></p>'), "x link");
  });
});

describe("formatAnnotation", () => {
  it("prints file:line: level: message", () => {
    assert.equal(
      formatAnnotation({ level: "error", message: "row 7 is bad", file: "data/train.csv", line: 7 }),
      "data/train.csv:7: error: row 7 is bad",
    );
  });

  it("prints the level alone without a file, with the title before the message", () => {
    assert.equal(formatAnnotation({ level: "notice", message: "m", title: "T" }), "notice: T: m");
  });
});

describe("summaryToText with the kit's HTML summary", () => {
  it("turns headings and HTML tables into markdown lines and decodes character references", () => {
    const text = summaryToText(
      "<h2>Fixture</h2>\n<table><tr><th>what</th><th>value</th></tr><tr><td>greeting</td><td>hi &#64;&#8205;team</td></tr></table>",
    );
    assert.equal(text, "## Fixture\n\n| what | value |\n| greeting | hi @team |");
  });
});
