import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { GitHubClient } from "@mlops-actions/kit/github";
import { defaultToken, type GitHubServer, startGitHubServer } from "../../../../test/servers/github/index.ts";
import { isReadOnlyTokenError } from "./errors.ts";
import { parseSections, type RunVersion } from "./marker.ts";
import { type StickySectionOptions, upsertStickySection } from "./upsert.ts";

const owner = "octo-org";
const repo = "octo-repo";
const readToken = "ghs_readonly_fork_token_0000000000000";

describe("upsertStickySection against the GitHub test server", () => {
  let server: GitHubServer;
  let nextPull = 1;
  before(async () => {
    server = await startGitHubServer({ tokens: { [defaultToken]: "write", [readToken]: "read" } });
  });
  after(() => server.close());

  // Each writer of a matrix is its own process on GitHub, with its own write queue: throttling (one
  // queue per process) is off so that writers in this one process are as concurrent as theirs.
  const octokit = (token = defaultToken) =>
    new GitHubClient({
      auth: token,
      baseUrl: server.url,
      throttle: { enabled: false },
      retry: { enabled: false },
    });

  function newPull(): number {
    const number = nextPull++;
    server.state.addPullRequest(`${owner}/${repo}`, {
      number,
      head: { ref: `feature-${number}`, sha: "b".repeat(40) },
      base: { ref: "main" },
    });
    return number;
  }

  function comments(issueNumber: number) {
    return server.state
      .requireRepository(`${owner}/${repo}`)
      .comments.filter((c) => c.issueNumber === issueNumber);
  }

  function writes(issueNumber: number) {
    return server.requests.filter(
      (r) =>
        r.method !== "GET" &&
        r.path.includes(`/issues/`) &&
        r.status < 300 &&
        issueNumberOf(r) === issueNumber,
    );
  }
  function issueNumberOf(request: { path: string; body?: unknown }): number | undefined {
    const match = /\/issues\/(\d+)\/comments$/.exec(request.path);
    if (match) return Number(match[1]);
    const comment = /\/issues\/comments\/(\d+)$/.exec(request.path);
    if (!comment) return undefined;
    return server.state
      .requireRepository(`${owner}/${repo}`)
      .comments.find((c) => c.id === Number(comment[1]))?.issueNumber;
  }

  const run = (runId: number, runAttempt = 1, sha = "c".repeat(40)): RunVersion => ({
    sha,
    runId,
    runAttempt,
  });

  function options(issueNumber: number, overrides: Partial<StickySectionOptions> = {}): StickySectionOptions {
    return {
      owner,
      repo,
      issueNumber,
      app: "metrics-comment",
      key: "ML report",
      sectionId: "evaluate",
      render: () => "## ✅ passed",
      version: run(100),
      settleMs: 5,
      ...overrides,
    };
  }

  it("creates the comment, then edits it in place", async () => {
    const pull = newPull();
    const first = await upsertStickySection(octokit(), options(pull));
    assert.equal(first.outcome, "created");
    const second = await upsertStickySection(
      octokit(),
      options(pull, { version: run(101), render: () => "## ❌ blocked" }),
    );
    assert.equal(second.outcome, "updated");
    assert.equal(second.comment?.id, first.comment?.id);
    const [only, ...rest] = comments(pull);
    assert.equal(rest.length, 0);
    assert.match(only?.body ?? "", /## ❌ blocked/);
    assert.match(only?.body ?? "", /^<!-- mlops-actions:metrics-comment key=ML%20report /);
  });

  it("makes no write when the content is unchanged", async () => {
    const pull = newPull();
    await upsertStickySection(octokit(), options(pull));
    const before = writes(pull).length;
    const again = await upsertStickySection(octokit(), options(pull, { version: run(101) }));
    assert.equal(again.outcome, "unchanged");
    assert.equal(writes(pull).length, before);
    const forced = await upsertStickySection(
      octokit(),
      options(pull, { version: run(102), skipUnchanged: false }),
    );
    assert.equal(forced.outcome, "updated");
    assert.equal(writes(pull).length, before + 1);
    const newCommit = await upsertStickySection(
      octokit(),
      options(pull, { version: run(103, 1, "d".repeat(40)) }),
    );
    assert.equal(newCommit.outcome, "updated", "a new head commit is recorded even with the same content");
    assert.equal(writes(pull).length, before + 2);
  });

  it("finds its comment behind 150 others (pagination)", async () => {
    const pull = newPull();
    const repository = server.state.requireRepository(`${owner}/${repo}`);
    const user = server.state.user("octocat");
    for (let i = 0; i < 120; i++) server.state.createComment(repository, pull, `chatter ${i}`, user);
    const first = await upsertStickySection(octokit(), options(pull));
    for (let i = 0; i < 30; i++) server.state.createComment(repository, pull, `more ${i}`, user);
    const second = await upsertStickySection(
      octokit(),
      options(pull, { version: run(101), render: () => "v2" }),
    );
    assert.equal(second.comment?.id, first.comment?.id);
    assert.equal(comments(pull).filter((c) => c.body.includes("mlops-actions:metrics-comment")).length, 1);
  });

  it("never overwrites a comment written by a later run", async () => {
    const pull = newPull();
    await upsertStickySection(
      octokit(),
      options(pull, { version: run(200, 1, "e".repeat(40)), render: () => "newer head" }),
    );
    const before = writes(pull).length;
    const stale = await upsertStickySection(
      octokit(),
      options(pull, { version: run(199), render: () => "older" }),
    );
    assert.equal(stale.outcome, "skipped-newer");
    assert.match(stale.reason ?? "", /later run \(200/);
    assert.equal(writes(pull).length, before);
    assert.match(comments(pull)[0]?.body ?? "", /newer head/);
  });

  it("recreate deletes the old comment and posts a new one", async () => {
    const pull = newPull();
    const first = await upsertStickySection(octokit(), options(pull));
    const second = await upsertStickySection(
      octokit(),
      options(pull, { mode: "recreate", version: run(101), render: () => "again" }),
    );
    assert.equal(second.outcome, "created");
    assert.notEqual(second.comment?.id, first.comment?.id);
    assert.deepEqual(
      comments(pull).map((c) => c.id),
      [second.comment?.id],
    );
  });

  it("hide-previous minimizes the older comment and posts a new one", async () => {
    const pull = newPull();
    const first = await upsertStickySection(octokit(), options(pull));
    const second = await upsertStickySection(
      octokit(),
      options(pull, { mode: "hide-previous", version: run(101), render: () => "again" }),
    );
    assert.equal(second.outcome, "created");
    const all = comments(pull);
    assert.equal(all.length, 2);
    assert.equal(all.find((c) => c.id === first.comment?.id)?.minimizedReason, "outdated");
    assert.equal(all.find((c) => c.id === second.comment?.id)?.minimizedReason, null);
  });

  it("8 concurrent writers of one run lose no section", async () => {
    const pull = newPull();
    const legs = Array.from({ length: 8 }, (_, i) => `train (python ${i})`);
    const results = await Promise.all(
      legs.map((leg) =>
        upsertStickySection(
          octokit(),
          options(pull, {
            sectionId: leg,
            render: () => `### ${leg}\n\nall good`,
            settleMs: 20,
            log: console.log,
          }),
        ),
      ),
    );
    const ours = comments(pull).filter((c) => c.body.includes("mlops-actions:metrics-comment"));
    assert.equal(ours.length, 1, "concurrent creations converge on one comment");
    const ids = parseSections(ours[0]?.body ?? "").map((s) => s.id);
    assert.deepEqual(ids, [...legs].sort());
    assert.ok(
      results.some((r) => r.attempts > 1),
      "the writers did race",
    );
  });

  it("8 concurrent writers updating an existing comment lose no section", async () => {
    const pull = newPull();
    const legs = Array.from({ length: 8 }, (_, i) => `leg-${i}`);
    const write = (runId: number) =>
      Promise.all(
        legs.map((leg) =>
          upsertStickySection(
            octokit(),
            options(pull, { sectionId: leg, version: run(runId), render: () => `${leg} of run ${runId}` }),
          ),
        ),
      );
    await write(300);
    await write(301);
    const ours = comments(pull).filter((c) => c.body.includes("mlops-actions:metrics-comment"));
    assert.equal(ours.length, 1);
    const sections = parseSections(ours[0]?.body ?? "");
    assert.deepEqual(
      sections.map((s) => [s.id, s.markdown, s.version.runId]),
      legs.map((leg) => [leg, `${leg} of run 301`, 301]),
    );
  });

  it("a writer whose listing went stale before its write keeps the section written in between", async () => {
    const pull = newPull();
    await upsertStickySection(octokit(), options(pull, { sectionId: "a", render: () => "a of run 100" }));
    // Writer "b" lists the comments; then, before "b" writes, writer "c" writes its section and checks it.
    const late = octokit();
    let listings = 0;
    late.hook.after("request", async (_response, request) => {
      // The listing (paginate asks for its first page by full URL).
      if (request.method !== "GET" || !/\/issues\/\d+\/comments\?/.test(String(request.url))) return;
      if (++listings !== 1) return;
      await upsertStickySection(octokit(), options(pull, { sectionId: "c", render: () => "c of run 100" }));
    });
    await upsertStickySection(late, options(pull, { sectionId: "b", render: () => "b of run 100" }));
    assert.equal(listings > 0, true, "b listed the comments");
    const [only, ...rest] = comments(pull);
    assert.equal(rest.length, 0);
    assert.deepEqual(
      parseSections(only?.body ?? "").map((s) => [s.id, s.markdown]),
      [
        ["a", "a of run 100"],
        ["b", "b of run 100"],
        ["c", "c of run 100"],
      ],
    );
  });

  for (const mode of ["recreate", "hide-previous"] as const) {
    it(`concurrent writers in ${mode} mode end with one current comment holding every section`, async () => {
      const pull = newPull();
      const legs = ["a", "b", "c", "d"];
      const write = (runId: number, writeMode: StickySectionOptions["mode"]) =>
        Promise.all(
          legs.map((leg) =>
            upsertStickySection(
              octokit(),
              options(pull, {
                sectionId: leg,
                mode: writeMode,
                version: run(runId),
                render: () => `${leg}${runId}`,
              }),
            ),
          ),
        );
      await write(400, "upsert");
      const [first] = comments(pull);
      await write(401, mode);
      const all = comments(pull);
      const current = all.filter((c) => c.minimizedReason === null);
      assert.equal(current.length, 1);
      assert.notEqual(current[0]?.id, first?.id);
      assert.deepEqual(
        parseSections(current[0]?.body ?? "").map((s) => s.markdown),
        legs.map((leg) => `${leg}401`),
      );
      if (mode === "recreate") assert.equal(all.length, 1);
      else assert.equal(all.find((c) => c.id === first?.id)?.minimizedReason, "outdated");
    });
  }

  it("gives every section room under the size limit", async () => {
    const pull = newPull();
    await upsertStickySection(
      octokit(),
      options(pull, { sectionId: "a", render: (budget) => "x".repeat(budget) }),
    );
    const second = await upsertStickySection(
      octokit(),
      options(pull, { sectionId: "b", render: (budget) => `b${"y".repeat(Math.min(budget, 100) - 1)}` }),
    );
    assert.equal(second.outcome, "updated");
    const body = comments(pull)[0]?.body ?? "";
    assert.ok(body.length <= 65_536, `${body.length} characters`);
    assert.match(body, /shortened to make room/);
    assert.match(body, /\nby{99}\n/);
  });

  it("reports a read-only token as such", async () => {
    const pull = newPull();
    const error = await upsertStickySection(octokit(readToken), options(pull)).then(
      () => undefined,
      (e: unknown) => e,
    );
    assert.ok(error, "the write must fail");
    assert.equal(isReadOnlyTokenError(error), true);
  });
});
