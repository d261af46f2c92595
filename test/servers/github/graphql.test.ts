import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { defaultToken, type GitHubServer, startGitHubServer } from "./index.ts";
import { octokitFor } from "./test-client.ts";

const owner = "octo-org";
const repo = "octo-repo";

const minimize = `mutation ($id: ID!, $classifier: ReportedContentClassifiers!) {
  minimizeComment(input: { subjectId: $id, classifier: $classifier }) {
    minimizedComment { isMinimized minimizedReason }
  }
}`;

describe("GitHub test server: GraphQL", () => {
  let server: GitHubServer;
  before(async () => {
    server = await startGitHubServer({ tokens: { [defaultToken]: "write", ghs_read: "read" } });
  });
  after(() => server.close());

  async function post(body: unknown, token: string | null = defaultToken): Promise<Response> {
    return fetch(server.graphqlUrl, {
      method: "POST",
      headers: token === null ? {} : { authorization: `bearer ${token}` },
      body: JSON.stringify(body),
    });
  }

  async function newComment(): Promise<{ id: number; node_id: string }> {
    const octokit = octokitFor(server);
    const { data: issue } = await octokit.rest.issues.create({ owner, repo, title: "sticky" });
    const { data } = await octokit.rest.issues.createComment({
      owner,
      repo,
      issue_number: issue.number,
      body: "old",
    });
    return { id: Number(data.id), node_id: data.node_id };
  }

  it("minimizes an issue comment by node id, with variables", async () => {
    const comment = await newComment();
    const response = await octokitFor(server).graphql<{
      minimizeComment: { minimizedComment: { isMinimized: boolean; minimizedReason: string } };
    }>(minimize, { id: comment.node_id, classifier: "OUTDATED" });
    assert.deepEqual(response.minimizeComment.minimizedComment, {
      isMinimized: true,
      minimizedReason: "outdated",
    });
    const stored = server.state.commentByNodeId(comment.node_id);
    assert.equal(stored?.minimizedReason, "outdated");
    assert.equal(server.requests.at(-1)?.path, "/graphql");
  });

  it("minimizes with literal arguments and spells the reason as GitHub does", async () => {
    const comment = await newComment();
    const response = await post({
      query: `mutation { minimizeComment(input: {subjectId: "${comment.node_id}", classifier: OFF_TOPIC}) { minimizedComment { isMinimized minimizedReason } } }`,
    });
    assert.equal(response.status, 200);
    assert.equal(response.headers.get("x-ratelimit-resource"), "graphql");
    assert.deepEqual(await response.json(), {
      data: { minimizeComment: { minimizedComment: { isMinimized: true, minimizedReason: "off-topic" } } },
    });
  });

  it("answers an unknown node id with NOT_FOUND and a read-only token with FORBIDDEN", async () => {
    const unknown = (await (
      await post({ query: minimize, variables: { id: "IC_nope", classifier: "SPAM" } })
    ).json()) as {
      errors: Array<{ type: string; message: string }>;
    };
    assert.equal(unknown.errors[0]?.type, "NOT_FOUND");
    assert.match(
      unknown.errors[0]?.message ?? "",
      /Could not resolve to a node with the global id of 'IC_nope'/,
    );

    const comment = await newComment();
    const forbidden = (await (
      await post({ query: minimize, variables: { id: comment.node_id, classifier: "SPAM" } }, "ghs_read")
    ).json()) as { errors: Array<{ type: string }> };
    assert.equal(forbidden.errors[0]?.type, "FORBIDDEN");
    assert.equal(server.state.commentByNodeId(comment.node_id)?.minimizedReason, null);
  });

  it("answers other operations with a GraphQL error and anonymous calls with 401", async () => {
    const other = await post({ query: "query { viewer { login } }" });
    assert.equal(other.status, 200);
    const body = (await other.json()) as { data?: unknown; errors: Array<{ message: string }> };
    assert.equal(body.data, undefined);
    assert.match(body.errors[0]?.message ?? "", /only the minimizeComment mutation/);

    const badClassifier = (await (
      await post({ query: minimize, variables: { id: "x", classifier: "RUDE" } })
    ).json()) as {
      errors: unknown[];
    };
    assert.equal(badClassifier.errors.length, 1);

    const anonymous = await post({ query: minimize }, null);
    assert.equal(anonymous.status, 401);
  });
});
