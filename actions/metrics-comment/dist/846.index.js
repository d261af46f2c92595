export const id = 846;
export const ids = [846];
export const modules = {

/***/ 33846:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  baseBranchTrends: () => (/* binding */ baseBranchTrends)
});

// UNUSED EXPORTS: BASELINE_ARTIFACT, HISTORY_RUNS

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 13 modules
var core = __webpack_require__(77094);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
;// CONCATENATED MODULE: ./packages/github/src/artifact-files.ts


/**
 * Downloads another run's artifact through the REST API (`@actions/artifact`'s `findBy`, which follows
 * GitHub's redirect to signed storage and unzips) and returns its files. `@actions/artifact` is loaded
 * only here, so runs that never download do not pay for it.
 */
async function artifact_files_downloadArtifactFiles(options) {
    const { DefaultArtifactClient } = await __webpack_require__.e(/* import() */ 830).then(__webpack_require__.bind(__webpack_require__, 29830));
    const path = await (0,promises_.mkdtemp)((0,external_node_path_.join)(options.tempDir, "baseline-"));
    await new DefaultArtifactClient().downloadArtifact(options.artifactId, {
        path,
        findBy: {
            token: options.token,
            workflowRunId: options.runId,
            repositoryOwner: options.owner,
            repositoryName: options.repo,
        },
    });
    return artifact_files_readFolderFiles(path);
}
/** Every file under a folder, named by its path relative to the folder with `/`, sorted. */
async function artifact_files_readFolderFiles(folder) {
    const entries = await (0,promises_.readdir)(folder, { recursive: true, withFileTypes: true });
    const files = entries
        .filter((entry) => entry.isFile())
        .map((entry) => (0,external_node_path_.join)(entry.parentPath, entry.name))
        .sort();
    return Promise.all(files.map(async (file) => ({
        name: file.slice(folder.length + 1).replaceAll("\\", "/"),
        text: await (0,promises_.readFile)(file, "utf8"),
    })));
}

;// CONCATENATED MODULE: ./packages/github/src/find-baseline-run.ts
/**
 * The newest successful run of the workflow on the branch that still has the artifact. Pull request
 * runs are skipped: their `head_branch` is the pull request's branch, which may share the base's name
 * in a fork.
 */
async function find_baseline_run_findBaselineRun(octokit, query) {
    const repository = { owner: query.owner, repo: query.repo };
    const maxRuns = query.maxRuns ?? 10;
    const { data } = await octokit.rest.actions.listWorkflowRuns({
        ...repository,
        workflow_id: query.workflowId,
        branch: query.branch,
        status: "success",
        per_page: Math.min(100, maxRuns + 1),
    });
    const runs = data.workflow_runs
        .filter((run) => run.id !== query.excludeRunId && run.event !== "pull_request")
        .slice(0, maxRuns);
    if (runs.length === 0) {
        return { detail: `no successful run of workflow ${query.workflowId} on branch ${query.branch}` };
    }
    for (const run of runs) {
        const match = await runArtifactMatch(octokit, repository, run, query);
        if (match !== undefined) {
            return { match, detail: `artifact ${match.artifact.name} of run ${run.id} on ${query.branch}` };
        }
    }
    return {
        detail: `none of the last ${runs.length} successful run(s) on ${query.branch} has an artifact named ` +
            `${query.artifactName} (upload it with save-baseline on the default branch)`,
    };
}
/** The run with its unexpired artifact of that name, or undefined when the run no longer has one. */
async function runArtifactMatch(octokit, repository, run, query) {
    const { data: listed } = await octokit.rest.actions.listWorkflowRunArtifacts({
        ...repository,
        run_id: run.id,
        name: query.artifactName,
        per_page: 10,
    });
    const artifact = listed.artifacts.find((a) => a.name === query.artifactName && !a.expired);
    if (artifact === undefined)
        return undefined;
    return {
        run: {
            id: run.id,
            headSha: run.head_sha,
            headBranch: run.head_branch ?? query.branch,
            htmlUrl: run.html_url,
            createdAt: run.created_at,
        },
        artifact: {
            id: artifact.id,
            name: artifact.name,
            ...(artifact.created_at && { createdAt: artifact.created_at }),
        },
    };
}

