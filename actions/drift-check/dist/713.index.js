export const id = 713;
export const ids = [713];
export const modules = {

/***/ 8713:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   getOctokitOrSkip: () => (/* binding */ getOctokitOrSkip)
/* harmony export */ });
/* unused harmony exports GitHubClient, createOctokit */
/* harmony import */ var _octokit_core__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4730);
/* harmony import */ var _octokit_plugin_paginate_rest__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3779);
/* harmony import */ var _octokit_plugin_rest_endpoint_methods__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9210);
/* harmony import */ var _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9735);
/* harmony import */ var _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6856);
/* harmony import */ var _mask_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2910);
/* harmony import */ var _workflow_commands_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8378);







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
