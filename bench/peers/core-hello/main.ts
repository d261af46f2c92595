// The peer for the start-up benchmark: the smallest useful JavaScript action, written the way the
// actions/toolkit docs show (read an input, set an output, write a summary line) with @actions/core only.
import * as core from "@actions/core";

const message = core.getInput("message", { required: true });
core.setOutput("greeting", message);
await core.summary.addRaw(`greeting: ${message}`).write();
