import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { repoRoot } from "./lib/actions.ts";

/**
 * `npm test`: everything CI runs, in the order that fails fastest. The test runner is last, over every
 * test file at once (unit and e2e), so its closing summary line counts the whole suite.
 */
const bin = (name: string) => join(repoRoot, "node_modules", ".bin", name);
const steps: { title: string; command: string; args: string[] }[] = [
  {
    title: "Node version",
    command: process.execPath,
    args: [join(repoRoot, "scripts", "require-node24.ts")],
  },
  { title: "lint", command: bin("biome"), args: ["check", "."] },
  { title: "type-check", command: bin("tsc"), args: ["-p", "tsconfig.json"] },
  { title: "check-dist", command: process.execPath, args: [join(repoRoot, "scripts", "check-dist.ts")] },
  {
    title: "unit and e2e tests",
    command: process.execPath,
    args: [
      "--test",
      "--test-reporter=spec",
      "--test-concurrency=2",
      "packages/*/src/**/*.test.ts",
      "actions/*/src/**/*.test.ts",
      "scripts/**/*.test.ts",
      "test/**/*.test.ts",
    ],
  },
];

for (const step of steps) {
  console.log(`\n=== ${step.title} ===`);
  const started = performance.now();
  const result = spawnSync(step.command, step.args, { cwd: repoRoot, stdio: "inherit" });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (result.status !== 0) {
    console.error(
      `npm test: step '${step.title}' failed (exit ${result.status ?? result.signal}) after ${seconds} s`,
    );
    process.exit(1);
  }
  console.log(`=== ${step.title}: ok in ${seconds} s ===`);
}
