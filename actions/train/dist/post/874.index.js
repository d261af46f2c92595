export const id = 874;
export const ids = [874];
export const modules = {

/***/ 5874:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  RayJobsClient: () => (/* reexport */ RayJobsClient)
});

// UNUSED EXPORTS: BUILT_IN_SHELLS, CACHE_KEY_PREFIX, MANIFEST_FILE, MANIFEST_SCHEMA, MlflowClient, RAY_PACKAGE_LIMIT_BYTES, TERMINAL_STATUSES, TailBuffer, TrainError, commandEnvironment, describePython, groupAlive, hashFiles, killGroup, metricsFromLines, packageWorkingDir, parseEnvLines, ranPython, readParams, readTrainingMetrics, resolveFiles, runCacheKey, runCommand, runRayJob, sha256File, shellCommand, signalGroup, stopGroup, trainingRunId, writeManifest

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./packages/train/src/cache-key.ts

/** Bumped when what goes into the key changes, so old entries stop matching. */
const KEY_FORMAT = 1;
const CACHE_KEY_PREFIX = "mlops-train-";
/**
 * The run-cache key, like DVC's run cache: a sha256 over a canonical JSON of everything that defines the
 * run. Deps are keyed by path and content, so renaming a dep or changing one byte gives a new key.
 */
function runCacheKey(input) {
    const canonical = JSON.stringify({
        format: KEY_FORMAT,
        command: input.command,
        shell: input.shell,
        workingDirectory: input.workingDirectory,
        backend: input.backend,
        deps: [...input.deps]
            .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
            .map((dep) => [dep.path, dep.sha256]),
        params: input.paramsSha256 ?? null,
        env: Object.keys(input.env)
            .sort()
            .map((name) => [name, input.env[name]]),
    });
    return `${CACHE_KEY_PREFIX}${createHash("sha256").update(canonical).digest("hex")}`;
}

;// CONCATENATED MODULE: ./packages/train/src/errors.ts
/**
 * A problem the user can fix (a bad input value, a missing file, a failing command). The action turns it
 * into one error line without a stack trace; anything else thrown is a bug.
 */
class errors_TrainError extends Error {
    file;
    constructor(message, options = {}) {
        super(message, options.cause === undefined ? undefined : { cause: options.cause });
        this.name = "TrainError";
        if (options.file !== undefined)
            this.file = options.file;
    }
}

;// CONCATENATED MODULE: ./packages/train/src/env-input.ts

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
/**
 * Parses the `env` input: one `NAME=value` a line; the value is everything after the first `=` (it may
 * contain `=` and spaces, kept as written). Blank lines and lines starting with `#` are skipped.
 */
