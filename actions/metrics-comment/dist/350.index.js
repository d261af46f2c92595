export const id = 350;
export const ids = [350];
export const modules = {

/***/ 72350:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  c8: () => (/* reexport */ source_error_SourceError),
  UR: () => (/* reexport */ emptyPolicy),
  _3: () => (/* reexport */ evaluate),
  Af: () => (/* reexport */ mergeMetrics),
  Bm: () => (/* reexport */ parseMetrics),
  _c: () => (/* reexport */ readMetricsFile),
  Yn: () => (/* reexport */ sharedMetricNames)
});

// UNUSED EXPORTS: LOWER_IS_BETTER_WORDS, PREDICTIONS_PREFIX, PredictionsError, ROW_STATUSES, amountOf, checkRule, classificationScores, closestMatch, coerceValue, compare, comparePredictions, deltaOf, describeValue, didYouMean, editDistance, fileQualifiers, findEntry, formatAmount, formatFromExtension, formatLocation, formatNumber, formatTarget, globMatches, inferDirection, isGlob, isNumeric, logLoss, nameWords, needsBaseline, noiseMetrics, pairPredictions, parseNumber, parsePolicy, parsePredictions, parseRule, regressionScores, resolveMetric, rocAuc, sniffFormat, taskOf, thresholdOf, withinTolerance

;// CONCATENATED MODULE: ./packages/metrics/src/arithmetic.ts
/**
 * An amount against a baseline: absolute as is, a percentage of the baseline's magnitude
 * (`2%` of -0.5 is 0.01). With a baseline of 0 every percentage is 0.
 */
function amountOf(amount, baseline) {
    return amount.percent ? (Math.abs(baseline) * amount.value) / 100 : amount.value;
}
/** The number a rule compares with; `baseline` is needed for baseline targets. */
function thresholdOf(target, baseline) {
    if (target.kind === "number")
        return target.value;
    const adjust = target.adjust;
    if (!adjust)
        return baseline;
    if (adjust.op === "*")
        return baseline * adjust.factor;
    const amount = amountOf(adjust.amount, baseline);
    return adjust.op === "+" ? baseline + amount : baseline - amount;
}
/**
 * Slack for binary floating point: `0.9 - 0.01` is 0.8900000000000001, and a candidate of 0.89 must
 * still satisfy `>= baseline - 0.01`. Values closer than 1e-12 (relative, at least 1e-12 absolute) are
 * treated as equal.
 */
function nearlyEqual(a, b) {
    return Math.abs(a - b) <= 1e-12 * Math.max(1, Math.abs(a), Math.abs(b));
}
function compare(value, op, threshold) {
    const equal = nearlyEqual(value, threshold);
    switch (op) {
        case ">=":
            return equal || value > threshold;
        case ">":
            return !equal && value > threshold;
        case "<=":
            return equal || value < threshold;
        case "<":
            return !equal && value < threshold;
        case "==":
            return equal;
    }
}
function deltaOf(candidate, baseline) {
    const absolute = candidate - baseline;
    if (baseline === 0)
        return { absolute, relative: absolute === 0 ? 0 : null };
    return { absolute, relative: absolute / Math.abs(baseline) };
}
/** True when a change is no larger than the tolerance (computed against the baseline). */
function withinTolerance(candidate, baseline, tolerance) {
    const allowed = amountOf(tolerance, baseline);
    const change = Math.abs(candidate - baseline);
    return change <= allowed || nearlyEqual(change, allowed);
}

;// CONCATENATED MODULE: ./packages/metrics/src/rule.ts
const rule_SEVERITIES = (/* unused pure expression or super */ null && (["block", "warn", "info"]));
const rule_MISSING_MODES = (/* unused pure expression or super */ null && (["fail", "warn", "ignore"]));
function needsBaseline(rule) {
    return rule.target.kind === "baseline";
}
function formatAmount(amount) {
    return amount.percent ? `${amount.value}%` : String(amount.value);
}
/** `>= baseline - 2%`, `< 0.5` — the comparison without the metric name. */
function formatTarget(rule) {
    const { target } = rule;
    if (target.kind === "number")
        return `${rule.op} ${target.value}`;
    const adjust = target.adjust;
    if (!adjust)
        return `${rule.op} baseline`;
    const by = adjust.op === "*" ? String(adjust.factor) : formatAmount(adjust.amount);
    return `${rule.op} baseline ${adjust.op} ${by}`;
}

;// CONCATENATED MODULE: ./packages/metrics/src/check-rule.ts


const LEVEL_OF = { block: "fail", warn: "warn", info: "info" };
/**
 * Checks one rule against a finite candidate value. Baseline rules need a baseline value; when the
 * change from the baseline is within tolerance a failing baseline rule passes as `within-noise`.
 * Absolute rules (`min`, `max`, `accuracy >= 0.9`) are never softened by the tolerance.
 */
function checkRule(rule, candidate, baseline, tolerance, defaultSeverity, noise) {
    const severity = rule.severity ?? defaultSeverity;
    const base = { rule, severity };
    const usesBaseline = needsBaseline(rule);
    if (usesBaseline && "unavailable" in baseline) {
        return {
            ...base,
            outcome: "skipped",
            level: baseline.level,
            reason: `not evaluated: ${baseline.unavailable}`,
        };
    }
    const baselineValue = "value" in baseline ? baseline.value : Number.NaN;
    const threshold = thresholdOf(rule.target, baselineValue);
    if (compare(candidate, rule.op, threshold))
        return { ...base, outcome: "pass", level: "none", threshold };
    if (usesBaseline && withinTolerance(candidate, baselineValue, tolerance)) {
        return { ...base, outcome: "within-noise", level: "none", threshold };
    }
    if (usesBaseline && noise && rule.op !== "==") {
        const interval = `confidence interval of the change [${formatNumber(noise.low)}, ${formatNumber(noise.high)}]`;
        // The candidate value the interval still allows that is most favourable to this rule.
        const favourable = baselineValue + (rule.op.startsWith(">") ? noise.high : noise.low);
        if (!noise.significant || compare(favourable, rule.op, threshold)) {
            const why = noise.significant
                ? `${interval} reaches it`
                : `the change is not significant (${interval})`;
            return {
                ...base,
                outcome: "within-noise",
                level: "none",
                threshold,
                reason: `${rule.text} not met, but ${why}`,
            };
        }
    }
    const explained = rule.target.kind === "baseline"
        ? ` (${formatTarget(rule).replace(/^\S+ baseline/, `baseline ${formatNumber(baselineValue)}`)})`
        : "";
    return {
        ...base,
        outcome: "fail",
        level: LEVEL_OF[severity],
        threshold,
        reason: `${rule.text} not met: expected ${rule.op} ${formatNumber(threshold)}${explained}, got ${formatNumber(candidate)}`,
    };
}
/** Numbers in messages: up to 6 significant digits, so `0.8900000000000001` reads `0.89`. */
function formatNumber(value) {
    if (!Number.isFinite(value))
        return String(value);
    return String(Number(value.toPrecision(6)));
}

;// CONCATENATED MODULE: ./packages/metrics/src/did-you-mean.ts
/**
 * Optimal string alignment distance (Damerau-Levenshtein restricted to adjacent transpositions):
 * the number of insertions, deletions, substitutions and swaps of neighbours turning `a` into `b`.
 */
function editDistance(a, b) {
    const rows = a.length + 1;
    const cols = b.length + 1;
    const d = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
    const at = (i, j) => d[i]?.[j] ?? 0;
    for (let i = 1; i < rows; i++) {
        for (let j = 1; j < cols; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
                best = Math.min(best, at(i - 2, j - 2) + 1);
            }
            const row = d[i];
            if (row)
                row[j] = best;
        }
    }
    return at(a.length, b.length);
}
/**
 * The closest candidate to `word`, compared case-insensitively with `_` and `-` treated alike, if it is
 * within `maxDistance` edits (default: 1 for words up to 4 characters, 2 up to 8, else 3); ties go to
 * the candidate listed first.
 */
function closestMatch(word, candidates, maxDistance) {
    const normalize = (s) => s.toLowerCase().replaceAll("_", "-");
    const limit = maxDistance ?? (word.length <= 4 ? 1 : word.length <= 8 ? 2 : 3);
    let best;
    let bestDistance = Number.POSITIVE_INFINITY;
    for (const candidate of candidates) {
        const distance = editDistance(normalize(word), normalize(candidate));
        if (distance < bestDistance && distance <= limit) {
            best = candidate;
            bestDistance = distance;
        }
    }
    return best;
}
/** `; did you mean 'x'?` or the empty string. */
function did_you_mean_didYouMean(word, candidates) {
    const match = closestMatch(word, candidates);
    return match === undefined || match === word ? "" : `; did you mean '${match}'?`;
}

