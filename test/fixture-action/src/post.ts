import * as core from "@actions/core";
import { addParagraph, runPost, writeSummary } from "@mlops-actions/kit";

await runPost(async () => {
  const greeted = core.getState("greeted");
  core.info(`post: cleaning up after '${greeted}'`);
  addParagraph(`Post step saw the greeting: ${greeted}`);
  await writeSummary();
});
