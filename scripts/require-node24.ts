const major = Number(process.versions.node.split(".")[0]);
if (major !== 24) {
  console.error(
    `This repo runs on Node 24, as GitHub runs node24 actions, but got Node ${process.version} at ${process.execPath}. Run 'npm ci' first: it installs Node 24 into node_modules/.bin, which npm scripts put first on PATH.`,
  );
  process.exit(1);
}
console.log(`Node ${process.version} (${process.execPath})`);
