export const id = 433;
export const ids = [433];
export const modules = {

/***/ 75433:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  postSection: () => (/* binding */ postSection)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 13 modules
var core = __webpack_require__(77094);
// EXTERNAL MODULE: ./packages/github/src/sticky-comment/index.ts + 7 modules
var sticky_comment = __webpack_require__(75648);
// EXTERNAL MODULE: ./node_modules/@octokit/core/dist-src/index.js + 12 modules
var dist_src = __webpack_require__(14730);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-paginate-rest/dist-bundle/index.js
var dist_bundle = __webpack_require__(93779);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-rest-endpoint-methods/dist-src/index.js + 3 modules
var plugin_rest_endpoint_methods_dist_src = __webpack_require__(49210);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
var plugin_retry_dist_bundle = __webpack_require__(49735);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var plugin_throttling_dist_bundle = __webpack_require__(86856);
// EXTERNAL MODULE: ./packages/kit/src/mask.ts
var mask = __webpack_require__(52910);
;// CONCATENATED MODULE: ./packages/kit/src/github.ts







/** Octokit with REST methods, pagination, retries of server errors and rate-limit handling. */
const GitHubClient = dist_src/* Octokit */.E.plugin(plugin_rest_endpoint_methods_dist_src/* restEndpointMethods */._, dist_bundle/* paginateRest */.ud, plugin_retry_dist_bundle/* retry */.L, plugin_throttling_dist_bundle/* throttling */.A);
const USER_AGENT = "mlops-actions";
function createOctokit(options = {}) {
    const baseUrl = (options.baseUrl || process.env.GITHUB_API_URL || "https://api.github.com").replace(/\/+$/, "");
    const rateLimitRetries = options.rateLimitRetries ?? 3;
    const maxWait = options.maxRateLimitWaitSeconds ?? 300;
    const delayUnitMs = options.delayUnitMs ?? 1000;
    if (options.token)
        (0,mask/* mask */.d)(options.token);
    const onLimit = (kind) => (retryAfter, request, _octokit, retryCount) => {
        const willRetry = retryCount < rateLimitRetries && retryAfter <= maxWait;
        core/* warning */.$e(`GitHub API ${kind} hit on ${request.method} ${request.url}; ` +
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
            debug: (message) => core/* debug */.Yz(message),
            info: (message) => core/* info */.pq(message),
            warn: (message) => core/* warning */.$e(message),
            error: (message) => core/* warning */.$e(message),
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
        core/* notice */.lm(`No GitHub token available: skipping ${what}.`);
        return undefined;
    }
    return createOctokit({ ...options, token: token.trim() });
}

// EXTERNAL MODULE: ./actions/metrics-comment/src/target.ts
var target = __webpack_require__(56744);
;// CONCATENATED MODULE: ./actions/metrics-comment/src/post-comment.ts




/** Tests shorten the settle wait; on GitHub it stays at its default. */
const settleMs = Number(process.env.MLOPS_ACTIONS_COMMENT_SETTLE_MS) || undefined;
/** Posts the section to the pull request's sticky comment, or says why it could not. */
async function postSection(request) {
    const { context } = request;
    const issueNumber = request.prNumber ?? context.pullRequestNumber;
    if (issueNumber === undefined || !context.owner) {
        return {
            kind: "no-pull-request",
            reason: "this run is not about a pull request (set pr-number to name one)",
        };
    }
    const octokit = getOctokitOrSkip(request.token, "the pull request comment");
    if (!octokit)
        return { kind: "no-token", reason: "no GitHub token was given" };
    try {
        const mismatch = await headMismatch(octokit, context, issueNumber);
        if (mismatch)
            return { kind: "head-mismatch", reason: mismatch };
        const result = await (0,sticky_comment/* upsertStickySection */.cX)(octokit, {
            owner: context.owner,
            repo: context.repo,
            issueNumber,
            app: "metrics-comment",
            key: request.key,
            sectionId: request.section,
            render: request.render,
            version: (0,target/* runVersion */.y)(context),
            mode: request.mode,
            skipUnchanged: request.skipUnchanged,
            // The link to this run changes every run; the results are what "unchanged" is about.
            ...(context.runUrl && { fingerprint: (markdown) => markdown.replaceAll(context.runUrl, "") }),
            ...(settleMs !== undefined && { settleMs }),
            log: (message) => core/* info */.pq(message),
        });
        return { kind: "posted", result };
    }
    catch (error) {
        if (!(0,sticky_comment/* isReadOnlyTokenError */.C7)(error))
            throw error;
        return {
            kind: "read-only",
            reason: `the token may not write to pull request #${issueNumber} (${error instanceof Error ? error.message : String(error)})`,
        };
    }
}
/**
 * In a workflow_run workflow the pull request number comes from the triggering run's artifact, which a
 * fork controls: post only when that pull request's head is the commit the triggering run built.
 */
async function headMismatch(octokit, context, pull) {
    if (context.eventName !== "workflow_run")
        return undefined;
    const expected = (0,target/* runVersion */.y)(context).sha;
    const { data } = await octokit.rest.pulls.get({
        owner: context.owner,
        repo: context.repo,
        pull_number: pull,
    });
    if (data.head.sha === expected)
        return undefined;
    return (`pull request #${pull} has head ${data.head.sha.slice(0, 7)}, not ${expected.slice(0, 7)}, the commit the ` +
        "triggering run built; not posting its results there");
}


/***/ })

};
