export const id = 487;
export const ids = [487];
export const modules = {

/***/ 13487:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   postSection: () => (/* binding */ postSection)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77094);
/* harmony import */ var _mlops_actions_github_sticky_comment__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(75648);
/* harmony import */ var _mlops_actions_kit_github__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(88713);
/* harmony import */ var _target_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(56744);




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
    const octokit = (0,_mlops_actions_kit_github__WEBPACK_IMPORTED_MODULE_2__/* .getOctokitOrSkip */ .Qe)(request.token, "the pull request comment");
    if (!octokit)
        return { kind: "no-token", reason: "no GitHub token was given" };
    try {
        const mismatch = await headMismatch(octokit, context, issueNumber);
        if (mismatch)
            return { kind: "head-mismatch", reason: mismatch };
        const result = await (0,_mlops_actions_github_sticky_comment__WEBPACK_IMPORTED_MODULE_1__/* .upsertStickySection */ .cX)(octokit, {
            owner: context.owner,
            repo: context.repo,
            issueNumber,
            app: "metrics-comment",
            key: request.key,
            sectionId: request.section,
            render: request.render,
            version: (0,_target_js__WEBPACK_IMPORTED_MODULE_3__/* .runVersion */ .y)(context),
            mode: request.mode,
            skipUnchanged: request.skipUnchanged,
            // The link to this run changes every run; the results are what "unchanged" is about.
            ...(context.runUrl && { fingerprint: (markdown) => markdown.replaceAll(context.runUrl, "") }),
            ...(settleMs !== undefined && { settleMs }),
            log: (message) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(message),
        });
        return { kind: "posted", result };
    }
    catch (error) {
        if (!(0,_mlops_actions_github_sticky_comment__WEBPACK_IMPORTED_MODULE_1__/* .isReadOnlyTokenError */ .C7)(error))
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
    const expected = (0,_target_js__WEBPACK_IMPORTED_MODULE_3__/* .runVersion */ .y)(context).sha;
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
