// Rewrites the "Latest results" table of bench/README.md from bench/results/*.json, so the table always
// says what the last runs measured (bench/run.ts calls it after the benches; `node bench/results-table.ts`
// alone redoes it).
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { type BenchResult, benchRoot, repoRoot } from "./lib.ts";

const HEADING = "## Latest results";

export function resultsTable(results: readonly BenchResult[]): string {
  const cell = (text: string) => text.replaceAll("|", "\\|");
  const rows = [...results]
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((result) =>
      [
        `\`${result.name}\``,
        cell(result.metric),
        cell(result.ours),
        cell(result.peer),
        result.ratio.toFixed(2),
        cell(result.target),
        result.met ? "met" : "**missed**",
        result.date.slice(0, 16).replace("T", " "),
      ].join(" | "),
    );
  return [
    "| result | metric | ours | peer | ratio | target | | measured |",
    "| --- | --- | --- | --- | --- | --- | --- | --- |",
    ...rows.map((row) => `| ${row} |`),
  ].join("\n");
}

export function updateReadme(): void {
  const dir = join(benchRoot, "results");
  const results = readdirSync(dir)
    .filter((file) => file.endsWith(".json"))
    .map((file) => JSON.parse(readFileSync(join(dir, file), "utf8")) as BenchResult);
  const readme = join(benchRoot, "README.md");
  const text = readFileSync(readme, "utf8");
  const at = text.indexOf(HEADING);
  if (at < 0) throw new Error(`${readme}: no "${HEADING}" heading to put the table under`);
  const afterHeading = at + HEADING.length;
  const next = text.indexOf("\n## ", afterHeading);
  const tail = next < 0 ? "\n" : text.slice(next);
  writeFileSync(readme, `${text.slice(0, afterHeading)}\n\n${resultsTable(results)}\n${tail}`);
  // Biome pads the table's columns; formatting here keeps `npm run lint` clean after a bench run.
  spawnSync(join(repoRoot, "node_modules", ".bin", "biome"), ["format", "--write", readme], {
    stdio: "ignore",
  });
}

if (import.meta.main) updateReadme();