;// CONCATENATED MODULE: ./packages/metrics/src/evaluate-types.ts
/** Row statuses, worst first (the order rows are sorted in). See README "Verdicts". */
const ROW_STATUSES = [
    "fail",
    "warn",
    "missing",
    "non-finite",
    "non-numeric",
    "info",
    "skipped",
    "regressed-ok",
    "removed",
    "new",
    "within-noise",
    "improved",
    "pass",
];

;// CONCATENATED MODULE: ./packages/metrics/src/glob.ts
/** True when the pattern contains a wildcard. */
function isGlob(pattern) {
    return pattern.includes("*") || pattern.includes("?");
}
/**
 * Matches a metric name against a pattern where `*` is any run of characters (dots and slashes
 * included: `*.loss` matches `train.loss` and `eval/val.loss`) and `?` is exactly one character.
 */
function globMatches(pattern, name) {
    const source = [...pattern]
        .map((c) => (c === "*" ? ".*" : c === "?" ? "." : c.replace(/[\\^$.|+()[\]{}]/g, "\\$&")))
        .join("");
    return new RegExp(`^${source}$`, "s").test(name);
}
/**
 * How specific a pattern is, for picking the one entry that applies to a name: an exact name beats
 * every glob; among globs, more literal characters win, then fewer `*`. Returns a tuple to compare
 * with `compareSpecificity`.
 */
function specificity(pattern) {
    const stars = [...pattern].filter((c) => c === "*").length;
    const questions = [...pattern].filter((c) => c === "?").length;
    return [isGlob(pattern) ? 0 : 1, pattern.length - stars - questions, -stars];
}
/** Positive when `a` is more specific than `b`. */
function compareSpecificity(a, b) {
    const sa = specificity(a);
    const sb = specificity(b);
    for (let i = 0; i < sa.length; i++) {
        const diff = (sa[i] ?? 0) - (sb[i] ?? 0);
        if (diff !== 0)
            return diff;
    }
    return 0;
}

;// CONCATENATED MODULE: ./packages/metrics/src/direction.ts
/** Words that mark a lower-is-better metric when they appear as a whole word of its name. */
const LOWER_IS_BETTER_WORDS = [
    "loss",
    "logloss",
    "error",
    "err",
    "rmse",
    "mse",
    "mae",
    "mape",
    "wer",
    "cer",
    "perplexity",
    "ppl",
    "brier",
    "fpr",
    "fnr",
    "latency",
    "time",
    "duration",
    "runtime",
    "seconds",
    "ms",
    "size",
    "bytes",
    "memory",
    "cost",
];
/**
 * Splits a metric name into lower-case words: on anything that is not a letter or digit (`.`, `_`,
 * `-`, `/`, spaces) and on camelCase humps, so `train.loss`, `val_rmse`, `latencyP95Ms` and
 * `eval/FPR` all expose their words, while `timestamp` stays one word (and is not `time`).
 */
function nameWords(name) {
    const words = [];
    for (const part of name.split(/[^A-Za-z0-9]+/)) {
        for (const word of part.match(/[A-Z]+(?![a-z])|[A-Z]?[a-z]+|\d+/g) ?? [])
            words.push(word.toLowerCase());
    }
    return words;
}
/** Lower-is-better when a word of the name is in `LOWER_IS_BETTER_WORDS`, else higher-is-better. */
function inferDirection(name) {
    const word = nameWords(name).find((w) => LOWER_IS_BETTER_WORDS.includes(w));
    return word === undefined
        ? { direction: "higher", inferred: true }
        : { direction: "lower", inferred: true, word };
}

;// CONCATENATED MODULE: ./packages/metrics/src/resolve.ts



/** Does a rule's or entry's pattern name this metric? Exact names and globs both work. */
function patternMatches(pattern, name) {
    return pattern === name || globMatches(pattern, name);
}
/**
 * The entry for a name: an exact name beats any glob; among globs, the one with more literal characters
 * wins, then the one with fewer `*`; a remaining tie goes to the entry written first.
 */
function findEntry(entries, name) {
    let best;
    for (const entry of entries) {
        if (!patternMatches(entry.pattern, name))
            continue;
        if (!best || compareSpecificity(entry.pattern, best.pattern) > 0)
            best = entry;
    }
    return best;
}
/**
 * Settings are the entry's, else `defaults:`, else built-ins (tolerance 0, severity block, missing fail,
 * direction inferred from the name). Rules are the entry's bounds (min, max, max-drop, max-rise) plus
 * every inline rule whose pattern matches; an entry with no bound and no matching inline rule gets an
 * implicit "not worse than baseline" rule in its direction.
 */
function resolveMetric(name, policy, extraRules = []) {
    const entry = findEntry(policy.metrics, name);
    const direction = entry?.direction
        ? { direction: entry.direction, inferred: false }
        : inferDirection(name);
    const inline = [...policy.rules, ...extraRules].filter((rule) => patternMatches(rule.metric, name));
    const rules = entry ? [...entryRules(entry, name), ...inline] : inline;
    if (entry && rules.length === 0) {
        rules.push({
            metric: name,
            op: direction.direction === "higher" ? ">=" : "<=",
            target: { kind: "baseline" },
            origin: "no-regression",
            text: "not worse than baseline",
            location: entry.location,
        });
    }
    const resolved = {
        direction,
        tolerance: entry?.tolerance ?? policy.defaults.tolerance ?? { value: 0, percent: false },
        severity: entry?.severity ?? policy.defaults.severity ?? "block",
        missing: entry?.missing ?? policy.defaults.missing ?? "fail",
        rules,
    };
    if (entry)
        resolved.entry = entry;
    return resolved;
}
function entryRules(entry, name) {
    const rules = [];
    const base = { metric: name, location: entry.location };
    if (entry.min !== undefined) {
        rules.push({
            ...base,
            op: ">=",
            target: { kind: "number", value: entry.min },
            origin: "min",
            text: `min: ${entry.min}`,
        });
    }
    if (entry.max !== undefined) {
        rules.push({
            ...base,
            op: "<=",
            target: { kind: "number", value: entry.max },
            origin: "max",
            text: `max: ${entry.max}`,
        });
    }
    if (entry.maxDrop) {
        const amount = entry.maxDrop;
        rules.push({
            ...base,
            op: ">=",
            target: { kind: "baseline", adjust: { op: "-", amount } },
            origin: "max-drop",
            text: `max-drop: ${formatAmount(amount)}`,
        });
    }
    if (entry.maxRise) {
        const amount = entry.maxRise;
        rules.push({
            ...base,
            op: "<=",
            target: { kind: "baseline", adjust: { op: "+", amount } },
            origin: "max-rise",
            text: `max-rise: ${formatAmount(amount)}`,
        });
    }
    return rules;
}

;// CONCATENATED MODULE: ./packages/metrics/src/value.ts
const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i;
const NOT_A_NUMBER = /^[+-]?nan$/i;
const INFINITE = /^([+-]?)(?:inf|infinity)$/i;
/**
 * Reads a number from text as training scripts print them: `0.93`, `1e-3`, `-2`, and the non-finite
 * spellings of Python (`nan`, `inf`, `-inf`), JavaScript (`NaN`, `Infinity`) and YAML (`.nan`, `.inf`).
 * Returns undefined for anything else (hex, `1,000`, `93%` are not numbers here).
 */
function parseNumber(text) {
    const trimmed = text.trim();
    if (DECIMAL.test(trimmed))
        return Number(trimmed);
    const yamlStyle = trimmed.replace(/^([+-]?)\./, "$1");
    if (NOT_A_NUMBER.test(yamlStyle))
        return Number.NaN;
    const infinite = INFINITE.exec(yamlStyle);
    if (infinite)
        return infinite[1] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
    return undefined;
}
/** Numeric strings become numbers; everything else stays as it is. */
function coerceValue(value) {
    if (typeof value === "string")
        return parseNumber(value) ?? value;
    return value;
}
function isNumeric(value) {
    return typeof value === "number";
}
/** How a value is shown in messages and tables: numbers as JavaScript prints them, strings quoted. */
function describeValue(value) {
    if (value === undefined)
        return "(absent)";
    if (typeof value === "string")
        return JSON.stringify(value);
    return String(value);
}

;// CONCATENATED MODULE: ./packages/metrics/src/evaluate.ts