function parseEnvLines(text) {
    const env = {};
    for (const [index, raw] of text.split(/\r?\n/).entries()) {
        const line = raw.trim();
        if (line === "" || line.startsWith("#"))
            continue;
        const equals = line.indexOf("=");
        const name = equals < 0 ? line : line.slice(0, equals).trim();
        if (equals < 0 || !NAME.test(name)) {
            throw new TrainError(`Input 'env' has value '${line}' on line ${index + 1}: expected NAME=value with NAME made of letters, digits and _`);
        }
        env[name] = line.slice(equals + 1);
    }
    return env;
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./packages/train/src/file-hash.ts





async function file_hash_sha256File(file) {
    const hash = createHash("sha256");
    for await (const chunk of createReadStream(file))
        hash.update(chunk);
    return hash.digest("hex");
}
/**
 * The files `patterns` name, resolved in `baseDir`: a file is itself, a directory is every file under it,
 * anything else is a glob (node:fs glob syntax: `*`, `**`, `{a,b}`). Sorted, without duplicates. A pattern
 * that matches nothing is an error naming `inputName`, unless `allowEmpty`.
 */
async function resolveFiles(patterns, baseDir, inputName, options = {}) {
    const found = new Set();
    for (const pattern of patterns) {
        const matched = await filesOf(pattern, baseDir);
        if (matched.length === 0 && !options.allowEmpty) {
            throw new TrainError(`Input '${inputName}': '${pattern}' matches no file in ${baseDir}`);
        }
        for (const file of matched)
            found.add(file);
    }
    return [...found].filter((file) => !options.exclude?.(file)).sort();
}
async function filesOf(pattern, baseDir) {
    const absolute = resolve(baseDir, pattern);
    const info = await stat(absolute).catch(() => undefined);
    if (info?.isFile())
        return [absolute];
    if (info?.isDirectory())
        return filesUnder(absolute);
    const files = [];
    for await (const match of glob(pattern, { cwd: baseDir })) {
        const path = resolve(baseDir, match);
        const matchInfo = await stat(path);
        if (matchInfo.isFile())
            files.push(path);
        else if (matchInfo.isDirectory())
            files.push(...(await filesUnder(path)));
    }
    return files;
}
async function filesUnder(dir) {
    const files = [];
    for await (const match of glob("**/*", { cwd: dir })) {
        const path = join(dir, match);
        if ((await stat(path)).isFile())
            files.push(path);
    }
    return files;
}
/** sha256 and size of each file, named relative to `baseDir`. */
async function hashFiles(files, baseDir) {
    const hashed = [];
    for (const file of files) {
        const { size } = await stat(file);
        hashed.push({ path: relative(baseDir, file).split(sep).join("/"), sha256: await file_hash_sha256File(file), size });
    }
    return hashed;
}

;// CONCATENATED MODULE: ./packages/train/src/manifest.ts

const MANIFEST_SCHEMA = "mlops-actions/train-manifest@1";
const MANIFEST_FILE = "mlops-manifest.json";
async function writeManifest(manifest, path) {
    await writeFile(path, `${JSON.stringify(manifest, null, 2)}\n`);
}

;// CONCATENATED MODULE: ./packages/metrics/src/check-rule.ts


const LEVEL_OF = { block: "fail", warn: "warn", info: "info" };
/**
 * Checks one rule against a finite candidate value. Baseline rules need a baseline value; when the
 * change from the baseline is within tolerance a failing baseline rule passes as `within-noise`.
 * Absolute rules (`min`, `max`, `accuracy >= 0.9`) are never softened by the tolerance.
 */
function check_rule_checkRule(rule, candidate, baseline, tolerance, defaultSeverity, noise) {
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

;// CONCATENATED MODULE: ./packages/metrics/src/evaluate.ts







const LEVEL_RANK = { none: 0, info: 1, warn: 2, fail: 3 };
const NO_BASELINE = "no baseline";
const SKIPPED_NO_BASELINE = (/* unused pure expression or super */ null && (`not evaluated: ${NO_BASELINE}`));
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
        const hint = known ? "" : didYouMean(name, context.candidate.keys());
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
function source_error_locationAt(text, offset, file) {
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
                throw new SourceError({ file }, `metric '${finalName}' is also defined by another metrics file`);
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
    throw new SourceError({ file: duplicate }, "the same metrics file is listed twice");
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
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
    return new SourceError(location, lowerFirst(reason.trim()));
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
    const { parse } = await __webpack_require__.e(/* import() */ 175).then(__webpack_require__.bind(__webpack_require__, 5175));
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

;// CONCATENATED MODULE: ./packages/metrics/src/flatten.ts


/**
 * Flattens nested mappings into dotted names and arrays into indexes:
 * `{"a":{"b":[1,2]}}` → `a.b.0 = 1`, `a.b.1 = 2`. Empty mappings and arrays contribute nothing.
 * The top level must be a mapping. Two paths that flatten to the same name (`{"a.b":1,"a":{"b":2}}`)
 * are an error rather than one silently hiding the other.
 */
function flatten_flattenMetrics(tree, file) {
    if (tree === null || typeof tree !== "object" || Array.isArray(tree)) {
        throw new SourceError({ file }, `expected a mapping of metric names to values at the top level, found ${describeKind(tree)}`);
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
            throw new SourceError({ file }, `metric '${name}' is defined twice (a dotted key and a nested one)`);
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
    throw new SourceError({ file }, `metric '${name}' has an unsupported value of type ${typeof node}`);
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
function json_parse_parseJson(text, file) {
    let pos = 0;
    const fail = (reason, at = pos) => {
        throw new SourceError(locationAt(text, at, file), reason);
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
function read_table_readTable(text, delimiter, file) {
    const { rows, unterminatedQuoteLine } = parseDelimited(text, delimiter);
    if (unterminatedQuoteLine !== undefined) {
        throw new SourceError({ file, line: unterminatedQuoteLine }, "unterminated quoted cell");
    }
    const [first, second] = rows;
    if (!first)
        throw new SourceError({ file }, "no metrics: the file has no rows");
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
            throw new SourceError({ file, line: row.line }, `expected 2 cells (name, value), found ${row.cells.length}; a metrics table is either ` +
                "'name,value' rows or one header row followed by one row of values");
        }
        const [name = "", value = ""] = row.cells;
        addMetric(metrics, name, value, file, row.line);
    }
    return metrics;
}
function addMetric(metrics, name, cell, file, line) {
    if (name === "")
        throw new SourceError({ file, line }, "empty metric name");
    if (metrics.has(name))
        throw new SourceError({ file, line }, `metric '${name}' is defined twice`);
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
    return BY_EXTENSION[extname(path).toLowerCase()];
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
async function read_metrics_readMetricsFile(path) {
    let text;
    try {
        text = await readFile(path, "utf8");
    }
    catch (error) {
        const code = error.code;
        const reason = code === "ENOENT" ? "file not found" : `cannot read the file (${code ?? String(error)})`;
        throw new SourceError({ file: path }, reason);
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
    const document = parseDocument(text, { lineCounter: new LineCounter(), prettyErrors: true });
    const [error] = document.errors;
    if (error)
        throw fromYamlError(error, file);
    return document.toJS();
}

;// CONCATENATED MODULE: ./packages/metrics/src/index.ts


























;// CONCATENATED MODULE: ./packages/train/src/metrics.ts


/**
 * Reads the metrics file the training wrote (JSON, YAML, CSV or TSV; nested keys flattened with dots)
 * and insists every value is a number: the next steps compare them.
 */
async function readTrainingMetrics(path, shownAs) {
    let read;
    try {
        read = await readMetricsFile(path);
    }
    catch (error) {
        if (error instanceof SourceError) {
            throw new TrainError(`Input 'metrics': ${shownAs}: ${error.reason}`, { file: shownAs, cause: error });
        }
        throw error;
    }
    const metrics = {};
    const notNumbers = [];
    for (const [name, value] of read.metrics) {
        if (typeof value === "number")
            metrics[name] = value;
        else
            notNumbers.push(`${name}=${JSON.stringify(value)}`);
    }
    if (notNumbers.length > 0) {
        throw new TrainError(`Input 'metrics': ${shownAs} has values that are not numbers: ${notNumbers.slice(0, 5).join(", ")}`, { file: shownAs });
    }
    return metrics;
}

;// CONCATENATED MODULE: ./packages/train/src/mlflow-client.ts

class MlflowClient {
    #base;
    #headers;
    constructor(trackingUri, auth = {}) {
        if (!/^https?:\/\//.test(trackingUri)) {
            throw new TrainError(`Input 'mlflow-tracking-uri' has value '${trackingUri}': expected an http(s) URL of an MLflow tracking server`);
        }
        this.#base = trackingUri.replace(/\/+$/, "");
        this.#headers = { "content-type": "application/json" };
        if (auth.token)
            this.#headers.authorization = `Bearer ${auth.token}`;
        else if (auth.username) {
            const basic = Buffer.from(`${auth.username}:${auth.password ?? ""}`).toString("base64");
            this.#headers.authorization = `Basic ${basic}`;
        }
    }
    /** The id of the experiment called `name`, created when it does not exist yet. */
    async experimentId(name) {
        const found = await this.#call("GET", "experiments/get-by-name", { experiment_name: name }, [
            "RESOURCE_DOES_NOT_EXIST",
        ]);
        const experiment = found?.experiment;
        if (experiment?.experiment_id)
            return experiment.experiment_id;
        const created = (await this.#call("POST", "experiments/create", { name }));
        return created.experiment_id;
    }
    async createRun(experimentId, runName, tags) {
        const created = (await this.#call("POST", "runs/create", {
            experiment_id: experimentId,
            run_name: runName,
            start_time: Date.now(),
            tags: Object.entries(tags).map(([key, value]) => ({ key, value })),
        }));
        return created.run.info.run_id;
    }
    async setTag(runId, key, value) {
        await this.#call("POST", "runs/set-tag", { run_id: runId, key, value });
    }
    async finishRun(runId, status) {
        await this.#call("POST", "runs/update", { run_id: runId, status, end_time: Date.now() });
    }
    /** The run's latest metric values, params and tags. */
    async getRun(runId) {
        const { run } = (await this.#call("GET", "runs/get", { run_id: runId }));
        const pairs = (list) => Object.fromEntries((list ?? []).map(({ key, value }) => [key, value]));
        return {
            metrics: pairs(run.data.metrics),
            params: pairs(run.data.params),
            tags: pairs(run.data.tags),
            status: run.info.status,
        };
    }
    /** One REST call; `tolerated` error codes resolve to undefined instead of throwing. */
    async #call(method, endpoint, body, tolerated = []) {
        let url = `${this.#base}/api/2.0/mlflow/${endpoint}`;
        if (method === "GET")
            url += `?${new URLSearchParams(body)}`;
        let response;
        try {
            response = await fetch(url, {
                method,
                headers: this.#headers,
                ...(method === "POST" ? { body: JSON.stringify(body) } : {}),
                signal: AbortSignal.timeout(30_000),
            });
        }
        catch (error) {
            throw new TrainError(`MLflow at ${this.#base} cannot be reached (${endpoint}): ${causeOf(error)}`);
        }
        const text = await response.text();
        const parsed = mlflow_client_parseJson(text);
        if (response.ok)
            return parsed;
        const code = parsed?.error_code;
        if (code !== undefined && tolerated.includes(code))
            return undefined;
        const message = parsed?.message ?? text.slice(0, 200);
        throw new TrainError(`MLflow ${endpoint} failed with HTTP ${response.status} ${code ?? ""}: ${message}`.trim());
    }
}
function mlflow_client_parseJson(text) {
    try {
        return JSON.parse(text);
    }
    catch {
        return undefined;
    }
}
function causeOf(error) {
    const cause = error.cause;
    return cause?.code ?? cause?.message ?? error.message;
}

;// CONCATENATED MODULE: ./packages/train/src/params.ts




/** Reads the `params` file: its hash always, its values when it is JSON or YAML (JSON is YAML). */
async function readParams(path, shownAs) {
    let text;
    try {
        text = await readFile(path, "utf8");
    }
    catch {
        throw new TrainError(`Input 'params': the file '${shownAs}' does not exist or cannot be read`, {
            file: shownAs,
        });
    }
    const sha256 = await sha256File(path);
    try {
        const values = parse(text);
        return values === null || typeof values !== "object"
            ? { file: shownAs, sha256 }
            : { file: shownAs, sha256, values };
    }
    catch {
        return { file: shownAs, sha256 };
    }
}

;// CONCATENATED MODULE: ./packages/train/src/process-group.ts

/**
 * Stopping a whole process tree. Commands start as leaders of their own process group (`detached`), so
 * the shell, the interpreter it starts and everything they fork share one group id, which a single
 * signal to `-pgid` reaches. (A descendant that calls setsid() leaves the group; training scripts do not.)
 */
function groupAlive(pgid) {
    const members = livingMembers(pgid);
    if (members !== undefined)
        return members > 0;
    try {
        process.kill(-pgid, 0);
        return true;
    }
    catch (error) {
        return error.code === "EPERM";
    }
}
function signalGroup(pgid, signal) {
    try {
        process.kill(-pgid, signal);
        return true;
    }
    catch {
        return false;
    }
}
/**
 * SIGTERM to the group, then SIGKILL to whatever is left after `graceMs`; resolves once no process of
 * the group is left (or after a last wait), with how it ended: "term" when every process left within
 * the grace period, "kill" when SIGKILL was needed, "gone" when there was nothing to stop.
 */
async function process_group_stopGroup(pgid, graceMs) {
    if (!groupAlive(pgid) || !signalGroup(pgid, "SIGTERM"))
        return "gone";
    if (await waitUntilGone(pgid, graceMs))
        return "term";
    signalGroup(pgid, "SIGKILL");
    await waitUntilGone(pgid, 5_000);
    return "kill";
}
/** Kills what is left of a group at once (its leader has exited) and waits for it to go. */
async function process_group_killGroup(pgid) {
    if (!groupAlive(pgid))
        return;
    signalGroup(pgid, "SIGKILL");
    await waitUntilGone(pgid, 5_000);
}
async function waitUntilGone(pgid, ms) {
    const deadline = Date.now() + ms;
    while (groupAlive(pgid)) {
        if (Date.now() >= deadline)
            return false;
        await new Promise((resolve) => setTimeout(resolve, 25));
    }
    return true;
}
/**
 * How many processes of the group are running, from /proc (Linux): zombies do not count, since a killed
 * process stays one until its new parent reaps it. Undefined where there is no /proc.
 */
function livingMembers(pgid) {
    let entries;
    try {
        entries = readdirSync("/proc");
    }
    catch {
        return undefined;
    }
    let count = 0;
    for (const entry of entries) {
        if (!/^\d+$/.test(entry))
            continue;
        let stat;
        try {
            stat = readFileSync(`/proc/${entry}/stat`, "utf8");
        }
        catch {
            continue;
        }
        // The command name (2nd field) is in parentheses and may hold spaces: fields follow the last ")".
        const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
        const [state, , group] = fields;
        if (Number(group) === pgid && state !== "Z" && state !== "X")
            count++;
    }
    return count;
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
;// CONCATENATED MODULE: ./packages/train/src/python-env.ts


const run = (0,external_node_util_.promisify)(external_node_child_process_.execFile);
const MENTIONS_PYTHON = /(^|[\s/;&|(])(python[0-9.]*|pip[0-9.]*|pytest|mlflow)(\s|$)|\.py(\s|$)/m;
/** Whether a run ran Python: the `python` shell, or a script naming python, pip or a .py file. */
function ranPython(script, shell) {
    return shell.trim() === "python" || shell.includes("python") || MENTIONS_PYTHON.test(script);
}
/**
 * The Python the command would have found first in its PATH (`python`, else `python3`): its version and
 * installed packages (`python -m pip list --format=json`). Undefined when there is no Python; packages
 * are empty when pip is missing.
 */
async function describePython(env, cwd) {
    for (const name of ["python", "python3"]) {
        const identity = await run(name, ["-c", "import sys; print(sys.executable); print('.'.join(map(str, sys.version_info[:3])))"], { env, cwd, timeout: 30_000 }).catch(() => undefined);
        if (identity === undefined)
            continue;
        const [executable = name, version = ""] = identity.stdout.trim().split(/\r?\n/);
        return { executable, version, packages: await pipList(executable, env, cwd) };
    }
    return undefined;
}
async function pipList(python, env, cwd) {
    const listed = await run(python, ["-m", "pip", "list", "--format=json", "--disable-pip-version-check"], {
        env,
        cwd,
        timeout: 60_000,
        maxBuffer: 16 * 1024 * 1024,
    }).catch(() => undefined);
    if (listed === undefined)
        return [];
    try {
        const packages = JSON.parse(listed.stdout);
        return packages
            .filter((entry) => typeof entry.name === "string" && typeof entry.version === "string")
            .map((entry) => ({ name: entry.name, version: entry.version }))
            .sort((a, b) => a.name.toLowerCase().localeCompare(b.name.toLowerCase()));
    }
    catch {
        return [];
    }
}

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(4708);
;// CONCATENATED MODULE: ./packages/train/src/ray/http.ts


/**
 * A plain HTTP request through node:http(s). Not `fetch`: undici adds `Sec-Fetch-Mode` to every request,
 * and Ray's dashboard refuses anything but GET from what it takes for a browser.
 */
function plainRequest(url, method, headers, body, timeoutMs) {
    const target = new URL(url);
    const send = target.protocol === "https:" ? external_node_https_.request : external_node_http_.request;
    return new Promise((resolve, reject) => {
        const request = send(target, {
            method,
            headers: {
                "user-agent": "mlops-actions-train",
                ...headers,
                ...(body === undefined ? {} : { "content-length": String(Buffer.byteLength(body)) }),
            },
            timeout: timeoutMs,
        }, (response) => {
            const chunks = [];
            response.on("data", (chunk) => chunks.push(chunk));
            response.on("end", () => resolve({ status: response.statusCode ?? 0, text: Buffer.concat(chunks).toString("utf8") }));
            response.on("error", reject);
        });
        request.on("timeout", () => request.destroy(new Error(`no answer within ${timeoutMs / 1000} s`)));
        request.on("error", reject);
        request.end(body);
    });
}

;// CONCATENATED MODULE: ./packages/train/src/ray/jobs-client.ts


const jobs_client_TERMINAL_STATUSES = (/* unused pure expression or super */ null && (["STOPPED", "SUCCEEDED", "FAILED"]));
class RayJobsClient {
    #base;
    #headers;
    /** `address` is the dashboard's http(s) URL; `token` goes along as a bearer token when given. */
    constructor(address, token) {
        if (!/^https?:\/\//.test(address)) {
            throw new errors_TrainError(`Input 'ray-address' has value '${address}': expected the http(s) URL of the cluster's dashboard, such as http://127.0.0.1:8265`);
        }
        this.#base = address.replace(/\/+$/, "");
        this.#headers = token ? { authorization: `Bearer ${token}` } : {};
    }
    async packageExists(uri) {
        return (await this.#fetch("GET", packagePath(uri))).status === 200;
    }
    async uploadPackage(uri, zip) {
        const response = await this.#fetch("PUT", packagePath(uri), zip, "application/octet-stream");
        if (!ok(response))
            throw this.#failure("upload of the working directory", response);
    }
    /** The job with this submission id, or undefined when the cluster has none. */
    async getJob(submissionId) {
        const response = await this.#fetch("GET", `/api/jobs/${encodeURIComponent(submissionId)}`);
        if (response.status === 404)
            return undefined;
        if (!ok(response))
            throw this.#failure(`status of job ${submissionId}`, response);
        return JSON.parse(response.text);
    }
    async submitJob(request) {
        const response = await this.#fetch("POST", "/api/jobs/", JSON.stringify(request), "application/json");
        if (!ok(response))
            throw this.#failure(`submission of job ${request.submission_id}`, response);
    }
    /** Everything the job has logged so far. */
    async logs(submissionId) {
        const response = await this.#fetch("GET", `/api/jobs/${encodeURIComponent(submissionId)}/logs`);
        if (!ok(response))
            throw this.#failure(`logs of job ${submissionId}`, response);
        return JSON.parse(response.text).logs ?? "";
    }
    async stopJob(submissionId) {
        const response = await this.#fetch("POST", `/api/jobs/${encodeURIComponent(submissionId)}/stop`);
        if (!ok(response))
            throw this.#failure(`stop of job ${submissionId}`, response);
        return JSON.parse(response.text).stopped === true;
    }
    async #fetch(method, path, body, contentType) {
        const headers = { ...this.#headers, ...(contentType ? { "content-type": contentType } : {}) };
        try {
            return await plainRequest(`${this.#base}${path}`, method, headers, body, 120_000);
        }
        catch (error) {
            const code = error.code ?? error.message;
            throw new errors_TrainError(`The Ray dashboard at ${this.#base} cannot be reached (${method} ${path}): ${code}`);
        }
    }
    #failure(what, response) {
        // Ray answers some errors with a Python traceback: its last line is the message.
        const lines = response.text.split("\n").filter((line) => line.trim() !== "" && line.trim() !== ".");
        const message = (lines.at(-1) ?? "").slice(0, 300);
        return new errors_TrainError(`Ray refused the ${what} (HTTP ${response.status}): ${message}`);
    }
}
function ok(response) {
    return response.status >= 200 && response.status < 300;
}
function packagePath(uri) {
    const match = /^([a-z0-9]+):\/\/(.+)$/.exec(uri);
    if (!match)
        throw new Error(`not a Ray package URI: ${uri}`);
    return `/api/packages/${match[1]}/${encodeURIComponent(match[2])}`;
}

;// CONCATENATED MODULE: ./packages/train/src/ray/metric-lines.ts

/**
 * The line format a Ray job uses to hand metrics back (the job's files stay on the cluster):
 * `mlops-metric: <name>=<number>` alone on a line, e.g. `print(f"mlops-metric: accuracy={acc}")`.
 * Names are letters, digits, `_`, `.`, `-` and `/`; a later line for the same name wins.
 */
const METRIC_LINE = /^\s*mlops-metric:\s*([A-Za-z0-9_./-]+)\s*=\s*(\S+)\s*$/;
function metric_lines_metricsFromLines(text) {
    const metrics = {};
    for (const line of text.split(/\r?\n/)) {
        const match = METRIC_LINE.exec(line);
        if (!match)
            continue;
        const value = parseNumber(match[2]);
        if (value !== undefined)
            metrics[match[1]] = value;
    }
    return metrics;
}

;// CONCATENATED MODULE: ./packages/train/src/ray/package-dir.ts








const package_dir_run = (0,external_node_util_.promisify)(external_node_child_process_.execFile);
/**
 * Ray keeps an uploaded working_dir in its GCS, bounded by the gRPC message size (512 MiB in Ray 2.x,
 * `GCS_STORAGE_MAX_SIZE` in ray/_private/runtime_env/packaging.py).
 */
const RAY_PACKAGE_LIMIT_BYTES = (/* unused pure expression or super */ null && (512 * 1024 * 1024));
/**
 * Zips a working directory the way `ray job submit --working-dir` ships it: files at the zip's root.
 * Files ignored by git (`.gitignore`, `.git/info/exclude`) are left out when the folder is in a git
 * work tree, and so are `.git` and virtualenvs (any folder holding `pyvenv.cfg`) always.
 */
async function package_dir_packageWorkingDir(dir, limitBytes = RAY_PACKAGE_LIMIT_BYTES) {
    const files = (await gitFiles(dir)) ?? (await walk(dir, ""));
    const venvs = new Map();
    const kept = files.filter((file) => !isExcluded(dir, file, venvs)).sort();
    const entries = {};
    const hash = createHash("sha256");
    let rawBytes = 0;
    for (const file of kept) {
        const bytes = await readFile(join(dir, file)).catch(() => undefined);
        if (bytes === undefined)
            continue; // listed by git but deleted in the work tree
        rawBytes += bytes.length;
        entries[file] = [bytes, { level: 6 }];
        hash.update(file).update("\0").update(bytes);
    }
    const zip = zipSync(entries);
    if (zip.length >= limitBytes) {
        throw new TrainError(`The working directory packs to ${mib(zip.length)} (${kept.length} files, ${mib(rawBytes)} before compression), over Ray's limit of ${mib(limitBytes)} for an uploaded working_dir: list large files (data, checkpoints) in .gitignore and have the job read them from storage the cluster can reach`);
    }
    return { uri: `gcs://_ray_pkg_${hash.digest("hex").slice(0, 32)}.zip`, zip, files: kept };
}
/** Files git would commit: tracked ones plus untracked ones that are not ignored. Undefined outside git. */
async function gitFiles(dir) {
    try {
        const { stdout } = await package_dir_run("git", ["ls-files", "--cached", "--others", "--exclude-standard", "-z"], {
            cwd: dir,
            maxBuffer: 256 * 1024 * 1024,
        });
        return stdout.split("\0").filter((file) => file !== "");
    }
    catch {
        return undefined;
    }
}
async function walk(root, relative) {
    const files = [];
    for (const entry of await readdir(join(root, relative), { withFileTypes: true })) {
        const path = relative === "" ? entry.name : `${relative}/${entry.name}`;
        if (entry.isDirectory()) {
            if (entry.name === ".git" || existsSync(join(root, path, "pyvenv.cfg")))
                continue;
            files.push(...(await walk(root, path)));
        }
        else if (entry.isFile())
            files.push(path);
    }
    return files;
}
/** In .git or in a virtualenv (a folder holding pyvenv.cfg); `venvs` remembers folders already looked at. */
function isExcluded(root, file, venvs) {
    const parts = file.split(/[/\\]/);
    if (parts.includes(".git"))
        return true;
    for (let depth = 1; depth < parts.length; depth++) {
        const folder = parts.slice(0, depth).join("/");
        let isVenv = venvs.get(folder);
        if (isVenv === undefined) {
            isVenv = existsSync(join(root, folder, "pyvenv.cfg"));
            venvs.set(folder, isVenv);
        }
        if (isVenv)
            return true;
    }
    return false;
}
function mib(bytes) {
    return `${(bytes / (1024 * 1024)).toFixed(1)} MiB`;
}

;// CONCATENATED MODULE: ./packages/train/src/ray/run-ray-job.ts




const RESTARTABLE = (/* unused pure expression or super */ null && (["FAILED", "STOPPED"]));
/** Submits (or re-attaches to) a Ray job, streams its log and waits for it to end. */
async function runRayJob(options) {
    const started = Date.now();
    const { client } = options;
    const { submissionId, attached } = await submitOrAttach(options);
    options.onJob?.(submissionId);
    const output = options.output ?? process.stdout;
    let stoppedBecause;
    const stop = async (reason) => {
        if (stoppedBecause !== undefined)
            return;
        stoppedBecause = reason;
        output.write(`\nStopping Ray job ${submissionId} (${reason === "timeout" ? "timed out" : "step cancelled"}).\n`);
        await client.stopJob(submissionId).catch(() => false);
    };
    const timer = options.timeoutMs === undefined ? undefined : setTimeout(() => void stop("timeout"), options.timeoutMs);
    const onAbort = () => void stop("cancelled");
    options.signal?.addEventListener("abort", onAbort, { once: true });
    if (options.signal?.aborted)
        onAbort();
    let printed = 0;
    let logs = "";
    let job;
    try {
        for (;;) {
            job = await client.getJob(submissionId);
            logs = await client.logs(submissionId).catch(() => logs);
            if (logs.length > printed) {
                output.write(logs.slice(printed));
                printed = logs.length;
            }
            if (job === undefined)
                throw new TrainError(`The Ray job ${submissionId} disappeared from the cluster`);
            if (TERMINAL_STATUSES.includes(job.status))
                break;
            await new Promise((resolve) => setTimeout(resolve, options.pollMs ?? 1000));
        }
    }
    finally {
        clearTimeout(timer);
        options.signal?.removeEventListener("abort", onAbort);
    }
    if (!logs.endsWith("\n") && logs !== "")
        output.write("\n");
    return {
        submissionId,
        attached,
        status: job.status,
        message: job.message ?? "",
        driverExitCode: job.driver_exit_code ?? undefined,
        stoppedBecause,
        metrics: metricsFromLines(logs),
        logTail: logs
            .split(/\r?\n/)
            .filter((line) => line.trim() !== "")
            .slice(-20),
        durationMs: Date.now() - started,
    };
}
/**
 * The job for this step: an existing one that is pending, running or done is followed; a failed or
 * stopped one is left alone and the next free id (`<id>-2`, `<id>-3`, ...) is submitted.
 */
async function submitOrAttach(options) {
    for (let attempt = 1; attempt <= 50; attempt++) {
        const submissionId = attempt === 1 ? options.submissionId : `${options.submissionId}-${attempt}`;
        const existing = await options.client.getJob(submissionId);
        if (existing !== undefined && !RESTARTABLE.includes(existing.status)) {
            (options.output ?? process.stdout).write(`Following Ray job ${submissionId} (${existing.status}), submitted by an earlier try of this step.\n`);
            return { submissionId, attached: true };
        }
        if (existing !== undefined)
            continue;
        await run_ray_job_submit(options, submissionId);
        return { submissionId, attached: false };
    }
    throw new TrainError(`Ray already has 50 failed or stopped jobs for ${options.submissionId}`);
}
async function run_ray_job_submit(options, submissionId) {
    const runtimeEnv = options.runtimeEnv ?? {};
    if ("working_dir" in runtimeEnv) {
        throw new TrainError("Input 'ray-runtime-env' sets working_dir: the action packages 'working-directory' itself; leave working_dir out");
    }
    const pkg = await packageWorkingDir(options.workingDir);
    const output = options.output ?? process.stdout;
    if (await options.client.packageExists(pkg.uri))
        output.write(`Working directory already on the cluster as ${pkg.uri}\n`);
    else {
        output.write(`Uploading the working directory (${pkg.files.length} files, ${pkg.zip.length} bytes) as ${pkg.uri}\n`);
        await options.client.uploadPackage(pkg.uri, pkg.zip);
    }
    const userVars = (runtimeEnv.env_vars ?? {});
    await options.client.submitJob({
        entrypoint: options.entrypoint,
        submission_id: submissionId,
        runtime_env: { ...runtimeEnv, working_dir: pkg.uri, env_vars: { ...userVars, ...options.envVars } },
        ...(options.metadata ? { metadata: options.metadata } : {}),
    });
    output.write(`Submitted Ray job ${submissionId}\n`);
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
;// CONCATENATED MODULE: ./packages/train/src/shell.ts

const BUILT_IN = {
    bash: { template: "bash --noprofile --norc -eo pipefail {0}", extension: ".sh" },
    sh: { template: "sh -e {0}", extension: ".sh" },
    python: { template: "python {0}", extension: ".py" },
    pwsh: { template: "pwsh -command . '{0}'", extension: ".ps1" },
};
const BUILT_IN_SHELLS = Object.keys(BUILT_IN);
/** Resolves `shell` (a built-in name or a custom template containing `{0}`) for a script file path. */
function shell_shellCommand(shell, scriptPath) {
    const builtIn = BUILT_IN[shell.trim()];
    const template = builtIn?.template ?? shell.trim();
    if (!template.includes("{0}")) {
        throw new TrainError(`Input 'shell' has value '${shell}': expected ${BUILT_IN_SHELLS.join(", ")} or a command template containing {0}, such as 'bash -e {0}'`);
    }
    const argv = template
        .split(/\s+/)
        .filter((word) => word !== "")
        .map((word) => word.replaceAll("{0}", scriptPath));
    return { argv, extension: builtIn?.extension ?? "" };
}

;// CONCATENATED MODULE: ./packages/train/src/run-command.ts








/** Runs a `run:`-style script with live output and stops its whole process tree on timeout or abort. */
async function runCommand(options) {
    const scriptDir = await mkdtemp(join(options.tempDir ?? tmpdir(), "mlops-train-"));
    try {
        const shell = options.shell ?? "bash";
        const scriptPath = join(scriptDir, `run${shellCommand(shell, "").extension}`);
        await writeFile(scriptPath, options.script, { mode: 0o700 });
        return await spawnScript(shellCommand(shell, scriptPath).argv, options);
    }
    finally {
        await rm(scriptDir, { recursive: true, force: true });
    }
}
function spawnScript(argv, options) {
    const [program, ...args] = argv;
    if (program === undefined)
        throw new TrainError("Input 'shell' names no program");
    const startedAt = new Date();
    const stdout = options.stdout ?? process.stdout;
    const stderr = options.stderr ?? process.stderr;
    const tail = new TailBuffer();
    return new Promise((resolve, reject) => {
        const child = spawn(program, args, {
            cwd: options.cwd,
            env: options.env,
            detached: true,
            stdio: ["ignore", "pipe", "pipe"],
        });
        let stoppedBecause;
        let stopping;
        const stop = (reason) => {
            if (stopping !== undefined || child.pid === undefined)
                return;
            stoppedBecause = reason;
            const graceMs = reason === "timeout" ? (options.killGraceMs ?? 10_000) : (options.cancelGraceMs ?? 5_000);
            stopping = stopGroup(child.pid, graceMs);
        };
        const timer = options.timeoutMs === undefined ? undefined : setTimeout(() => stop("timeout"), options.timeoutMs);
        const onAbort = () => stop("cancelled");
        options.signal?.addEventListener("abort", onAbort, { once: true });
        if (options.signal?.aborted)
            onAbort();
        child.stdout.on("data", (chunk) => stdout.write(chunk));
        child.stderr.on("data", (chunk) => {
            stderr.write(chunk);
            tail.push(chunk.toString("utf8"));
        });
        child.once("error", (error) => {
            clearTimeout(timer);
            options.signal?.removeEventListener("abort", onAbort);
            reject(error.code === "ENOENT"
                ? new TrainError(`The shell '${program}' was not found in PATH`)
                : new TrainError(`Could not start '${program}': ${error.message}`));
        });
        child.once("close", async (code, exitSignal) => {
            clearTimeout(timer);
            options.signal?.removeEventListener("abort", onAbort);
            let stoppedWith;
            if (stopping !== undefined) {
                const how = await stopping;
                stoppedWith = how === "kill" ? "kill" : "term";
            }
            // The main process is gone; processes it left behind in its group must not outlive the step.
            if (child.pid !== undefined)
                await killGroup(child.pid);
            resolve({
                exitCode: code ?? undefined,
                exitSignal: exitSignal ?? undefined,
                stoppedBecause,
                stoppedWith,
                stderrTail: tail.lines(),
                durationMs: Date.now() - startedAt.getTime(),
                startedAt,
            });
        });
    });
}

;// CONCATENATED MODULE: ./packages/train/src/index.ts




















/***/ })

};