;// CONCATENATED MODULE: ./packages/github/src/baseline-history.ts

/**
 * The latest successful push runs of the workflow on the branch that still have the artifact, oldest
 * first: the history a trend is drawn from. Pull request runs are skipped, as in `findBaselineRun`.
 */
async function listBaselineHistory(octokit, query) {
    const repository = { owner: query.owner, repo: query.repo };
    const limit = query.limit ?? 10;
    const { data } = await octokit.rest.actions.listWorkflowRuns({
        ...repository,
        workflow_id: query.workflowId,
        branch: query.branch,
        status: "success",
        event: "push",
        // Some runs may have lost their artifact; look a little further back than the limit.
        per_page: Math.min(100, limit * 2),
    });
    const newestFirst = [];
    for (const run of data.workflow_runs) {
        if (newestFirst.length >= limit)
            break;
        if (run.event !== "push")
            continue;
        const match = await runArtifactMatch(octokit, repository, run, query);
        if (match !== undefined)
            newestFirst.push(match);
    }
    return newestFirst.sort((a, b) => a.run.createdAt.localeCompare(b.run.createdAt));
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
;// CONCATENATED MODULE: ./packages/github/src/git.ts

/** Runs git with an argument array (never a shell); a failure is a result, not an exception. */
function runGit(cwd, args) {
    return new Promise((resolve) => {
        execFile("git", [...args], {
            cwd,
            maxBuffer: 64 * 1024 * 1024,
            encoding: "utf8",
            env: { ...process.env, GIT_TERMINAL_PROMPT: "0" },
        }, (error, stdout, stderr) => resolve({ ok: error === null, stdout, stderr: firstLine(stderr || error?.message) }));
    });
}
/** The full sha of a commit-ish, or undefined when git does not know it here. */
async function git_resolveCommit(cwd, ref) {
    if (ref.startsWith("-"))
        return undefined;
    const result = await runGit(cwd, [
        "rev-parse",
        "--verify",
        "--quiet",
        "--end-of-options",
        `${ref}^{commit}`,
    ]);
    return result.ok ? result.stdout.trim() : undefined;
}
/** The best common ancestor of two commits, or undefined (e.g. in a shallow clone). */
async function git_mergeBase(cwd, a, b) {
    const result = await runGit(cwd, ["merge-base", a, b]);
    return result.ok ? result.stdout.trim() || undefined : undefined;
}
/** A file's text at a commit, by a path relative to `cwd`; undefined when it is not there. */
async function git_showFileAt(cwd, sha, path) {
    const result = await runGit(cwd, ["show", `${sha}:./${path.replaceAll("\\", "/")}`]);
    return result.ok ? result.stdout : undefined;
}
/** The committer date of a commit (ISO 8601), or undefined. */
async function git_commitDate(cwd, sha) {
    const result = await runGit(cwd, ["show", "-s", "--format=%cI", sha]);
    return result.ok ? result.stdout.trim() || undefined : undefined;
}
function firstLine(text) {
    return (text ?? "").trim().split("\n")[0] ?? "";
}

;// CONCATENATED MODULE: ./packages/github/src/resolve-baseline.ts







/**
 * Finds the baseline metrics and says where they came from. `auto`: the newest successful run's
 * artifact on the branch, else the files at the merge-base commit, else none. Every place looked in is
 * listed in `provenance.attempts`, so a fallback is never silent.
 */
async function resolveBaseline(options) {
    const attempts = [];
    const { spec } = options;
    if (spec.kind === "none") {
        return {
            provenance: { source: "none", description: "no baseline (baseline: none)", stale: [], attempts },
        };
    }
    if (spec.kind === "path")
        return fromPath(spec.path, options);
    if (spec.kind === "auto" || spec.kind === "artifact") {
        const found = await fromArtifact(options, attempts);
        if (found)
            return found;
    }
    if (spec.kind === "auto" || spec.kind === "git") {
        const found = await fromGit(spec.kind === "git" ? spec.ref : undefined, options, attempts);
        if (found)
            return found;
    }
    const looked = attempts.map((a) => `${a.source}: ${a.detail}`).join("; ");
    return {
        provenance: { source: "missing", description: `no baseline found (${looked})`, stale: [], attempts },
    };
}
async function fromArtifact(options, attempts) {
    const { github, branch } = options;
    if (github === undefined || branch === undefined) {
        const why = github === undefined ? "no GitHub token" : "no branch to look on";
        attempts.push({ source: "artifact", found: false, detail: `skipped: ${why}` });
        return undefined;
    }
    try {
        const repository = { owner: github.owner, repo: github.repo };
        const workflowId = await currentWorkflowId(github.octokit, repository, github.runId);
        const lookup = await findBaselineRun(github.octokit, {
            ...repository,
            workflowId,
            branch,
            artifactName: options.artifactName,
            excludeRunId: github.runId,
        });
        if (lookup.match === undefined) {
            attempts.push({ source: "artifact", found: false, detail: lookup.detail });
            return undefined;
        }
        const { run, artifact } = lookup.match;
        const all = await downloadArtifactFiles({
            artifactId: artifact.id,
            runId: run.id,
            owner: github.owner,
            repo: github.repo,
            token: github.token,
            tempDir: options.tempDir,
        });
        if (all.length === 0) {
            attempts.push({ source: "artifact", found: false, detail: `${lookup.detail} is empty` });
            return undefined;
        }
        attempts.push({ source: "artifact", found: true, detail: lookup.detail });
        const ageDays = ageInDays(run.createdAt, options.now ?? new Date());
        return finish(all, options, {
            source: "artifact",
            description: `artifact ${artifact.name} of run ${run.id} on ${run.headBranch} (${run.headSha.slice(0, 7)})`,
            sha: run.headSha,
            ref: run.headBranch,
            runId: run.id,
            runUrl: run.htmlUrl,
            artifact: { id: artifact.id, name: artifact.name },
            createdAt: run.createdAt,
            ...(ageDays !== undefined && { ageDays }),
            attempts,
        });
    }
    catch (error) {
        const status = error.status;
        const message = error.message.split("\n")[0];
        attempts.push({
            source: "artifact",
            found: false,
            detail: `failed: ${status ? `GitHub API answered ${status}: ` : ""}${message}`,
        });
        return undefined;
    }
}
async function fromGit(ref, options, attempts) {
    const cwd = options.workspace;
    const commit = ref === undefined ? await mergeBaseCommit(options) : await refCommit(cwd, ref);
    if (commit.sha === undefined) {
        attempts.push({ source: "git", found: false, detail: commit.detail });
        return undefined;
    }
    const sha = commit.sha;
    const files = [];
    for (const name of options.candidateFiles) {
        const text = await showFileAt(cwd, sha, name);
        if (text !== undefined)
            files.push({ name, text });
    }
    if (files.length === 0) {
        attempts.push({
            source: "git",
            found: false,
            detail: `${commit.detail} has none of ${options.candidateFiles.join(", ")}`,
        });
        return undefined;
    }
    attempts.push({ source: "git", found: true, detail: commit.detail });
    const createdAt = await commitDate(cwd, sha);
    const ageDays = createdAt === undefined ? undefined : ageInDays(createdAt, options.now ?? new Date());
    return finish(files, options, {
        source: "git",
        description: `${commit.detail}`,
        sha,
        ...(ref !== undefined && { ref }),
        ...(ref === undefined && options.branch !== undefined && { ref: options.branch }),
        ...(createdAt !== undefined && { createdAt }),
        ...(ageDays !== undefined && { ageDays }),
        attempts,
    });
}
async function refCommit(cwd, ref) {
    const sha = await resolveCommit(cwd, ref);
    if (sha === undefined)
        return { detail: `git ref ${ref} is not in the local clone (check out with fetch-depth: 0)` };
    return { sha, detail: `file(s) at ${ref} (${sha.slice(0, 7)})` };
}
/** Where the pull request's branch left its base: merge-base of HEAD and the base commit. */
async function mergeBaseCommit(options) {
    const cwd = options.workspace;
    const base = (options.baseSha && (await resolveCommit(cwd, options.baseSha))) ||
        (options.branch && (await resolveCommit(cwd, `origin/${options.branch}`))) ||
        undefined;
    if (base === undefined) {
        const what = options.baseSha ?? (options.branch ? `origin/${options.branch}` : "the base branch");
        return {
            detail: `commit ${what} is not in the local clone (check out with fetch-depth: 0 for the git fallback)`,
        };
    }
    const sha = (await mergeBase(cwd, "HEAD", base)) ?? base;
    return { sha, detail: `file(s) at merge-base commit ${sha.slice(0, 7)}` };
}
async function fromPath(path, options) {
    const attempts = [];
    const shown = relative(options.workspace, path) || path;
    const info = await stat(path);
    const files = info.isDirectory()
        ? await readFolderFiles(path)
        : [{ name: shown.replaceAll("\\", "/"), text: await readFile(path, "utf8") }];
    attempts.push({ source: "file", found: files.length > 0, detail: shown });
    if (files.length === 0) {
        return { provenance: { source: "missing", description: `no files in ${shown}`, stale: [], attempts } };
    }
    return finish(files, options, { source: "file", description: `file(s) at ${shown}`, attempts }, info.isFile());
}
/**
 * Keeps the baseline files that pair with candidate files by name (all of them when none pair, e.g. an
 * artifact laid out differently) and reports staleness.
 */
function finish(files, options, provenance, singleFile = false) {
    const candidates = new Set(options.candidateFiles);
    const paired = files.filter((file) => candidates.has(file.name));
    const kept = singleFile || paired.length === 0 ? files : paired;
    const stale = singleFile
        ? stalenessReasons({ ...provenance, baselineFiles: [], candidateFiles: [] })
        : stalenessReasons({
            ...provenance,
            baselineFiles: files.map((f) => f.name),
            candidateFiles: [...candidates],
        });
    return { files: kept, provenance: { ...provenance, files: kept.map((f) => f.name), stale } };
}

;// CONCATENATED MODULE: ./packages/github/src/upload-baseline.ts

/** Uploads the metrics as this run's baseline artifact with `@actions/artifact` (loaded only here). */
async function uploadBaselineArtifact(options) {
    const outside = options.files.filter((file) => relative(options.root, file).startsWith(".."));
    if (outside.length > 0)
        throw new Error(`metrics files outside ${options.root}: ${outside.join(", ")}`);
    const { DefaultArtifactClient } = await __webpack_require__.e(/* import() */ 830).then(__webpack_require__.bind(__webpack_require__, 29830));
    return new DefaultArtifactClient().uploadArtifact(options.name, [...options.files], options.root, {
        ...(options.retentionDays !== undefined && { retentionDays: options.retentionDays }),
    });
}
/** `save-baseline: auto` uploads on a push to the repository's default branch only. */
function isPushToDefaultBranch(eventName, ref, payload) {
    if (eventName !== "push")
        return false;
    const repository = payload.repository;
    const defaultBranch = typeof repository?.default_branch === "string" ? repository.default_branch : undefined;
    return defaultBranch !== undefined && ref === `refs/heads/${defaultBranch}`;
}

;// CONCATENATED MODULE: ./packages/github/src/workflow-id.ts
/**
 * The workflow file name of `GITHUB_WORKFLOW_REF` (`owner/repo/.github/workflows/ci.yml@refs/heads/main`
 * → `ci.yml`), which the workflow-runs API accepts in place of a workflow id.
 */
function workflowFileFromRef(workflowRef) {
    const path = workflowRef?.split("@")[0];
    const match = path?.match(/\/\.github\/workflows\/([^/]+)$/);
    return match?.[1];
}
/** The workflow this run belongs to: from GITHUB_WORKFLOW_REF when the runner sets it, else from the run. */
async function workflow_id_currentWorkflowId(octokit, repository, runId, workflowRef = process.env.GITHUB_WORKFLOW_REF) {
    const file = workflowFileFromRef(workflowRef);
    if (file !== undefined)
        return file;
    const { data } = await octokit.rest.actions.getWorkflowRun({ ...repository, run_id: runId });
    return data.workflow_id;
}

;// CONCATENATED MODULE: ./packages/github/src/index.ts
// GitHub-facing pieces of the actions: baseline lookup (workflow runs, artifacts, git), check runs.
// Sticky comments live in "@mlops-actions/github/sticky-comment".











// EXTERNAL MODULE: ./packages/kit/src/github.ts
var github = __webpack_require__(88713);
// EXTERNAL MODULE: ./packages/metrics/src/index.ts + 25 modules
var src = __webpack_require__(72350);
// EXTERNAL MODULE: ./actions/metrics-comment/src/trend-series.ts
var trend_series = __webpack_require__(16934);
;// CONCATENATED MODULE: ./actions/metrics-comment/src/base-history.ts





/** The artifact evaluate-gate saves on pushes to the default branch. */
const BASELINE_ARTIFACT = "ml-metrics";
/** How many base-branch runs a trend spans at most. */
const HISTORY_RUNS = 10;
/**
 * The key metrics' values on the latest successful push runs of this workflow on the pull request's
 * base branch, read from their `ml-metrics` artifacts. Without a token, a pull request or key metrics
 * there is nothing to look up; any failure is a notice and no trend, never a failed step.
 */
async function baseBranchTrends(options) {
    const { context, token, metrics } = options;
    const branch = baseBranchOf(context);
    if (!token || !branch || !context.owner || metrics.length === 0)
        return [];
    const octokit = (0,github/* getOctokitOrSkip */.Qe)(token, "the base branch trend");
    if (!octokit)
        return [];
    try {
        const repository = { owner: context.owner, repo: context.repo };
        const workflowId = await workflow_id_currentWorkflowId(octokit, repository, context.runId);
        const history = await listBaselineHistory(octokit, {
            ...repository,
            workflowId,
            branch,
            artifactName: BASELINE_ARTIFACT,
            limit: HISTORY_RUNS,
        });
        const runs = [];
        for (const match of history) {
            const files = await artifact_files_downloadArtifactFiles({
                artifactId: match.artifact.id,
                runId: match.run.id,
                ...repository,
                token,
                tempDir: options.tempDir,
            });
            runs.push((0,src/* mergeMetrics */.Af)(files.map((file) => (0,src/* parseMetrics */.Bm)(file.text, "auto", file.name))));
        }
        const trends = (0,trend_series/* trendsOf */.KO)(metrics, runs);
        core/* info */.pq(`Trend: ${history.length} run(s) on ${branch} with artifact ${BASELINE_ARTIFACT}; ` +
            `${trends.length} metric(s) drawn`);
        return trends;
    }
    catch (error) {
        const reason = (error instanceof Error ? error.message : String(error)).replace(/\.+$/, "");
        core/* notice */.lm(`No trend on ${branch}: ${reason}. The comment is posted without it.`);
        return [];
    }
}
function baseBranchOf(context) {
    const pull = context.payload.pull_request;
    return typeof pull?.base?.ref === "string" && pull.base.ref ? pull.base.ref : undefined;
}


/***/ }),