const LEVEL_RANK = { none: 0, info: 1, warn: 2, fail: 3 };
const NO_BASELINE = "no baseline";
const SKIPPED_NO_BASELINE = `not evaluated: ${NO_BASELINE}`;
const MISSING_BASELINE_LEVEL = {
    warn: "warn",
    fail: "fail",
    pass: "none",
};
/**
 * Compares candidate metrics with the baseline's (undefined when there is none) under a policy.
 * Every metric of either side is a row; metrics the policy names exactly but neither side has are rows
 * too (missing). See README "Evaluation" for the statuses and how the verdict follows from them.
 */
function evaluate(candidate, baseline, policy, options = {}) {
    const onMissing = options.onMissingBaseline ?? "warn";
    const extraRules = options.rules ?? [];
    const names = metricNames(candidate, baseline, policy, extraRules);
    const context = {
        candidate,
        baseline,
        onMissing,
        ...(options.noise && { noise: options.noise }),
    };
    const rows = names.map((name) => evaluateMetric(name, resolveMetric(name, policy, extraRules), context));
    rows.sort((a, b) => ROW_STATUSES.indexOf(a.status) - ROW_STATUSES.indexOf(b.status));
    const counts = Object.fromEntries(ROW_STATUSES.map((s) => [s, 0]));
    for (const row of rows)
        counts[row.status]++;
    const skippedRules = baseline
        ? 0
        : rows.reduce((n, row) => n + row.checks.filter((c) => c.outcome === "skipped" && c.reason === SKIPPED_NO_BASELINE).length, 0);
    let verdict = counts.fail > 0 ? "fail" : counts.warn > 0 ? "warn" : "pass";
    if (!baseline && onMissing !== "pass" && verdict !== "fail")
        verdict = onMissing;
    const evaluation = {
        verdict,
        summary: "",
        rows,
        failedMetrics: rows.filter((r) => r.status === "fail").map((r) => r.name),
        warnedMetrics: rows.filter((r) => r.status === "warn").map((r) => r.name),
        counts,
        baseline: { present: baseline !== undefined, onMissing, skippedRules },
        unmatchedPatterns: unmatchedPatterns(policy, extraRules, names),
    };
    if (!baseline) {
        evaluation.baseline.note =
            `no baseline: ${skippedRules} baseline rule(s) not evaluated; ` +
                `on-missing-baseline '${onMissing}' makes this ${onMissing === "pass" ? "leaves the verdict to the other rules" : `at least a ${onMissing}`}`;
    }
    evaluation.summary = summarize(evaluation);
    return evaluation;
}
function evaluateMetric(name, resolved, context) {
    const candidate = context.candidate.get(name);
    const baseline = context.baseline?.get(name);
    const row = {
        name,
        ...(context.candidate.has(name) ? { candidate } : {}),
        ...(context.baseline?.has(name) ? { baseline } : {}),
        ...(isFiniteNumber(candidate) && isFiniteNumber(baseline) ? { delta: deltaOf(candidate, baseline) } : {}),
        direction: resolved.direction,
        tolerance: resolved.tolerance,
        gated: resolved.rules.length > 0,
        severity: resolved.severity,
        checks: [],
        status: "pass",
    };
    if (resolved.entry)
        row.entry = resolved.entry.pattern;
    const problem = candidateProblem(name, candidate, context);
    if (!row.gated)
        return problem ? withStatus(row, problem.ungated, problem.reason) : describeChange(row, context);
    if (problem) {
        row.checks = resolved.rules.map((rule) => ({
            rule,
            severity: rule.severity ?? resolved.severity,
            outcome: "skipped",
            level: "none",
            reason: `not evaluated: ${problem.reason}`,
        }));
        const status = resolved.missing === "ignore" ? problem.ignored : resolved.missing;
        return withStatus(row, status, `${problem.reason} (missing: ${resolved.missing})`);
    }
    const side = baselineSide(name, context);
    row.checks = resolved.rules.map((rule) => checkRule(rule, candidate, side, resolved.tolerance, resolved.severity, context.noise?.get(name)));
    const worst = row.checks.reduce((a, c) => (LEVEL_RANK[c.level] > LEVEL_RANK[a.level] ? c : a));
    if (worst.level !== "none")
        return withStatus(row, worst.level, worst.reason);
    const skipped = row.checks.filter((c) => c.outcome === "skipped");
    if (skipped.length > 0 && !(context.baseline && baseline === undefined)) {
        return withStatus(row, "skipped", `${skipped.length} of ${row.checks.length} rule(s) ${skipped[0]?.reason}`);
    }
    return describeChange(row, context);
}
/** pass / improved / within-noise / regressed-ok / new, from the values alone. */
function describeChange(row, context) {
    const { candidate, baseline } = row;
    if (baseline === undefined) {
        return context.baseline ? withStatus(row, "new", "not in the baseline") : withStatus(row, "pass");
    }
    if (!isFiniteNumber(candidate) || !isFiniteNumber(baseline)) {
        return withStatus(row, "pass", `baseline value ${describeValue(baseline)} cannot be compared`);
    }
    if (candidate === baseline)
        return withStatus(row, "pass");
    if (withinTolerance(candidate, baseline, row.tolerance))
        return withStatus(row, "within-noise");
    const better = row.direction.direction === "higher" ? candidate > baseline : candidate < baseline;
    if (better)
        return withStatus(row, "improved");
    const passedRules = row.gated ? "; every rule passed" : "; no rule applies";
    return withStatus(row, "regressed-ok", `worse than the baseline (${row.direction.direction} is better)${passedRules}`);
}
function withStatus(row, status, reason) {
    row.status = status;
    if (reason !== undefined)
        row.reason = reason;
    return row;
}
function candidateProblem(name, value, context) {
    if (!context.candidate.has(name)) {
        const known = context.baseline?.has(name);
        const where = known ? "the candidate metrics" : "the candidate or baseline metrics";
        const hint = known ? "" : did_you_mean_didYouMean(name, context.candidate.keys());
        return { reason: `not found in ${where}${hint}`, ignored: "missing", ungated: "removed" };
    }
    if (typeof value !== "number") {
        return {
            reason: `value ${describeValue(value)} is not a number`,
            ignored: "non-numeric",
            ungated: "non-numeric",
        };
    }
    if (!Number.isFinite(value)) {
        return { reason: `value is ${value}`, ignored: "non-finite", ungated: "non-finite" };
    }
    return undefined;
}
function baselineSide(name, context) {
    const level = MISSING_BASELINE_LEVEL[context.onMissing];
    if (!context.baseline)
        return { unavailable: NO_BASELINE, level };
    if (!context.baseline.has(name))
        return { unavailable: "not in the baseline", level: "none" };
    const value = context.baseline.get(name);
    if (typeof value !== "number")
        return { unavailable: `baseline value ${describeValue(value)} is not a number`, level };
    if (!Number.isFinite(value))
        return { unavailable: `baseline value is ${value}`, level };
    return { value };
}
function isFiniteNumber(value) {
    return typeof value === "number" && Number.isFinite(value);
}
/** Candidate names in file order, then baseline-only names, then names only the policy mentions. */
function metricNames(candidate, baseline, policy, rules) {
    const names = new Set(candidate.keys());
    for (const name of baseline?.keys() ?? [])
        names.add(name);
    const patterns = [
        ...policy.metrics.map((e) => e.pattern),
        ...policy.rules.map((r) => r.metric),
        ...rules.map((r) => r.metric),
    ];
    for (const pattern of patterns)
        if (!isGlob(pattern))
            names.add(pattern);
    return [...names];
}
function unmatchedPatterns(policy, rules, names) {
    const patterns = new Set([
        ...policy.metrics.map((e) => e.pattern),
        ...policy.rules.map((r) => r.metric),
        ...rules.map((r) => r.metric),
    ]);
    return [...patterns].filter((p) => isGlob(p) && !names.some((name) => patternMatches(p, name)));
}
function summarize(evaluation) {
    const { counts, rows, failedMetrics, warnedMetrics } = evaluation;
    const parts = [];
    if (failedMetrics.length > 0)
        parts.push(`${failedMetrics.length} failed (${failedMetrics.join(", ")})`);
    if (warnedMetrics.length > 0)
        parts.push(`${warnedMetrics.length} warned (${warnedMetrics.join(", ")})`);
    if (counts.improved > 0)
        parts.push(`${counts.improved} improved`);
    if (counts["regressed-ok"] > 0)
        parts.push(`${counts["regressed-ok"]} regressed within the rules`);
    const gated = rows.filter((r) => r.gated).length;
    parts.push(`${gated} of ${rows.length} metric(s) gated`);
    if (evaluation.baseline.note)
        parts.push(evaluation.baseline.note);
    return `${evaluation.verdict}: ${parts.join("; ")}`;
}

