import type { GitHubClient } from "@mlops-actions/kit/github";

const MINIMIZE = `mutation($id: ID!) {
  minimizeComment(input: { subjectId: $id, classifier: OUTDATED }) {
    minimizedComment { isMinimized }
  }
}`;

/** Hides a comment as outdated (GitHub's "minimize"); only GraphQL can do it. */
export async function minimizeComment(octokit: GitHubClient, nodeId: string): Promise<void> {
  await octokit.graphql(MINIMIZE, { id: nodeId });
}
