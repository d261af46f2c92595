#!/usr/bin/env node
// The CLI is TypeScript run as is; Node strips the types natively from version 24 (the repo's Node).
const major = Number(process.versions.node.split(".")[0]);
if (major < 24) {
  process.stderr.write(
    `mlops-actions: needs Node 24 or newer (this is ${process.version}); run it as \`npx mlops-actions\` in the repository.\n`,
  );
  process.exit(1);
}
await import("../src/main.ts");
