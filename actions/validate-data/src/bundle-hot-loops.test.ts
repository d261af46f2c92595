import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { describe, test } from "node:test";
import { fileURLToPath } from "node:url";

const dist = join(dirname(fileURLToPath(import.meta.url)), "..", "dist");

/** The loops that run once a cell (see "Bundled calls" in packages/data/README.md). */
const HOT_LOOPS = ["integerCells", "decimalCells", "plainIntegers", "plainDecimals", "acceptArrowTexts"];

/** A call through another module's exports, as webpack writes it: `(0,module/* name *\/.x)(`. */
const CALL_THROUGH_EXPORTS = /\(0,\s*[\w$]+\s*\/\*[^*]*\*\/\s*\.[\w$]+\)\(/;

/** The text of each top-level `function name(` in the bundle, up to its closing brace at column 0. */
function bundledFunctions(name: string): string[] {
  const bodies: string[] = [];
  for (const file of readdirSync(dist).filter((entry) => entry.endsWith(".js"))) {
    const text = readFileSync(join(dist, file), "utf8");
    for (
      let at = text.indexOf(`\nfunction ${name}(`);
      at >= 0;
      at = text.indexOf(`\nfunction ${name}(`, at + 1)
    ) {
      const end = text.indexOf("\n}", at + 1);
      bodies.push(text.slice(at, end < 0 ? undefined : end));
    }
  }
  return bodies;
}

describe("the bundle's per-cell loops", () => {
  test("call no function through another module's exports (a getter V8 does not inline)", () => {
    for (const name of HOT_LOOPS) {
      const bodies = bundledFunctions(name);
      assert.ok(bodies.length > 0, `${name} is in the bundle`);
      for (const body of bodies) assert.doesNotMatch(body, CALL_THROUGH_EXPORTS, name);
    }
  });
});