;// CONCATENATED MODULE: ./packages/metrics/src/source-error.ts
/** `file:line:col` (or `file:line`, or `file`) — the prefix editors and annotations understand. */
function formatLocation(location) {
    if (location.line === undefined)
        return location.file;
    if (location.column === undefined)
        return `${location.file}:${location.line}`;
    return `${location.file}:${location.line}:${location.column}`;
}
/**
 * A problem in a user file (metrics, policy or rule). The message is always one line,
 * `file:line:col: what is wrong; what was expected`, so it can be printed as is and
 * turned into an annotation from `location`.
 */
class source_error_SourceError extends Error {
    name = "SourceError";
    location;
    reason;
    constructor(location, reason) {
        const oneLine = reason.replace(/\s*\n\s*/g, " ").trim();
        super(`${formatLocation(location)}: ${oneLine}`);
        this.location = location;
        this.reason = oneLine;
    }
}
/** Turns a 0-based character offset into a 1-based line and column. */
function locationAt(text, offset, file) {
    let line = 1;
    let lineStart = 0;
    const end = Math.min(offset, text.length);
    for (let i = 0; i < end; i++) {
        if (text.charCodeAt(i) === 10) {
            line++;
            lineStart = i + 1;
        }
    }
    return { file, line, column: end - lineStart + 1 };
}

;// CONCATENATED MODULE: ./packages/metrics/src/merge.ts

/** Names that occur in more than one of the files. */
function sharedMetricNames(files) {
    const seen = new Set();
    const shared = new Set();
    for (const { metrics } of files) {
        for (const name of metrics.keys())
            (seen.has(name) ? shared : seen).add(name);
    }
    return shared;
}
/**
 * Merges the metrics of several files into one set. A name found in one file stays as it is; a name
 * found in two or more files (or listed in `options.qualify`) becomes `<qualifier>/<name>` in each, the
 * qualifier being the file's stem (`out/eval.json` → `eval`), or, when stems clash, the shortest
 * trailing part of the path that tells the files apart (`a/metrics`, `b/metrics`), extension
 * included only when nothing else differs (`metrics.json`, `metrics.yaml`).
 */