/***/ 88713:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Qe: () => (/* binding */ getOctokitOrSkip)
/* harmony export */ });
/* unused harmony exports GitHubClient, createOctokit */
/* harmony import */ var _octokit_core__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(14730);
/* harmony import */ var _octokit_plugin_paginate_rest__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(93779);
/* harmony import */ var _octokit_plugin_rest_endpoint_methods__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(49210);
/* harmony import */ var _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(49735);
/* harmony import */ var _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(86856);
/* harmony import */ var _mask_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(52910);
/* harmony import */ var _workflow_commands_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48378);







/** Octokit with REST methods, pagination, retries of server errors and rate-limit handling. */
const GitHubClient = _octokit_core__WEBPACK_IMPORTED_MODULE_2__/* .Octokit */ .E.plugin(_octokit_plugin_rest_endpoint_methods__WEBPACK_IMPORTED_MODULE_3__/* .restEndpointMethods */ ._, _octokit_plugin_paginate_rest__WEBPACK_IMPORTED_MODULE_4__/* .paginateRest */ .ud, _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_5__/* .retry */ .L, _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_6__/* .throttling */ .A);
const USER_AGENT = "mlops-actions";
function createOctokit(options = {}) {
    const baseUrl = (options.baseUrl || process.env.GITHUB_API_URL || "https://api.github.com").replace(/\/+$/, "");
    const rateLimitRetries = options.rateLimitRetries ?? 3;
    const maxWait = options.maxRateLimitWaitSeconds ?? 300;
    const delayUnitMs = options.delayUnitMs ?? 1000;
    if (options.token)
        (0,_mask_js__WEBPACK_IMPORTED_MODULE_0__/* .mask */ .d)(options.token);
    const onLimit = (kind) => (retryAfter, request, _octokit, retryCount) => {
        const willRetry = retryCount < rateLimitRetries && retryAfter <= maxWait;
        (0,_workflow_commands_js__WEBPACK_IMPORTED_MODULE_1__/* .annotation */ .w7)("warning", `GitHub API ${kind} hit on ${request.method} ${request.url}; ` +
            (willRetry
                ? `retrying in ${retryAfter}s (retry ${retryCount + 1} of ${rateLimitRetries})`
                : "giving up"));
        return willRetry;
    };
    return new GitHubClient({
        ...(options.token && { auth: options.token }),
        baseUrl,
        userAgent: USER_AGENT,
        log: {
            debug: (message) => (0,_workflow_commands_js__WEBPACK_IMPORTED_MODULE_1__/* .debug */ .Yz)(message),
            info: (message) => (0,_workflow_commands_js__WEBPACK_IMPORTED_MODULE_1__/* .info */ .pq)(message),
            warn: (message) => (0,_workflow_commands_js__WEBPACK_IMPORTED_MODULE_1__/* .annotation */ .w7)("warning", message),
            error: (message) => (0,_workflow_commands_js__WEBPACK_IMPORTED_MODULE_1__/* .annotation */ .w7)("warning", message),
        },
        // Not `request.retries`: a per-request retry count makes the plugin retry every status, 4xx included.
        retry: { retries: options.retries ?? 3, retryAfterBaseValue: delayUnitMs },
        throttle: {
            retryAfterBaseValue: delayUnitMs,
            onRateLimit: onLimit("rate limit"),
            onSecondaryRateLimit: onLimit("secondary rate limit"),
        },
    });
}
/**
 * A client when a token is available; otherwise undefined after a notice that `what` is skipped. The
 * local CLI runs actions without GitHub, so calls that need it are skipped instead of failing.
 */
function getOctokitOrSkip(token, what = "GitHub API calls", options = {}) {
    if (!token?.trim()) {
        (0,_workflow_commands_js__WEBPACK_IMPORTED_MODULE_1__/* .annotation */ .w7)("notice", `No GitHub token available: skipping ${what}.`);
        return undefined;
    }
    return createOctokit({ ...options, token: token.trim() });
}


/***/ })

};
