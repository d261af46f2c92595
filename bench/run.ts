// `npm run bench`: runs every bench/*.bench.ts in turn; each prints its ratio against its peer and saves
// its result in bench/results/<name>.json; then the README's results table is rewritten from them.
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { benchRoot } from "./lib.ts";
import { updateReadme } from "./results-table.ts";

const only = process.argv.slice(2);
const files = readdirSync(benchRoot)
  .filter(
    (file) => file.endsWith(".bench.ts") && (only.length === 0 || only.some((name) => file.startsWith(name))),
  )
  .sort();
let failed = 0;
for (const file of files) {
  const result = spawnSync(process.execPath, [join(benchRoot, file)], { stdio: "inherit" });
  if (result.status !== 0) failed++;
}
updateReadme();
process.exit(failed > 0 ? 1 : 0);
