export const id = 152;
export const ids = [152];
export const modules = {

/***/ 14152:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   diffMetrics: () => (/* binding */ diffMetrics)
/* harmony export */ });
/* harmony import */ var _mlops_actions_kit__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(17661);
/* harmony import */ var _mlops_actions_metrics__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(72350);


/**
 * Diffs metrics files against baseline files without a policy (every metric shown, none gated), in
 * the shape of an evaluate-gate report, for jobs that do not run the gate.
 */
async function diffMetrics(candidateFiles, baselineFiles) {
    const candidates = await Promise.all(candidateFiles.map(readUserMetrics));
    const baselines = await Promise.all(baselineFiles.map(readUserMetrics));
    const qualify = new Set([...(0,_mlops_actions_metrics__WEBPACK_IMPORTED_MODULE_1__/* .sharedMetricNames */ .Yn)(candidates), ...(0,_mlops_actions_metrics__WEBPACK_IMPORTED_MODULE_1__/* .sharedMetricNames */ .Yn)(baselines)]);
    const candidate = (0,_mlops_actions_metrics__WEBPACK_IMPORTED_MODULE_1__/* .mergeMetrics */ .Af)(candidates, { qualify });
    const baseline = baselines.length ? (0,_mlops_actions_metrics__WEBPACK_IMPORTED_MODULE_1__/* .mergeMetrics */ .Af)(baselines, { qualify }) : undefined;
    const evaluation = (0,_mlops_actions_metrics__WEBPACK_IMPORTED_MODULE_1__/* .evaluate */ ._3)(candidate, baseline, (0,_mlops_actions_metrics__WEBPACK_IMPORTED_MODULE_1__/* .emptyPolicy */ .UR)(), { onMissingBaseline: "pass" });
    return {
        action: "evaluate-gate",
        status: evaluation.verdict,
        summary: evaluation.summary,
        data: {
            ...evaluation,
            // The baseline fields evaluate-gate writes, so the report reads the same.
            baseline: {
                ...evaluation.baseline,
                source: baseline ? "file" : "none",
                description: baseline
                    ? `metrics files ${baselineFiles.map((f) => (0,_mlops_actions_kit__WEBPACK_IMPORTED_MODULE_0__/* .workspaceRelative */ .Uc)(f)).join(", ")}`
                    : "none given",
                attempts: [],
                ...(baseline && { files: baselineFiles.map((f) => (0,_mlops_actions_kit__WEBPACK_IMPORTED_MODULE_0__/* .workspaceRelative */ .Uc)(f)) }),
            },
        },
    };
}
async function readUserMetrics(file) {
    try {
        return await (0,_mlops_actions_metrics__WEBPACK_IMPORTED_MODULE_1__/* .readMetricsFile */ ._c)(file);
    }
    catch (error) {
        if (!(error instanceof _mlops_actions_metrics__WEBPACK_IMPORTED_MODULE_1__/* .SourceError */ .c8))
            throw error;
        const { file: where, line, column } = error.location;
        throw new _mlops_actions_kit__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(error.message, { file: where, ...(line && { line }), ...(column && { column }) });
    }
}


/***/ })

};