function mergeMetrics(files, options = {}) {
    if (files.length <= 1)
        return new Map(files[0]?.metrics);
    const qualified = sharedMetricNames(files);
    for (const name of options.qualify ?? [])
        qualified.add(name);
    const qualifiers = fileQualifiers(files.map((f) => f.file));
    const merged = new Map();
    files.forEach(({ file, metrics }, i) => {
        for (const [name, value] of metrics) {
            const finalName = qualified.has(name) ? `${qualifiers[i]}/${name}` : name;
            if (merged.has(finalName)) {
                throw new source_error_SourceError({ file }, `metric '${finalName}' is also defined by another metrics file`);
            }
            merged.set(finalName, value);
        }
    });
    return merged;
}
/** The qualifier of each path, as described at `mergeMetrics`. */
function fileQualifiers(paths) {
    if (paths.length === 0)
        return [];
    const split = paths.map((p) => p.replaceAll("\\", "/").replace(/^\.\//, "").split("/").filter(Boolean));
    const withoutExtension = split.map((segments) => segments.map((s, i) => (i === segments.length - 1 ? s.replace(/\.[^.]+$/, "") || s : s)));
    for (const variant of [withoutExtension, split]) {
        const longest = Math.max(...variant.map((s) => s.length));
        for (let k = 1; k <= longest; k++) {
            const names = variant.map((segments) => segments.slice(-k).join("/"));
            if (new Set(names).size === names.length)
                return names;
        }
    }
    const duplicate = paths.find((p, i) => paths.indexOf(p) !== i) ?? "";
    throw new source_error_SourceError({ file: duplicate }, "the same metrics file is listed twice");
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./packages/metrics/src/parse-rule.ts



const OPERATORS = (/* unused pure expression or super */ null && ([">=", "<=", "==", ">", "<"]));
const MISTYPED_OPERATORS = {
    "=>": ">=",
    "=<": "<=",
    "=": "==",
    "≥": ">=",
    "≤": "<=",
};
const NUMBER = /[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?/y;
const UNSIGNED_NUMBER = /(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?/y;
const BARE_NAME = /[^\s<>=!≥≤[\]"']+/y;
const WORD = /[A-Za-z_][A-Za-z0-9_]*/y;
/**
 * Parses an inline rule:
 *
 *     rule     = metric operator target [ "[" severity "]" ]
 *     metric   = bare-name | "quoted name" | 'quoted name'      (bare: no spaces, < > = ! [ ] or quotes)
 *     operator = ">=" | ">" | "<=" | "<" | "=="
 *     target   = number | "baseline" [ ("+" | "-") number ["%"] | "*" number ]
 *     severity = "block" | "warn" | "info"
 *
 * `location` is where the rule text starts; errors point at the exact column.
 */
function parse_rule_parseRule(text, location = { file: "rule", line: 1, column: 1 }) {
    let pos = 0;
    const fail = (reason, at = pos) => {
        const line = location.line ?? 1;
        throw new SourceError({ file: location.file, line, column: (location.column ?? 1) + at }, reason);
    };
    const skipSpace = () => {
        while (pos < text.length && /\s/.test(text[pos] ?? ""))
            pos++;
    };
    const found = () => {
        if (pos >= text.length)
            return "the end of the rule";
        const token = /\S+/y;
        token.lastIndex = pos;
        return `'${token.exec(text)?.[0] ?? text[pos]}'`;
    };
    const match = (pattern) => {
        pattern.lastIndex = pos;
        const m = pattern.exec(text);
        if (!m)
            return undefined;
        pos = pattern.lastIndex;
        return m[0];
    };
    const readMetric = () => {
        const quote = text[pos];
        if (quote === '"' || quote === "'") {
            const end = text.indexOf(quote, pos + 1);
            if (end < 0)
                fail(`unterminated quoted metric name; expected a closing ${quote}`);
            const name = text.slice(pos + 1, end);
            if (name === "")
                fail("empty metric name");
            pos = end + 1;
            return name;
        }
        return match(BARE_NAME) ?? fail(`expected a metric name, found ${found()}`);
    };
    const readOperator = () => {
        const operator = OPERATORS.find((op) => text.startsWith(op, pos));
        if (operator) {
            pos += operator.length;
            return operator;
        }
        const typo = Object.keys(MISTYPED_OPERATORS).find((t) => text.startsWith(t, pos));
        const hint = typo ? `; did you mean '${MISTYPED_OPERATORS[typo]}'?` : "";
        return fail(`expected a comparison (>=, >, <=, <, ==), found ${found()}${hint}`);
    };
    const readTarget = (after) => {
        const start = pos;
        const word = match(WORD);
        if (word === "baseline")
            return { kind: "baseline", ...readAdjust() };
        pos = start;
        const number = match(NUMBER);
        if (number !== undefined) {
            if (text[pos] === "%") {
                fail("a percentage is only allowed after 'baseline +' or 'baseline -'; write 0.9, not 90%");
            }
            return { kind: "number", value: Number(number) };
        }
        const hint = word ? didYouMean(word, ["baseline"]) : "";
        return fail(`expected a number or 'baseline' after '${after}', found ${found()}${hint}`);
    };
    const readAdjust = () => {
        skipSpace();
        const op = text[pos];
        if (op !== "+" && op !== "-" && op !== "*")
            return {};
        pos++;
        skipSpace();
        const number = match(UNSIGNED_NUMBER) ?? fail(`expected a number after '${op}', found ${found()}`);
        const percent = text[pos] === "%";
        if (op === "*") {
            if (percent)
                fail("a percentage cannot multiply the baseline; write 'baseline * 1.1' for +10%");
            return { adjust: { op, factor: Number(number) } };
        }
        if (percent)
            pos++;
        const amount = { value: Number(number), percent };
        return { adjust: { op, amount } };
    };
    const readSeverity = () => {
        skipSpace();
        if (text[pos] !== "[")
            return undefined;
        const open = pos;
        const close = text.indexOf("]", pos);
        if (close < 0)
            fail("unterminated severity marker; expected ']'");
        const word = text.slice(open + 1, close).trim();
        const severity = SEVERITIES.find((s) => s === word);
        if (!severity) {
            fail(`unknown severity '${word}'; expected block, warn or info${didYouMean(word, SEVERITIES)}`, open + 1);
        }
        pos = close + 1;
        return severity;
    };
    skipSpace();
    if (pos >= text.length)
        fail("empty rule; expected e.g. 'accuracy >= 0.9' or 'loss <= baseline'");
    const metric = readMetric();
    skipSpace();
    const op = readOperator();
    skipSpace();
    const target = readTarget(op);
    const ruleEnd = pos;
    const severity = readSeverity();
    skipSpace();
    if (pos < text.length) {
        const expected = target.kind === "baseline" ? "'+', '-', '*', " : "";
        fail(`unexpected ${found()}; expected ${expected}a severity like [warn], or the end of the rule`);
    }
    const rule = { metric, op, target, origin: "rule", text: text.slice(0, ruleEnd).trim(), location };
    if (severity)
        rule.severity = severity;
    return rule;
}

;// CONCATENATED MODULE: ./packages/metrics/src/yaml-error.ts

/**
 * The yaml library's errors end with " at line L, column C:" and a multi-line excerpt; keep the first
 * sentence and put the position in front, as every other error here does.
 */
function yaml_error_fromYamlError(error, file) {
    const reason = error.message.split(/ at line \d+, column \d+/)[0] ?? error.message;
    const start = error.linePos?.[0];
    const location = start ? { file, line: start.line, column: start.col } : { file };
    return new source_error_SourceError(location, lowerFirst(reason.trim()));
}
function lowerFirst(text) {
    return text.length > 1 && /^[A-Z][a-z]/.test(text) ? text[0]?.toLowerCase() + text.slice(1) : text;
}

;// CONCATENATED MODULE: ./packages/metrics/src/parse-policy.ts






const TOP_KEYS = (/* unused pure expression or super */ null && (["defaults", "metrics", "rules"]));
const DEFAULT_KEYS = (/* unused pure expression or super */ null && (["tolerance", "severity", "missing"]));
const ENTRY_KEYS = (/* unused pure expression or super */ null && ([
    "direction",
    "min",
    "max",
    "max-drop",
    "max-rise",
    "tolerance",
    "severity",
    "missing",
]));
const DIRECTIONS = (/* unused pure expression or super */ null && (["higher", "lower"]));
const PERCENT = /^\s*(\d+(?:\.\d*)?|\.\d+)\s*%\s*$/;
/**
 * Parses a policy file (see README: `defaults:`, `metrics:` keyed by name or glob, `rules:` a list of
 * inline rules). Every problem is a `SourceError` pointing at the line and column of the offending
 * node, saying what was expected.
 */
function parsePolicy(text, fileName) {
    const lineCounter = new LineCounter();
    const document = parseDocument(text, { lineCounter, prettyErrors: true, uniqueKeys: true });
    const [error] = document.errors;
    if (error)
        throw fromYamlError(error, fileName);
    const at = (node) => {
        const offset = node?.range?.[0];
        if (offset === undefined)
            return { file: fileName };
        const { line, col } = lineCounter.linePos(offset);
        return { file: fileName, line, column: col };
    };
    const fail = (node, reason) => {
        throw new SourceError(at(node), reason);
    };
    const policy = { file: fileName, defaults: {}, metrics: [], rules: [] };
    const root = document.contents;
    if (root === null || (isScalar(root) && root.value === null))
        return policy;
    if (!isMap(root))
        return fail(root, "expected a mapping with 'defaults', 'metrics' and/or 'rules'");
    for (const pair of pairs(root)) {
        const key = keyOf(pair, fail);
        const value = pair.value;
        if (key === "defaults")
            policy.defaults = readDefaults(value);
        else if (key === "metrics")
            policy.metrics = readMetrics(value);
        else if (key === "rules")
            policy.rules = readRules(value);
        else {
            const hint = didYouMean(key, TOP_KEYS) ||
                (isMap(value) ? `; metric entries go under 'metrics:'` : `; expected ${TOP_KEYS.join(", ")}`);
            fail(pair.key, `unknown key '${key}' at the top level${hint}`);
        }
    }
    return policy;
    function readDefaults(node) {
        const defaults = {};
        if (isNull(node))
            return defaults;
        if (!isMap(node))
            return fail(node, "expected 'defaults' to be a mapping (tolerance, severity, missing)");
        for (const pair of pairs(node)) {
            const key = keyOf(pair, fail);
            const value = pair.value;
            if (key === "tolerance")
                defaults.tolerance = readAmount(value, key, "defaults");
            else if (key === "severity")
                defaults.severity = readChoice(value, key, "defaults", SEVERITIES);
            else if (key === "missing")
                defaults.missing = readChoice(value, key, "defaults", MISSING_MODES);
            else {
                const onlyPerMetric = ENTRY_KEYS.includes(key)
                    ? `; '${key}' is set per metric, defaults take only ${DEFAULT_KEYS.join(", ")}`
                    : didYouMean(key, DEFAULT_KEYS) || `; expected ${DEFAULT_KEYS.join(", ")}`;
                fail(pair.key, `unknown key '${key}' in defaults${onlyPerMetric}`);
            }
        }
        return defaults;
    }
    function readMetrics(node) {
        if (isNull(node))
            return [];
        if (!isMap(node))
            return fail(node, "expected 'metrics' to be a mapping of metric names or globs to settings");
        return pairs(node).map((pair) => readEntry(pair));
    }
    function readEntry(pair) {
        const pattern = keyOf(pair, fail);
        const entry = { pattern, location: at(pair.key) };
        const node = pair.value;
        if (isNull(node))
            return entry;
        if (!isMap(node)) {
            return fail(node, `expected metric '${pattern}' to be a mapping of settings (${ENTRY_KEYS.join(", ")})`);
        }
        const where = `metric '${pattern}'`;
        for (const setting of pairs(node)) {
            const key = keyOf(setting, fail);
            const value = setting.value;
            switch (key) {
                case "direction":
                    entry.direction = readChoice(value, key, where, DIRECTIONS);
                    break;
                case "min":
                    entry.min = readNumber(value, key, where);
                    break;
                case "max":
                    entry.max = readNumber(value, key, where);
                    break;
                case "max-drop":
                    entry.maxDrop = readAmount(value, key, where);
                    break;
                case "max-rise":
                    entry.maxRise = readAmount(value, key, where);
                    break;
                case "tolerance":
                    entry.tolerance = readAmount(value, key, where);
                    break;
                case "severity":
                    entry.severity = readChoice(value, key, where, SEVERITIES);
                    break;
                case "missing":
                    entry.missing = readChoice(value, key, where, MISSING_MODES);
                    break;
                default: {
                    const hint = didYouMean(key, ENTRY_KEYS) || `; expected one of ${ENTRY_KEYS.join(", ")}`;
                    fail(setting.key, `unknown key '${key}' in ${where}${hint}`);
                }
            }
        }
        if (entry.min !== undefined && entry.max !== undefined && entry.min > entry.max) {
            fail(node, `min (${entry.min}) is greater than max (${entry.max}) in ${where}; no value can pass`);
        }
        return entry;
    }
    function readRules(node) {
        if (isNull(node))
            return [];
        if (!isSeq(node))
            return fail(node, "expected 'rules' to be a list of rules like '- accuracy >= 0.9'");
        return node.items.map((item) => {
            const ruleNode = item;
            if (!isScalar(ruleNode) || typeof ruleNode.value !== "string") {
                return fail(ruleNode, "expected a rule as text, like 'f1 >= baseline - 0.01'");
            }
            return parseRule(ruleNode.value, ruleTextStart(ruleNode));
        });
    }
    /** Where the rule's text starts, so rule errors point at the right column (inside quotes too). */
    function ruleTextStart(node) {
        const start = at(node);
        const quoted = node.type === Scalar.QUOTE_DOUBLE || node.type === Scalar.QUOTE_SINGLE;
        return quoted && start.column !== undefined ? { ...start, column: start.column + 1 } : start;
    }
    function readNumber(node, key, where) {
        if (isScalar(node) && typeof node.value === "number" && Number.isFinite(node.value))
            return node.value;
        const hint = isScalar(node) && typeof node.value === "string" && PERCENT.test(node.value)
            ? ` ('${key}' is an absolute bound; percentages are for max-drop, max-rise and tolerance)`
            : "";
        return fail(node, `expected '${key}' in ${where} to be a number, found ${show(node)}${hint}`);
    }
    function readAmount(node, key, where) {
        if (isScalar(node)) {
            if (typeof node.value === "number" && Number.isFinite(node.value) && node.value >= 0) {
                return { value: node.value, percent: false };
            }
            const percent = typeof node.value === "string" ? PERCENT.exec(node.value) : null;
            if (percent?.[1] !== undefined)
                return { value: Number(percent[1]), percent: true };
        }
        return fail(node, `expected '${key}' in ${where} to be a non-negative number or a percentage like '2%', found ${show(node)}`);
    }
    function readChoice(node, key, where, choices) {
        const value = isScalar(node) ? node.value : undefined;
        const choice = choices.find((c) => c === value);
        if (choice !== undefined)
            return choice;
        const hint = typeof value === "string" ? didYouMean(value, choices) : "";
        return fail(node, `expected '${key}' in ${where} to be one of ${choices.join(", ")}, found ${show(node)}${hint}`);
    }
}
function pairs(map) {
    return map.items;
}
function keyOf(pair, fail) {
    const key = pair.key;
    if (isScalar(key) && (typeof key.value === "string" || typeof key.value === "number") && key.value !== "") {
        return String(key.value);
    }
    return fail(key, "expected a plain key (a name)");
}
function isNull(node) {
    return node === null || node === undefined || (isScalar(node) && node.value === null);
}
function show(node) {
    if (isNull(node))
        return "nothing";
    if (isScalar(node))
        return typeof node.value === "string" ? `'${node.value}'` : String(node.value);
    return isSeq(node) ? "a list" : "a mapping";
}

;// CONCATENATED MODULE: ./packages/metrics/src/policy.ts
/** A policy with nothing in it: every metric is shown, none is gated. */
function emptyPolicy(file = "(no policy)") {
    return { file, defaults: {}, metrics: [], rules: [] };
}

;// CONCATENATED MODULE: ./packages/metrics/src/predictions/compare-predictions.ts





/** Numeric labels with more distinct values than this are a regression target. */
const MAX_CLASSES_FOR_NUMBERS = 20;
const LOWER_IS_BETTER = new Set(["log_loss", "mae", "rmse"]);
/**
 * Computes the metrics of both models from their predictions on the same examples, a seeded paired
 * bootstrap interval for each difference, and McNemar's exact test for accuracy; then calls each
 * metric regressed, improved, within-noise (no significant change, not worse) or inconclusive (no
 * significant change, but worse, or too few resamples where the metric is defined).
 */
function comparePredictions(paired, options = {}) {
    const seed = options.seed ?? DEFAULT_SEED;
    const resamples = options.resamples ?? DEFAULT_RESAMPLES;
    const confidence = options.confidence ?? 0.95;
    const n = paired.labels.length;
    const task = taskOf(paired);
    const side = task === "classification" ? classificationSides(paired) : regressionSides(paired);
    const intervals = pairedBootstrap(n, (indices) => {
        const candidate = side.scores("candidate", indices);
        const baseline = side.scores("baseline", indices);
        return side.names.map((name) => {
            const c = candidate[name];
            const b = baseline[name];
            return c === undefined || b === undefined ? undefined : c - b;
        });
    }, { seed, resamples, confidence });
    const full = { candidate: side.scores("candidate"), baseline: side.scores("baseline") };
    const mcnemar = side.mcnemar?.();
    const alpha = 1 - confidence;
    const metrics = side.names.flatMap((name, k) => {
        const candidate = full.candidate[name];
        const baseline = full.baseline[name];
        const interval = intervals[k];
        if (candidate === undefined || baseline === undefined || interval === undefined)
            return [];
        const direction = LOWER_IS_BETTER.has(name) ? "lower" : "higher";
        const pValue = name === "accuracy" ? mcnemar?.pValue : undefined;
        const significant = pValue !== undefined ? pValue < alpha : interval.valid > 0 && (interval.low > 0 || interval.high < 0);
        const difference = candidate - baseline;
        const worse = direction === "higher" ? difference < 0 : difference > 0;
        const enough = interval.valid >= 0.95 * resamples;
        const status = !enough
            ? "inconclusive"
            : significant
                ? worse
                    ? "regressed"
                    : difference === 0
                        ? "within-noise"
                        : "improved"
                : worse
                    ? "inconclusive"
                    : "within-noise";
        return [
            {
                name,
                direction,
                candidate,
                baseline,
                difference,
                interval: { low: interval.low, high: interval.high, confidence, valid: interval.valid, resamples },
                ...(pValue !== undefined && { pValue }),
                significant,
                status,
            },
        ];
    });
    return {
        task,
        examples: n,
        pairedBy: paired.pairedBy,
        ...(side.classes && { classes: side.classes }),
        ...(side.positiveClass !== undefined && { positiveClass: side.positiveClass }),
        seed,
        resamples,
        confidence,
        ...(mcnemar && { mcnemar }),
        metrics,
    };
}
function isNumber(text) {
    return text.trim() !== "" && Number.isFinite(Number(text));
}
function taskOf(paired) {
    const all = [...paired.labels, ...paired.candidate.predictions, ...paired.baseline.predictions];
    if (!all.every(isNumber))
        return "classification";
    const integral = all.every((text) => Number.isInteger(Number(text)));
    return integral && new Set(paired.labels).size <= MAX_CLASSES_FOR_NUMBERS ? "classification" : "regression";
}
function classificationSides(paired) {
    const numeric = [...paired.labels, ...paired.candidate.predictions, ...paired.baseline.predictions].every(isNumber);
    const classes = [
        ...new Set([...paired.labels, ...paired.candidate.predictions, ...paired.baseline.predictions]),
    ].sort(numeric ? (a, b) => Number(a) - Number(b) : undefined);
    const id = new Map(classes.map((name, i) => [name, i]));
    const encode = (values) => Int32Array.from(values, (v) => id.get(v));
    const truth = encode(paired.labels);
    const predicted = {
        candidate: encode(paired.candidate.predictions),
        baseline: encode(paired.baseline.predictions),
    };
    const truthClasses = [...new Set(paired.labels)].sort(numeric ? (a, b) => Number(a) - Number(b) : undefined);
    const binary = truthClasses.length === 2 && paired.candidate.scores && paired.baseline.scores;
    const positiveClass = binary ? truthClasses[1] : undefined;
    const positive = Uint8Array.from(paired.labels, (label) => (label === positiveClass ? 1 : 0));
    const scores = {
        candidate: Float64Array.from(paired.candidate.scores ?? []),
        baseline: Float64Array.from(paired.baseline.scores ?? []),
    };
    const names = [
        "accuracy",
        ...["precision", "recall", "f1"].flatMap((m) => ["micro", "macro", "weighted"].map((a) => `${m}_${a}`)),
        ...(binary ? ["roc_auc", "log_loss"] : []),
    ];
    return {
        names,
        classes,
        ...(positiveClass !== undefined && { positiveClass }),
        scores(which, indices) {
            const result = { ...classificationScores(truth, predicted[which], classes.length, indices) };
            if (binary) {
                result.roc_auc = rocAuc(positive, scores[which], indices);
                result.log_loss = logLoss(positive, scores[which], indices);
            }
            return result;
        },
        mcnemar() {
            let candidateOnly = 0;
            let baselineOnly = 0;
            for (let i = 0; i < truth.length; i++) {
                const c = predicted.candidate[i] === truth[i];
                const b = predicted.baseline[i] === truth[i];
                if (c && !b)
                    candidateOnly++;
                if (b && !c)
                    baselineOnly++;
            }
            return { candidateOnly, baselineOnly, pValue: mcnemarExact(candidateOnly, baselineOnly) };
        },
    };
}
function regressionSides(paired) {
    const truth = Float64Array.from(paired.labels, Number);
    const predicted = {
        candidate: Float64Array.from(paired.candidate.predictions, Number),
        baseline: Float64Array.from(paired.baseline.predictions, Number),
    };
    return {
        names: ["mae", "rmse", "r2"],
        scores: (which, indices) => ({ ...regressionScores(truth, predicted[which], indices) }),
    };
}

;// CONCATENATED MODULE: ./packages/metrics/src/predictions/predictions-error.ts
/**
 * A problem in a predictions file, or between the two files being paired. The message is one line that
 * names the file; `location`, when known, is where an annotation should point.
 */
class predictions_error_PredictionsError extends Error {
    name = "PredictionsError";
    location;
    constructor(message, location) {
        super(message);
        this.location = location;
    }
}

;// CONCATENATED MODULE: ./packages/metrics/src/predictions/pair-predictions.ts

/**
 * Matches the two sides example by example: by `id` when both files have one (the same ids, each once),
 * else by row order (the same number of rows). The truth must agree: they must be the same examples.
 */
function pairPredictions(candidate, baseline) {
    const baselineOrder = candidate.ids && baseline.ids ? orderById(candidate, baseline) : orderByRow(candidate, baseline);
    const pick = (values) => values && baselineOrder.map((i) => values[i]);
    candidate.labels.forEach((label, i) => {
        const other = baseline.labels[baselineOrder[i]];
        if (other !== label) {
            const example = candidate.ids?.[i] ?? `row ${i + 2}`;
            throw new PredictionsError(`${baseline.file}: example ${example} has label '${other}' but '${label}' in ${candidate.file}; both files must hold the same examples`);
        }
    });
    const baselineScores = pick(baseline.scores);
    return {
        labels: candidate.labels,
        candidate: { predictions: candidate.predictions, ...(candidate.scores && { scores: candidate.scores }) },
        baseline: {
            predictions: pick(baseline.predictions) ?? [],
            ...(baselineScores && { scores: baselineScores }),
        },
        pairedBy: candidate.ids && baseline.ids ? "id" : "order",
    };
}
function orderById(candidate, baseline) {
    const position = new Map();
    (baseline.ids ?? []).forEach((id, i) => {
        if (position.has(id))
            throw new PredictionsError(`${baseline.file}: example id '${id}' appears twice`);
        position.set(id, i);
    });
    const seen = new Set();
    const order = (candidate.ids ?? []).map((id) => {
        if (seen.has(id))
            throw new PredictionsError(`${candidate.file}: example id '${id}' appears twice`);
        seen.add(id);
        const index = position.get(id);
        if (index === undefined)
            throw new PredictionsError(`${baseline.file}: has no example with id '${id}' (from ${candidate.file})`);
        return index;
    });
    if (order.length !== position.size) {
        throw new PredictionsError(`${baseline.file}: has ${position.size} examples, ${candidate.file} ${order.length}; both must hold the same examples`);
    }
    return order;
}
function orderByRow(candidate, baseline) {
    if (candidate.labels.length !== baseline.labels.length) {
        throw new PredictionsError(`${baseline.file}: has ${baseline.labels.length} examples, ${candidate.file} ${candidate.labels.length}; both must hold the same examples (add an 'id' column to match them by id)`);
    }
    return candidate.labels.map((_, i) => i);
}

;// CONCATENATED MODULE: ./packages/metrics/src/predictions/parse-predictions.ts

const COLUMNS = {
    id: ["id", "example_id", "example"],
    label: ["label", "y_true", "target", "truth", "actual"],
    prediction: ["prediction", "y_pred", "pred", "predicted"],
    score: ["score", "y_score", "proba", "probability", "y_proba"],
};
/**
 * Parses a CSV or TSV (by the extension of `file`, else sniffed from the header) with a header row naming
 * the columns: `label` (or y_true, target, truth, actual), `prediction` (or y_pred, pred, predicted),
 * optional `id` and optional `score` (the positive class's probability). `file` is the name errors and
 * the result point at. csv-parse is loaded only here.
 */
async function parsePredictions(text, file) {
    const firstLine = text.split(/\r?\n/, 1)[0] ?? "";
    const delimiter = /\.tsv$/i.test(file) || (!/\.csv$/i.test(file) && firstLine.includes("\t")) ? "\t" : ",";
    const { parse } = await __webpack_require__.e(/* import() */ 175).then(__webpack_require__.bind(__webpack_require__, 25175));
    let rows;
    try {
        rows = parse(text, { delimiter, trim: true, skip_empty_lines: true, bom: true });
    }
    catch (error) {
        const line = error.lines;
        throw new PredictionsError(`${file}${line ? `:${line}` : ""}: not a valid ${delimiter === "," ? "CSV" : "TSV"} file: ${error.message}`, {
            file,
            ...(line !== undefined && { line }),
        });
    }
    const [header = [], ...body] = rows;
    const column = (names) => header.findIndex((h) => names.includes(h.toLowerCase()));
    const at = {
        id: column(COLUMNS.id),
        label: column(COLUMNS.label),
        prediction: column(COLUMNS.prediction),
        score: column(COLUMNS.score),
    };
    if (at.label < 0 || at.prediction < 0) {
        throw new PredictionsError(`${file}:1: expected a header with a 'label' column (or ${COLUMNS.label.slice(1).join(", ")}) and a 'prediction' column (or ${COLUMNS.prediction.slice(1).join(", ")}); found ${header.join(", ") || "nothing"}`, { file, line: 1 });
    }
    if (body.length === 0)
        throw new PredictionsError(`${file}: no examples after the header`, { file, line: 1 });
    const cell = (row, index) => row[index] ?? "";
    const scores = at.score < 0 ? undefined : body.map((row, i) => parseScore(cell(row, at.score), file, i + 2));
    return {
        file,
        ...(at.id >= 0 && { ids: body.map((row) => cell(row, at.id)) }),
        labels: body.map((row) => cell(row, at.label)),
        predictions: body.map((row) => cell(row, at.prediction)),
        ...(scores && { scores }),
    };
}
function parseScore(text, file, line) {
    const value = Number(text);
    if (text === "" || !Number.isFinite(value) || value < 0 || value > 1) {
        throw new PredictionsError(`${file}:${line}: score '${text}' is not a probability between 0 and 1`, {
            file,
            line,
        });
    }
    return value;
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
;// CONCATENATED MODULE: ./packages/metrics/src/flatten.ts


/**
 * Flattens nested mappings into dotted names and arrays into indexes:
 * `{"a":{"b":[1,2]}}` → `a.b.0 = 1`, `a.b.1 = 2`. Empty mappings and arrays contribute nothing.
 * The top level must be a mapping. Two paths that flatten to the same name (`{"a.b":1,"a":{"b":2}}`)
 * are an error rather than one silently hiding the other.
 */
function flattenMetrics(tree, file) {
    if (tree === null || typeof tree !== "object" || Array.isArray(tree)) {
        throw new source_error_SourceError({ file }, `expected a mapping of metric names to values at the top level, found ${describeKind(tree)}`);
    }
    const metrics = new Map();
    const visit = (node, name) => {
        if (node !== null && typeof node === "object") {
            const entries = Array.isArray(node)
                ? node.map((v, i) => [String(i), v])
                : Object.entries(node);
            for (const [key, child] of entries)
                visit(child, name === "" ? key : `${name}.${key}`);
            return;
        }
        if (metrics.has(name)) {
            throw new source_error_SourceError({ file }, `metric '${name}' is defined twice (a dotted key and a nested one)`);
        }
        metrics.set(name, toMetricValue(node, name, file));
    };
    visit(tree, "");
    return metrics;
}
function toMetricValue(node, name, file) {
    if (typeof node === "number" || typeof node === "string" || typeof node === "boolean" || node === null) {
        return coerceValue(node);
    }
    throw new source_error_SourceError({ file }, `metric '${name}' has an unsupported value of type ${typeof node}`);
}
function describeKind(tree) {
    if (Array.isArray(tree))
        return "a list";
    if (tree === null || tree === undefined)
        return "nothing";
    return `a ${typeof tree}`;
}

;// CONCATENATED MODULE: ./packages/metrics/src/json-parse.ts

const json_parse_NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const WORDS = [
    ["true", true],
    ["false", false],
    ["null", null],
    // Python's json.dump writes these for float('nan') / float('inf'); training scripts emit them.
    ["NaN", Number.NaN],
    ["Infinity", Number.POSITIVE_INFINITY],
    ["-Infinity", Number.NEGATIVE_INFINITY],
];
/**
 * Strict JSON plus Python's `NaN`, `Infinity` and `-Infinity`. Unlike JSON.parse, every error carries
 * the line and column, and a key repeated in one object is an error (JSON.parse keeps the last one).
 */
function parseJson(text, file) {
    let pos = 0;
    const fail = (reason, at = pos) => {
        throw new source_error_SourceError(locationAt(text, at, file), reason);
    };
    const found = () => {
        if (pos >= text.length)
            return "end of file";
        const word = /[A-Za-z0-9_+\-.]+/y;
        word.lastIndex = pos;
        const match = word.exec(text);
        return `'${match ? match[0] : text[pos]}'`;
    };
    const skipSpace = () => {
        while (pos < text.length && " \t\n\r".includes(text[pos] ?? ""))
            pos++;
    };
    const readString = () => {
        const start = pos;
        let end = pos + 1;
        while (end < text.length && text[end] !== '"' && text[end] !== "\n")
            end += text[end] === "\\" ? 2 : 1;
        if (text[end] !== '"')
            return fail("unterminated string; expected a closing '\"' on the same line");
        pos = end + 1;
        try {
            return JSON.parse(text.slice(start, pos));
        }
        catch {
            return fail('invalid string: control characters must be escaped, escapes are \\n \\t \\" \\\\ \\uXXXX', start);
        }
    };
    const readValue = () => {
        skipSpace();
        const c = text[pos];
        if (c === "{")
            return readObject();
        if (c === "[")
            return readArray();
        if (c === '"')
            return readString();
        for (const [word, value] of WORDS) {
            if (text.startsWith(word, pos)) {
                pos += word.length;
                return value;
            }
        }
        json_parse_NUMBER.lastIndex = pos;
        const number = json_parse_NUMBER.exec(text);
        if (number) {
            pos = json_parse_NUMBER.lastIndex;
            return Number(number[0]);
        }
        return fail(`expected a value, found ${found()}`);
    };
    const readObject = () => {
        const object = {};
        pos++;
        skipSpace();
        if (text[pos] === "}") {
            pos++;
            return object;
        }
        for (;;) {
            skipSpace();
            if (text[pos] !== '"')
                fail(`expected a property name in double quotes, found ${found()}`);
            const keyAt = pos;
            const key = readString();
            if (Object.hasOwn(object, key))
                fail(`duplicate key ${JSON.stringify(key)}`, keyAt);
            skipSpace();
            if (text[pos] !== ":")
                fail(`expected ':' after property name, found ${found()}`);
            pos++;
            object[key] = readValue();
            skipSpace();
            if (text[pos] === ",") {
                pos++;
                continue;
            }
            if (text[pos] === "}") {
                pos++;
                return object;
            }
            fail(`expected ',' or '}' after property value, found ${found()}`);
        }
    };
    const readArray = () => {
        const array = [];
        pos++;
        skipSpace();
        if (text[pos] === "]") {
            pos++;
            return array;
        }
        for (;;) {
            array.push(readValue());
            skipSpace();
            if (text[pos] === ",") {
                pos++;
                continue;
            }
            if (text[pos] === "]") {
                pos++;
                return array;
            }
            fail(`expected ',' or ']' after array element, found ${found()}`);
        }
    };
    if (text.charCodeAt(0) === 0xfeff)
        pos = 1;
    const value = readValue();
    skipSpace();
    if (pos < text.length)
        fail(`unexpected ${found()} after the end of the JSON value`);
    return value;
}

;// CONCATENATED MODULE: ./packages/metrics/src/table-parse.ts
/**
 * RFC 4180 reading of CSV or TSV text: quoted cells may hold the delimiter, doubled quotes and line
 * breaks. Blank lines are skipped; cells are trimmed. Returns the line of an unterminated quote instead
 * of throwing, so the caller can phrase the error.
 */
function parseDelimited(text, delimiter) {
    const rows = [];
    let cells = [];
    let cell = "";
    let quoted = false;
    let line = 1;
    let rowLine = 1;
    let quoteLine = 0;
    const endRow = () => {
        cells.push(cell);
        if (cells.some((c) => c.trim() !== ""))
            rows.push({ line: rowLine, cells: cells.map((c) => c.trim()) });
        cells = [];
        cell = "";
    };
    const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    for (let i = start; i < text.length; i++) {
        const c = text[i];
        if (quoted) {
            if (c === '"' && text[i + 1] === '"') {
                cell += '"';
                i++;
            }
            else if (c === '"') {
                quoted = false;
            }
            else {
                if (c === "\n")
                    line++;
                cell += c;
            }
        }
        else if (c === '"' && cell.trim() === "") {
            quoted = true;
            quoteLine = line;
            cell = "";
        }
        else if (c === delimiter) {
            cells.push(cell);
            cell = "";
        }
        else if (c === "\n" || c === "\r") {
            if (c === "\r" && text[i + 1] === "\n")
                i++;
            endRow();
            line++;
            rowLine = line;
        }
        else {
            cell += c;
        }
    }
    if (quoted)
        return { rows, unterminatedQuoteLine: quoteLine };
    endRow();
    return { rows };
}

;// CONCATENATED MODULE: ./packages/metrics/src/read-table.ts



const NAME_HEADERS = new Set(["name", "metric", "key", "metric_name"]);
const VALUE_HEADERS = new Set(["value", "score", "metric_value"]);
/**
 * Reads metrics from CSV or TSV in one of two shapes, decided in this order:
 * 1. a long table with a `name,value` header (first cell name|metric|key|metric_name, second
 *    value|score|metric_value, any case) — one metric per following row;
 * 2. a wide table — exactly two rows of equal width whose first row holds no number: the names, then
 *    the values;
 * 3. a long table without header — every row has exactly two cells, name then value.
 * Anything else is an error naming the row that does not fit.
 */
function readTable(text, delimiter, file) {
    const { rows, unterminatedQuoteLine } = parseDelimited(text, delimiter);
    if (unterminatedQuoteLine !== undefined) {
        throw new source_error_SourceError({ file, line: unterminatedQuoteLine }, "unterminated quoted cell");
    }
    const [first, second] = rows;
    if (!first)
        throw new source_error_SourceError({ file }, "no metrics: the file has no rows");
    if (isNameValueHeader(first))
        return readLong(rows.slice(1), file);
    if (rows.length === 2 && second && isWide(first, second))
        return readWide(first, second, file);
    return readLong(rows, file);
}
function isNameValueHeader(row) {
    const [name, value] = row.cells.map((c) => c.toLowerCase());
    return row.cells.length === 2 && NAME_HEADERS.has(name ?? "") && VALUE_HEADERS.has(value ?? "");
}
function isWide(header, values) {
    return (header.cells.length === values.cells.length && header.cells.every((c) => parseNumber(c) === undefined));
}
function readWide(header, values, file) {
    const metrics = new Map();
    header.cells.forEach((name, i) => {
        addMetric(metrics, name, values.cells[i] ?? "", file, header.line);
    });
    return metrics;
}
function readLong(rows, file) {
    const metrics = new Map();
    for (const row of rows) {
        if (row.cells.length !== 2) {
            throw new source_error_SourceError({ file, line: row.line }, `expected 2 cells (name, value), found ${row.cells.length}; a metrics table is either ` +
                "'name,value' rows or one header row followed by one row of values");
        }
        const [name = "", value = ""] = row.cells;
        addMetric(metrics, name, value, file, row.line);
    }
    return metrics;
}
function addMetric(metrics, name, cell, file, line) {
    if (name === "")
        throw new source_error_SourceError({ file, line }, "empty metric name");
    if (metrics.has(name))
        throw new source_error_SourceError({ file, line }, `metric '${name}' is defined twice`);
    metrics.set(name, coerceValue(cell));
}

;// CONCATENATED MODULE: ./packages/metrics/src/read-metrics.ts








const BY_EXTENSION = {
    ".json": "json",
    ".yaml": "yaml",
    ".yml": "yaml",
    ".csv": "csv",
    ".tsv": "tsv",
};
/** The format named by the file's extension, or undefined when the extension says nothing. */
function formatFromExtension(path) {
    return BY_EXTENSION[(0,external_node_path_.extname)(path).toLowerCase()];
}
/**
 * Guesses the format of text whose extension says nothing (`.txt`, `.metrics`, none):
 * `{` or `[` first → JSON; a tab in the first line → TSV; a comma and no `: ` in the first line → CSV;
 * otherwise YAML.
 */
function sniffFormat(text) {
    const body = text.replace(/^\uFEFF/, "").trimStart();
    if (body.startsWith("{") || body.startsWith("["))
        return "json";
    const firstLine = body.split(/\r?\n/, 1)[0] ?? "";
    if (firstLine.includes("\t"))
        return "tsv";
    if (firstLine.includes(",") && !/:\s/.test(firstLine))
        return "csv";
    return "yaml";
}
/** Reads one metrics file; the format comes from the extension, else from the content. */
async function readMetricsFile(path) {
    let text;
    try {
        text = await (0,promises_.readFile)(path, "utf8");
    }
    catch (error) {
        const code = error.code;
        const reason = code === "ENOENT" ? "file not found" : `cannot read the file (${code ?? String(error)})`;
        throw new source_error_SourceError({ file: path }, reason);
    }
    return parseMetrics(text, formatFromExtension(path) ?? "auto", path);
}
/** Parses metrics text; `sourceName` is the file name errors point at. */
function parseMetrics(text, format, sourceName) {
    const resolved = format === "auto" ? sniffFormat(text) : format;
    return { file: sourceName, format: resolved, metrics: parseAs(text, resolved, sourceName) };
}
function parseAs(text, format, file) {
    switch (format) {
        case "json":
            return flattenMetrics(parseJson(text, file), file);
        case "yaml":
            return flattenMetrics(parseYaml(text, file), file);
        case "csv":
            return readTable(text, ",", file);
        case "tsv":
            return readTable(text, "\t", file);
    }
}
function parseYaml(text, file) {
    const document = (0,dist/* parseDocument */.Tp)(text, { lineCounter: new dist/* LineCounter */.HN(), prettyErrors: true });
    const [error] = document.errors;
    if (error)
        throw yaml_error_fromYamlError(error, file);
    return document.toJS();
}

;// CONCATENATED MODULE: ./packages/metrics/src/index.ts



























/***/ })

};
