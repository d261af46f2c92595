import { findActions } from "./lib/actions.ts";
import { bundleAction } from "./lib/bundle-action.ts";

const only = process.argv.slice(2);
const actions = findActions().filter(
  (action) => only.length === 0 || only.some((name) => action.name.endsWith(name)),
);
if (actions.length === 0) {
  console.error(`bundle: no action matches ${only.join(", ")}`);
  process.exit(1);
}
for (const action of actions) {
  const started = performance.now();
  bundleAction(action);
  console.log(`bundled ${action.name} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
