export const id = 884;
export const ids = [884];
export const modules = {

/***/ 6884:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runAction: () => (/* binding */ runAction)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
;// CONCATENATED MODULE: ./packages/kit/src/random-hex.ts
/**
 * `digits` random hexadecimal digits, from `Math.random`. No caller needs a secret: an output's
 * delimiter is checked against the value it wraps, and a report's file is created exclusively (`wx`).
 * `node:crypto` would load ~20 more of Node's modules at every action's start (~7 ms, measured on
 * validate-data's bundle) for them.
 */
function randomHex(digits) {
    let text = "";
    while (text.length < digits) {
        text += Math.floor(Math.random() * 0x1_0000_0000)
            .toString(16)
            .padStart(8, "0");
    }
    return text.slice(0, digits);
}

;// CONCATENATED MODULE: ./packages/kit/src/workflow-commands.ts



/** The trimmed value of `INPUT_<NAME>` (upper-cased, spaces as `_`), "" when not given. */
function inputValue(name) {
    return (process.env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] ?? "").trim();
}
/** Sets a step output: in the `GITHUB_OUTPUT` file, or as a `set-output` command without one. */
function writeOutput(name, value) {
    const file = process.env.GITHUB_OUTPUT;
    if (file) {
        appendFileCommand("OUTPUT", file, keyValueMessage(name, value));
        return;
    }
    process.stdout.write(external_node_os_.EOL);
    issueCommand("set-output", { name }, value);
}
/** `::add-mask::`: the runner replaces the value by *** in the log from now on. */
function workflow_commands_addMask(secret) {
    issueCommand("add-mask", {}, secret);
}
/** True when the run has debug logging on (`RUNNER_DEBUG=1`). */
function isDebug() {
    return process.env.RUNNER_DEBUG === "1";
}
/** A line of the step log. */
function info(message) {
    process.stdout.write(message + external_node_os_.EOL);
}
/** A line shown only with debug logging on. */
function debug(message) {
    issueCommand("debug", {}, message);
}
function workflow_commands_annotation(level, message, properties = {}) {
    const { title, file, startLine, endLine, startColumn, endColumn } = properties;
    issueCommand(level, { title, file, line: startLine, endLine, col: startColumn, endColumn }, message);
}
/** `::command key=value,...::message`; properties without a value (or 0, as @actions/core) are left out. */
function issueCommand(command, properties, message) {
    const pairs = Object.entries(properties)
        .filter(([, value]) => Boolean(value))
        .map(([key, value]) => `${key}=${escapeProperty(String(value))}`);
    const head = pairs.length > 0 ? `::${command} ${pairs.join(",")}` : `::${command}`;
    process.stdout.write(`${head}::${escapeData(message)}${external_node_os_.EOL}`);
}
function escapeData(text) {
    return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(text) {
    return escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
/** `name<<delimiter` lines with a random delimiter that neither the name nor the value contains. */
function keyValueMessage(name, value) {
    // Shaped as @actions/core's (a UUID after the prefix).
    const hex = randomHex(32);
    const delimiter = `ghadelimiter_${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
    if (name.includes(delimiter) || value.includes(delimiter)) {
        throw new Error(`Unexpected input: the output '${name}' contains the delimiter "${delimiter}"`);
    }
    return `${name}<<${delimiter}${external_node_os_.EOL}${value}${external_node_os_.EOL}${delimiter}`;
}
function appendFileCommand(command, file, message) {
    if (!(0,external_node_fs_.existsSync)(file))
        throw new Error(`Missing file at path: ${file} (GITHUB_${command})`);
    (0,external_node_fs_.appendFileSync)(file, `${message}${external_node_os_.EOL}`, { encoding: "utf8" });
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./packages/kit/src/workspace.ts

/** The checked-out repository: GITHUB_WORKSPACE on a runner, the current directory elsewhere. */
function workspaceDir() {
    return external_node_path_default().resolve(process.env.GITHUB_WORKSPACE || process.cwd());
}
/** Resolves a user-given path against the workspace (absolute paths are kept). */
function resolveInWorkspace(file) {
    return external_node_path_default().resolve(workspaceDir(), file);
}
/**
 * The path GitHub wants in an annotation: relative to the workspace with forward slashes.
 * A path outside the workspace cannot be linked by GitHub, so it is returned unchanged.
 */
function workspaceRelative(file) {
    const absolute = resolveInWorkspace(file);
    const relative = external_node_path_default().relative(workspaceDir(), absolute);
    if (relative === "" || relative.startsWith("..") || external_node_path_default().isAbsolute(relative))
        return file;
    return relative.split((external_node_path_default()).sep).join("/");
}

;// CONCATENATED MODULE: ./packages/kit/src/annotations.ts


/** GitHub shows at most this many annotations of each level per step. */
const ANNOTATIONS_PER_LEVEL = 10;
function annotate(annotation) {
    const properties = {};
    if (annotation.title)
        properties.title = annotation.title;
    if (annotation.file)
        properties.file = workspaceRelative(annotation.file);
    if (annotation.line !== undefined)
        properties.startLine = annotation.line;
    if (annotation.endLine !== undefined)
        properties.endLine = annotation.endLine;
    if (annotation.column !== undefined)
        properties.startColumn = annotation.column;
    if (annotation.endColumn !== undefined)
        properties.endColumn = annotation.endColumn;
    workflow_commands_annotation(annotation.level, annotation.message, properties);
}
/**
 * Keeps what GitHub will display: per level the first `perLevel` annotations (callers pass them
 * worst first), errors before warnings before notices. When a level overflows, its last slot becomes a
 * line that says how many were left out, so the count stays within GitHub's limit.
 */
function limitAnnotations(annotations, perLevel = ANNOTATIONS_PER_LEVEL) {
    const shown = [];
    const omitted = { error: [], warning: [], notice: [] };
    for (const level of ["error", "warning", "notice"]) {
        const ofLevel = annotations.filter((annotation) => annotation.level === level);
        if (ofLevel.length <= perLevel) {
            shown.push(...ofLevel);
            continue;
        }
        const keep = Math.max(perLevel - 1, 0);
        shown.push(...ofLevel.slice(0, keep));
        omitted[level] = ofLevel.slice(keep);
        const noun = level === "error" ? "errors" : level === "warning" ? "warnings" : "notices";
        shown.push({ level, message: `${omitted[level].length} more ${noun} not shown here; see the step log` });
    }
    return { shown, omitted };
}
/**
 * Emits annotations within GitHub's per-step limits; the ones left out are still written to the log
 * as plain lines, so nothing is lost.
 */
function annotateAll(annotations, perLevel) {
    const limited = limitAnnotations(annotations, perLevel);
    for (const annotation of limited.shown)
        annotate(annotation);
    for (const annotation of Object.values(limited.omitted).flat())
        info(formatPlain(annotation));
    return limited;
}
function formatPlain(annotation) {
    const where = annotation.file
        ? `${workspaceRelative(annotation.file)}${annotation.line !== undefined ? `:${annotation.line}` : ""}${annotation.column !== undefined ? `:${annotation.column}` : ""}: `
        : "";
    return `${annotation.level}: ${where}${annotation.message}`;
}

;// CONCATENATED MODULE: ./packages/kit/src/errors.ts
/**
 * A mistake the user can fix (a bad input, a bad file). It fails the step with one clear line and
 * never a stack trace. Any other thrown Error is treated as a bug in the action.
 */
class UserError extends Error {
    file;
    line;
    column;
    constructor(message, location = {}, options) {
        super(message, options);
        this.name = "UserError";
        if (location.file !== undefined)
            this.file = location.file;
        if (location.line !== undefined)
            this.line = location.line;
        if (location.column !== undefined)
            this.column = location.column;
    }
}
function isUserError(error) {
    return error instanceof UserError;
}

;// CONCATENATED MODULE: ./packages/kit/src/context.ts



function getContext(env = process.env) {
    const repository = env.GITHUB_REPOSITORY ?? "";
    const [owner = "", repo = ""] = repository.split("/", 2);
    const payload = readEventPayload(env.GITHUB_EVENT_PATH);
    const eventName = env.GITHUB_EVENT_NAME ?? "";
    const serverUrl = trimSlash(env.GITHUB_SERVER_URL || "https://github.com");
    const runId = toInteger(env.GITHUB_RUN_ID, 0);
    const runAttempt = toInteger(env.GITHUB_RUN_ATTEMPT, 1);
    const pullRequestNumber = pullRequestNumberOf(eventName, payload);
    return {
        owner,
        repo,
        repository,
        sha: env.GITHUB_SHA ?? "",
        ref: env.GITHUB_REF ?? "",
        refName: env.GITHUB_REF_NAME ?? "",
        eventName,
        payload,
        ...(pullRequestNumber !== undefined && { pullRequestNumber }),
        runId,
        runAttempt,
        serverUrl,
        apiUrl: trimSlash(env.GITHUB_API_URL || "https://api.github.com"),
        graphqlUrl: trimSlash(env.GITHUB_GRAPHQL_URL || "https://api.github.com/graphql"),
        workspace: env.GITHUB_WORKSPACE || process.cwd(),
        runnerTemp: env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(),
        job: env.GITHUB_JOB ?? "",
        workflow: env.GITHUB_WORKFLOW ?? "",
        actor: env.GITHUB_ACTOR ?? "",
        runUrl: runUrlOf(serverUrl, owner, repo, runId, runAttempt),
    };
}
function readEventPayload(file) {
    if (!file)
        return {};
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(file, "utf8");
    }
    catch (error) {
        if (error.code === "ENOENT")
            return {};
        throw error;
    }
    try {
        const parsed = JSON.parse(text);
        return isObject(parsed) ? parsed : {};
    }
    catch (error) {
        throw new UserError(`The event file ${file} (GITHUB_EVENT_PATH) is not valid JSON`, { file }, { cause: error });
    }
}
function pullRequestNumberOf(eventName, payload) {
    const pullRequest = payload.pull_request;
    if (isObject(pullRequest) && typeof pullRequest.number === "number")
        return pullRequest.number;
    if (eventName === "workflow_run" && isObject(payload.workflow_run)) {
        const pulls = payload.workflow_run.pull_requests;
        const first = Array.isArray(pulls) ? pulls[0] : undefined;
        if (isObject(first) && typeof first.number === "number")
            return first.number;
    }
    // A comment on a pull request arrives as an issue_comment whose issue has a pull_request key.
    const issue = payload.issue;
    if (isObject(issue) && isObject(issue.pull_request) && typeof issue.number === "number")
        return issue.number;
    return undefined;
}
function runUrlOf(serverUrl, owner, repo, runId, attempt) {
    if (!owner || !repo || runId === 0)
        return "";
    const base = `${serverUrl}/${owner}/${repo}/actions/runs/${runId}`;
    return attempt > 1 ? `${base}/attempts/${attempt}` : base;
}
function isObject(value) {
    return typeof value === "object" && value !== null && !Array.isArray(value);
}
function toInteger(text, fallback) {
    const value = Number(text);
    return text && Number.isSafeInteger(value) && value >= 0 ? value : fallback;
}
function trimSlash(url) {
    return url.replace(/\/+$/, "");
}

;// CONCATENATED MODULE: ./packages/kit/src/duration.ts
const UNIT_MS = {
    ms: 1,
    s: 1_000,
    m: 60_000,
    h: 3_600_000,
    d: 86_400_000,
};
const PLAIN_SECONDS = /^\d+(?:\.\d+)?$/;
const WHOLE = /^(?:\d+(?:\.\d+)?(?:ms|s|m|h|d))+$/;
const PART = /(\d+(?:\.\d+)?)(ms|s|m|h|d)/g;
/**
 * Parses `90s`, `15m`, `2h`, `1h30m`, `500ms`, `1d` or a plain number of seconds into milliseconds.
 * Each unit may appear once. Returns undefined for anything else (negative values included).
 */
function duration_parseDuration(text) {
    const value = text.trim();
    if (PLAIN_SECONDS.test(value))
        return Math.round(Number(value) * 1_000);
    if (!WHOLE.test(value))
        return undefined;
    const seen = new Set();
    let total = 0;
    for (const [, amount, unit] of value.matchAll(PART)) {
        if (amount === undefined || unit === undefined || seen.has(unit))
            return undefined;
        seen.add(unit);
        total += Number(amount) * (UNIT_MS[unit] ?? Number.NaN);
    }
    return Number.isFinite(total) ? Math.round(total) : undefined;
}

;// CONCATENATED MODULE: ./packages/kit/src/inputs.ts






/** The raw, trimmed input ("" when not given); `INPUT_` + name upper-cased with spaces as `_`. */
function rawInput(name) {
    return inputValue(name);
}
function invalidInput(name, value, expected) {
    return new UserError(`Input '${name}' has value '${showValue(value)}': expected ${expected}`);
}
function missingInput(name) {
    return new UserError(`Input '${name}' is required but was not given`);
}
function showValue(value) {
    const oneLine = value.replace(/\r?\n/g, "\\n");
    return oneLine.length > 120 ? `${oneLine.slice(0, 117)}...` : oneLine;
}
function read(name, options, parse) {
    const value = rawInput(name);
    if (value === "") {
        if (options.required)
            throw missingInput(name);
        return options.default;
    }
    return parse(value);
}
function getStringInput(name, options = {}) {
    return read(name, options, (value) => value);
}
const TRUE_VALUES = ["true", "True", "TRUE"];
const FALSE_VALUES = ["false", "False", "FALSE"];
function getBooleanInput(name, options = {}) {
    return read(name, options, (value) => {
        if (TRUE_VALUES.includes(value))
            return true;
        if (FALSE_VALUES.includes(value))
            return false;
        throw invalidInput(name, value, "true or false (also True, TRUE, False, FALSE)");
    });
}
const DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
function getNumberInput(name, options = {}) {
    return read(name, options, (value) => {
        const number = Number(value);
        const ok = DECIMAL.test(value) &&
            Number.isFinite(number) &&
            (!options.integer || Number.isInteger(number)) &&
            (options.min === undefined || number >= options.min) &&
            (options.max === undefined || number <= options.max);
        if (!ok)
            throw invalidInput(name, value, describeNumber(options));
        return number;
    });
}
function describeNumber({ min, max, integer }) {
    const kind = integer ? "an integer" : "a number";
    if (min !== undefined && max !== undefined)
        return `${kind} between ${min} and ${max}`;
    if (min !== undefined)
        return `${kind} >= ${min}`;
    if (max !== undefined)
        return `${kind} <= ${max}`;
    return kind;
}
function getEnumInput(name, options) {
    return read(name, options, (value) => {
        const match = options.values.find((accepted) => accepted.toLowerCase() === value.toLowerCase());
        if (match === undefined)
            throw invalidInput(name, value, `one of ${options.values.join(", ")}`);
        return match;
    });
}
function getDurationInput(name, options = {}) {
    return read(name, options, (value) => {
        const ms = parseDuration(value);
        if (ms === undefined)
            throw invalidInput(name, value, "a duration like 90s, 15m or 1h30m");
        return ms;
    });
}
function getPathInput(name, options = {}) {
    const value = rawInput(name) || options.default;
    if (value === undefined || value === "") {
        if (options.required)
            throw missingInput(name);
        return undefined;
    }
    const resolved = resolveInWorkspace(value);
    const kind = options.kind ?? "any";
    if (options.mustExist === false)
        return resolved;
    const stats = (0,external_node_fs_.statSync)(resolved, { throwIfNoEntry: false });
    const fits = stats !== undefined && (kind === "any" || (kind === "file" ? stats.isFile() : stats.isDirectory()));
    if (!fits) {
        const what = { file: "an existing file", dir: "an existing directory", any: "an existing path" }[kind];
        throw invalidInput(name, value, `${what} (looked at ${resolved})`);
    }
    return resolved;
}
/**
 * A list, one item a line (and comma-separated when `commas`). Items are trimmed; blank items and
 * items starting with `#` (comment lines) are dropped. Not given = [] unless required.
 */
function getListInput(name, options = {}) {
    const items = splitList(rawInput(name), options.commas ?? false);
    if (items.length === 0 && options.required)
        throw missingInput(name);
    return items;
}
function splitList(text, commas) {
    return text
        .split(/\r?\n/)
        .filter((line) => !line.trim().startsWith("#"))
        .flatMap((line) => (commas ? line.split(",") : [line]))
        .map((item) => item.trim())
        .filter((item) => item !== "");
}
/**
 * Files matched by the input's glob patterns (one a line, `!` negates, `#` comments; @actions/glob
 * syntax), relative patterns taken from GITHUB_WORKSPACE. Returns sorted absolute paths.
 */
async function getGlobInput(name, options = {}) {
    const patterns = splitList(rawInput(name), false);
    if (patterns.length === 0) {
        if (options.required)
            throw missingInput(name);
        return [];
    }
    const literal = literalFiles(patterns);
    if (literal)
        return literal;
    const anchored = patterns.map(anchorPattern).join("\n");
    // Loaded on use: most actions never read a glob input and should not pay for the module at start-up.
    const glob = await __webpack_require__.e(/* import() */ 660).then(__webpack_require__.bind(__webpack_require__, 3660));
    const globber = await glob.create(anchored, {
        matchDirectories: options.matchDirectories ?? false,
    });
    const files = (await globber.glob()).sort();
    if (files.length === 0 && !options.allowEmpty) {
        throw invalidInput(name, patterns.join("\n"), `a glob that matches at least one file (nothing matched in ${workspaceDir()})`);
    }
    return files;
}
/** Characters that make a pattern more than a path (@actions/glob and minimatch syntax), or a comment. */
const PATTERN_SYNTAX = /[*?[\]{}()!#~\\]/;
/**
 * The files the patterns name, when each is a plain path to an existing file: what @actions/glob would
 * return (absolute, normalized, sorted, no repeats), without loading it (and the 150 KB it brings).
 */
function literalFiles(patterns) {
    if (patterns.some((pattern) => PATTERN_SYNTAX.test(pattern)))
        return undefined;
    const files = patterns.map((pattern) => external_node_path_default().resolve(resolveGlobBase(pattern)));
    if (!files.every((file) => (0,external_node_fs_.statSync)(file, { throwIfNoEntry: false })?.isFile()))
        return undefined;
    return [...new Set(files)].sort();
}
function anchorPattern(pattern) {
    const negated = pattern.startsWith("!");
    const body = negated ? pattern.slice(1) : pattern;
    return `${negated ? "!" : ""}${resolveGlobBase(body)}`;
}
function resolveGlobBase(pattern) {
    if (external_node_path_default().isAbsolute(pattern) || pattern.startsWith("~"))
        return pattern;
    return external_node_path_default().join(workspaceDir(), pattern);
}

;// CONCATENATED MODULE: ./packages/kit/src/mask.ts

/** Values shorter than this are not masked: masking "1" or "ab" would garble every log line. */
const MIN_MASK_LENGTH = 4;
const registered = new Set();
/**
 * Registers a secret with the runner (`::add-mask::`) so it is replaced by *** in logs. A multi-line
 * secret is registered line by line (the runner matches single lines), and each value also in the
 * encodings it commonly leaks in: base64 (as in an Authorization: Basic header) and URL encoding.
 * Empty and very short values are ignored.
 */
function mask(secret) {
    if (!secret)
        return;
    const lines = secret.split(/\r?\n/).map((line) => line.trim());
    for (const value of new Set([secret.trim(), ...lines])) {
        if (value.includes("\n"))
            continue;
        for (const variant of variantsOf(value))
            register(variant);
    }
}
function variantsOf(value) {
    if (value.length < MIN_MASK_LENGTH)
        return [];
    const base64 = Buffer.from(value, "utf8").toString("base64");
    // Inside a longer base64 text only whole 3-byte groups encode the same way; mask that stable prefix too.
    const wholeGroups = Buffer.from(value, "utf8").subarray(0, Math.floor(Buffer.byteLength(value) / 3) * 3);
    const stableBase64 = wholeGroups.toString("base64");
    return [value, base64, stableBase64, encodeURIComponent(value)].filter((variant) => variant.length >= MIN_MASK_LENGTH);
}
function register(value) {
    if (registered.has(value))
        return;
    registered.add(value);
    addMask(value);
}

;// CONCATENATED MODULE: ./packages/kit/src/outputs.ts

/**
 * Sets a step output. Strings are written as they are; numbers and booleans as their text; objects and
 * arrays as JSON (read them in a workflow with `fromJSON(...)`).
 */
function setOutput(name, value) {
    writeOutput(name, typeof value === "string" ? value : JSON.stringify(value));
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
;// CONCATENATED MODULE: ./packages/kit/src/report.ts





const REPORT_SCHEMA = "mlops-actions/report@1";
const ACTION_NAME = /^[a-z0-9][a-z0-9-]*$/;
const STATUSES = ["pass", "warn", "fail", "error"];
function buildReport(input, context, now = new Date()) {
    // These are programming errors in an action, not user mistakes.
    if (!ACTION_NAME.test(input.action))
        throw new Error(`Invalid action name for a report: '${input.action}'`);
    if (!STATUSES.includes(input.status))
        throw new Error(`Invalid report status: '${input.status}'`);
    if (typeof input.data !== "object" || input.data === null || Array.isArray(input.data)) {
        throw new Error("Report data must be an object");
    }
    const summary = input.summary.replace(/\s+/g, " ").trim() || input.status;
    return {
        schema: REPORT_SCHEMA,
        action: input.action,
        status: input.status,
        summary: summary.length > 1000 ? `${summary.slice(0, 997)}...` : summary,
        git: { sha: context.sha, ref: context.ref },
        run: { id: context.runId, attempt: context.runAttempt, url: context.runUrl },
        ...(context.job && { job: context.job }),
        data: input.data,
        createdAt: now.toISOString(),
    };
}
/** Where reports land: `$RUNNER_TEMP/mlops-actions/reports/`; metrics-comment reads them from here. */
function reportsDir(context = getContext()) {
    return external_node_path_default().join(context.runnerTemp, "mlops-actions", "reports");
}
/**
 * Writes the step's report atomically (a temporary file renamed into place, so readers never see
 * half a report) to `<reportsDir>/<action>-<job>-<unique>.json`, sets the output `report` to its path
 * and returns the path.
 */
async function writeReport(input, context = getContext()) {
    const report = buildReport(input, context);
    const dir = reportsDir(context);
    await (0,promises_.mkdir)(dir, { recursive: true });
    const unique = `${Date.now().toString(36)}-${randomHex(8)}`;
    const job = context.job.replace(/[^A-Za-z0-9_.-]/g, "_");
    const file = external_node_path_default().join(dir, `${[report.action, job, unique].filter(Boolean).join("-")}.json`);
    const temporary = `${file}.${process.pid}.tmp`;
    try {
        await (0,promises_.writeFile)(temporary, `${JSON.stringify(report, null, 2)}\n`, { flag: "wx" });
        await (0,promises_.rename)(temporary, file);
    }
    catch (error) {
        await (0,promises_.rm)(temporary, { force: true });
        throw error;
    }
    writeOutput("report", file);
    return file;
}

;// CONCATENATED MODULE: ./packages/kit/src/run.ts



/**
 * Runs an action's main function. A UserError fails the step with exactly one `::error::` line
 * (pointing at its file and line when known) and no stack; anything else is reported as an internal
 * error, with its stack only in debug mode (RUNNER_DEBUG=1). Failure sets process.exitCode = 1 and
 * lets Node exit on its own, so stdout is flushed.
 */
async function run(main) {
    try {
        await main();
    }
    catch (error) {
        process.exitCode = 1;
        report(error, "error");
    }
}
/**
 * For `post:` steps (cleanup): a failure there is reported as a warning and does not fail the job,
 * because the step's real work already succeeded or failed on its own.
 */
async function runPost(post) {
    try {
        await post();
    }
    catch (error) {
        report(error, "warning");
    }
}
function report(error, level) {
    if (isUserError(error)) {
        annotate({
            level,
            message: error.message,
            ...(error.file !== undefined && { file: error.file }),
            ...(error.line !== undefined && { line: error.line }),
            ...(error.column !== undefined && { column: error.column }),
        });
        return;
    }
    const message = error instanceof Error ? error.message : String(error);
    annotate({
        level,
        message: `Internal error in mlops-actions (a bug, please report it): ${message}`,
    });
    if (isDebug()) {
        const stack = error instanceof Error && error.stack ? error.stack : String(error);
        for (const line of stack.split("\n"))
            debug(line);
    }
    else {
        info("Re-run with debug logging enabled (RUNNER_DEBUG=1) to see the stack trace.");
    }
}

;// CONCATENATED MODULE: ./packages/kit/src/markdown.ts
// Characters that could start markdown or HTML syntax. Written as numeric character references they
// render as themselves both in markdown text and inside HTML blocks (where backslash escapes would
// show literally), and `&#124;` does not split a table cell.
const SYNTAX = /[&<>"'`\\*_[\]()#+\-!|~$]/g;
const ZERO_WIDTH_JOINER = "\u200d";
/**
 * Makes user text safe to place inline in markdown or in a job summary's HTML: no HTML tags, no
 * images or links, no @mentions that notify, no autolinked URLs, nothing that breaks a table row.
 * The result is one line (newlines become `<br>`) and reads the same as the input.
 */
function markdown_escapeMarkdown(text) {
    return (text
        .replace(SYNTAX, (char) => `&#${char.charCodeAt(0)};`)
        // `@name` (and `@org/team`) notifies; a zero-width joiner after `@` stops the mention.
        .replace(/@(?=[\p{L}\p{N}])/gu, `@${ZERO_WIDTH_JOINER}`)
        // GitHub autolinks `http://`, `https://` and `www.`; a joiner stops the match, the text reads the same.
        .replace(/:\/\//g, `:${ZERO_WIDTH_JOINER}//`)
        .replace(/\bwww\./gi, (match) => `${match.slice(0, 3)}${ZERO_WIDTH_JOINER}.`)
        .replace(/\r\n|\r|\n/g, "<br>"));
}
/** Inline code from user text: backticks cannot close it early and the content is not interpreted. */
function escapeInlineCode(text) {
    return `<code>${markdown_escapeMarkdown(text)}</code>`;
}

;// CONCATENATED MODULE: ./packages/kit/src/summary.ts





function html(trusted) {
    return { html: trusted };
}
function summary_text(userText) {
    return { html: escapeMarkdown(userText) };
}
function cellHtml(cell) {
    if (typeof cell === "number")
        return String(cell);
    return typeof cell === "string" ? markdown_escapeMarkdown(cell) : cell.html;
}
function headingHtml(title, level = 2) {
    return html(`<h${level}>${markdown_escapeMarkdown(title)}</h${level}>`);
}
function tableHtml(header, rows) {
    const head = `<tr>${header.map((cell) => `<th>${cellHtml(cell)}</th>`).join("")}</tr>`;
    const body = rows.map((row) => `<tr>${row.map((cell) => `<td>${cellHtml(cell)}</td>`).join("")}</tr>`);
    return html(`<table>${head}${body.join("")}</table>`);
}
/** A collapsible section: the label is user text, the content trusted markup. */
function detailsHtml(label, content, open = false) {
    return html(`<details${open ? " open" : ""}><summary>${escapeMarkdown(label)}</summary>\n\n${content.html}\n\n</details>`);
}
/** A code block whose content is shown verbatim (HTML-escaped, never interpreted). */
function codeBlockHtml(code, lang) {
    const escaped = code.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
    const langAttribute = lang && /^[\w+-]+$/.test(lang) ? ` lang="${lang}"` : "";
    return html(`<pre${langAttribute}><code>${escaped}</code></pre>`);
}
/** The section being built, written (and emptied) by `writeSummary`. */
let buffer = "";
function addToSummary(...parts) {
    for (const part of parts)
        buffer += part.html + external_node_os_.EOL;
}
function addHeading(title, level = 2) {
    addToSummary(headingHtml(title, level));
}
function addTable(header, rows) {
    addToSummary(tableHtml(header, rows));
}
function addDetails(label, content, open = false) {
    addToSummary(detailsHtml(label, content, open));
}
function addCodeBlock(code, lang) {
    addToSummary(codeBlockHtml(code, lang));
}
function addParagraph(userText) {
    addToSummary(html(`<p>${markdown_escapeMarkdown(userText)}</p>`));
}
/**
 * Appends the buffered section to the job summary file. Without GITHUB_STEP_SUMMARY (a local run) the
 * buffer is printed to the log instead, so nothing is lost.
 */
async function writeSummary() {
    const file = process.env.GITHUB_STEP_SUMMARY;
    if (!file) {
        info(buffer);
        buffer = "";
        return;
    }
    try {
        await (0,promises_.access)(file, external_node_fs_.constants.R_OK | external_node_fs_.constants.W_OK);
    }
    catch {
        throw new Error(`Unable to access summary file: '${file}'. Check if the file has read/write permissions.`);
    }
    const section = buffer;
    await (0,promises_.appendFile)(file, section, { encoding: "utf8" });
    buffer = buffer.slice(section.length);
}

;// CONCATENATED MODULE: ./packages/kit/src/index.ts
// The action kit: what each action's src/main.ts uses. Octokit lives in "@mlops-actions/kit/github" and
// the report JSON Schema validator in "@mlops-actions/kit/report-schema", so actions that do not need
// them do not bundle them.












// The runner's log commands without @actions/core, which loads an HTTP client (undici) on import.



// EXTERNAL MODULE: ./packages/stats/src/moments.ts + 1 modules
var moments = __webpack_require__(5743);
// EXTERNAL MODULE: ./packages/data/src/detached-text.ts
var detached_text = __webpack_require__(3524);
// EXTERNAL MODULE: ./packages/data/src/format-from-name.ts
var format_from_name = __webpack_require__(3926);
// EXTERNAL MODULE: external "node:string_decoder"
var external_node_string_decoder_ = __webpack_require__(6193);
// EXTERNAL MODULE: ./packages/data/src/csv-scanner.ts
var csv_scanner = __webpack_require__(3177);
;// CONCATENATED MODULE: ./packages/data/src/format-bytes.ts
/** `512 B`, `64 KiB`, `8 MiB` — sizes in messages. */
function formatBytes(bytes) {
    if (bytes < 1024)
        return `${bytes} B`;
    if (bytes < 1024 * 1024)
        return `${+(bytes / 1024).toFixed(1)} KiB`;
    return `${+(bytes / 1024 / 1024).toFixed(1)} MiB`;
}

;// CONCATENATED MODULE: ./packages/data/src/open-bytes.ts


const GZIP_MAGIC = [0x1f, 0x8b];
/** True when the file starts with the gzip magic bytes, whatever its name. */
async function isGzipFile(file) {
    const handle = await (0,promises_.open)(file, "r");
    try {
        const head = Buffer.alloc(2);
        const { bytesRead } = await handle.read(head, 0, 2, 0);
        return bytesRead === 2 && head[0] === GZIP_MAGIC[0] && head[1] === GZIP_MAGIC[1];
    }
    finally {
        await handle.close();
    }
}
/** The file's bytes as a stream, decompressed when it is gzip. */
async function openBytes(file) {
    // 64 KiB: the rows parsed from one chunk die young (256 KiB chunks cost ~15% more CPU in GC and a
    // larger heap, measured on the validate-data bench).
    const raw = (0,external_node_fs_.createReadStream)(file, { highWaterMark: 64 * 1024 });
    if (!(await isGzipFile(file)))
        return raw;
    // Loaded only for a gzip file: node:zlib takes 1-2 ms to load, on every run otherwise.
    const { createGunzip } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 8522, 23));
    const gunzip = createGunzip();
    raw.on("error", (error) => gunzip.destroy(error));
    return raw.pipe(gunzip);
}
/**
 * Up to `limit` bytes from the start of the (decompressed) file, for sniffing. In a damaged gzip file,
 * the bytes that came out before the damage (the reader then meets the damage where it is, on its
 * line); it throws when none did.
 */
async function readHead(file, limit = 64 * 1024) {
    const stream = await openBytes(file);
    const chunks = [];
    let length = 0;
    try {
        for await (const chunk of stream) {
            chunks.push(chunk);
            length += chunk.length;
            if (length >= limit)
                break;
        }
    }
    catch (error) {
        if (length === 0)
            throw error;
    }
    finally {
        stream.destroy();
    }
    return Buffer.concat(chunks).subarray(0, limit);
}

// EXTERNAL MODULE: ./packages/data/src/reader-types.ts
var reader_types = __webpack_require__(7763);
;// CONCATENATED MODULE: ./packages/data/src/sniff-delimiter.ts
/** The delimiters a sniff considers, most likely first (ties go to the earlier one). */
const CANDIDATE_DELIMITERS = [",", "\t", ";", "|"];
/** Counts each candidate delimiter outside double quotes in the first line of `text`. */
function countDelimiters(text) {
    const counts = new Map(CANDIDATE_DELIMITERS.map((d) => [d, 0]));
    let quoted = false;
    for (const char of text) {
        if (char === '"')
            quoted = !quoted;
        else if (!quoted && (char === "\n" || char === "\r"))
            break;
        else if (!quoted && counts.has(char))
            counts.set(char, (counts.get(char) ?? 0) + 1);
    }
    return counts;
}
/** The candidate that occurs most often in the header line; `,` when none occurs. */
function sniffDelimiter(text) {
    let best = ",";
    let bestCount = 0;
    for (const [delimiter, count] of countDelimiters(text)) {
        if (count > bestCount) {
            best = delimiter;
            bestCount = count;
        }
    }
    return best;
}
/** A delimiter other than `used` that appears in a one-column header, suggesting the wrong one was used. */
function likelyDelimiter(header, used) {
    const counts = countDelimiters(header);
    counts.delete(used);
    const [best] = [...counts].filter(([, n]) => n > 0).sort((a, b) => b[1] - a[1]);
    return best?.[0];
}
/** How a delimiter is named in messages. */
function describeDelimiter(delimiter) {
    return delimiter === "\t" ? "tab" : `'${delimiter}'`;
}

;// CONCATENATED MODULE: ./packages/data/src/read-csv.ts






/**
 * Streams a CSV or TSV file (maybe gzip-compressed): RFC 4180 quoting, `""` escapes, newlines inside
 * quotes, CRLF / LF / CR, a BOM (see `CsvScanner`). The first record is the header; an empty field is
 * null. Each row's line is where its record starts. Problems with the file are yielded as events; a
 * fatal one ends the file.
 */
async function* readCsv(file, options = {}) {
    let head;
    try {
        head = await readHead(file);
    }
    catch (error) {
        // A gzip file damaged from its first bytes.
        yield problem((0,reader_types/* unreadableFile */._s)(file, 1, error));
        return;
    }
    if (head.length === 0) {
        yield problem({ kind: "empty-file", file, message: "the file is empty" });
        return;
    }
    const delimiter = csvDelimiter(head, options);
    const batchSize = options.batchSize ?? reader_types/* DEFAULT_BATCH_SIZE */.jg;
    const maxRecordBytes = options.maxRecordBytes ?? reader_types/* DEFAULT_MAX_RECORD_BYTES */.ty;
    const scanner = new csv_scanner/* CsvScanner */.BR(delimiter, maxRecordBytes);
    const decoder = new external_node_string_decoder_.StringDecoder("utf8");
    let header;
    let rowCount = 0;
    let batch = [];
    // Events found while scanning one chunk, yielded in order once the chunk is done.
    let pending = [];
    const sink = (fields, line, marks) => {
        if (marks & csv_scanner/* REPLACEMENT_MARK */.P7) {
            pending.push(problem({ kind: "invalid-utf8", file, line, message: "invalid UTF-8 bytes" }));
        }
        if (marks & csv_scanner/* NUL_MARK */.Wu)
            pending.push(problem({ kind: "nul-byte", file, line, message: "a NUL byte (binary data?)" }));
        if (header === undefined) {
            header = fields;
            pending.push({ kind: "header", file, columns: header });
            pending.push(...headerProblems(file, line, header, delimiter));
            return;
        }
        if (fields.length !== header.length) {
            pending.push(problem({
                kind: "ragged-row",
                file,
                line,
                message: `the row has ${fields.length} field(s); the header has ${header.length}`,
            }));
            return;
        }
        rowCount++;
        batch.push({ line, values: emptyToNull(fields) });
        if (batch.length >= batchSize) {
            pending.push({ kind: "rows", file, rows: batch });
            batch = [];
        }
    };
    const flush = () => {
        const events = pending;
        pending = [];
        return events;
    };
    let stop;
    const bytes = await openBytes(file);
    try {
        for await (const chunk of bytes) {
            stop = scanner.push(decoder.write(chunk), false, sink);
            yield* flush();
            if (stop)
                break;
        }
        stop ??= scanner.push(decoder.end(), true, sink);
        yield* flush();
    }
    catch (error) {
        yield* flush();
        if (batch.length > 0)
            yield { kind: "rows", file, rows: batch };
        batch = [];
        yield problem((0,reader_types/* unreadableFile */._s)(file, scanner.line, error));
        // The rest of the file is unknown: it is not said to be empty or a header only.
        return;
    }
    finally {
        bytes.destroy();
    }
    if (batch.length > 0)
        yield { kind: "rows", file, rows: batch };
    if (stop)
        yield problem(stopProblem(stop, file, maxRecordBytes));
    if (header === undefined)
        yield problem({ kind: "empty-file", file, message: "the file has no records" });
    else if (rowCount === 0) {
        yield problem({ kind: "header-only", file, line: 1, message: "the file has a header but no data rows" });
    }
}
/** The delimiter asked for, or the one TSV implies, or the one sniffed from the file's first bytes. */
function csvDelimiter(head, options) {
    if (options.delimiter !== undefined)
        return options.delimiter;
    if (options.format === "tsv")
        return "\t";
    return sniffDelimiter(head.toString("utf8").replace(/^\uFEFF/, ""));
}
function headerProblems(file, line, header, delimiter) {
    const events = [];
    const seen = new Set();
    const duplicates = new Set();
    for (const name of header) {
        if (seen.has(name))
            duplicates.add(name);
        seen.add(name);
    }
    if (duplicates.size > 0) {
        const names = [...duplicates].map((name) => `'${name}'`).join(", ");
        events.push(problem({ kind: "duplicate-columns", file, line, message: `duplicate column name(s) ${names}` }));
    }
    const other = header.length === 1 ? likelyDelimiter(header[0] ?? "", delimiter) : undefined;
    if (other !== undefined) {
        events.push(problem({
            kind: "wrong-delimiter",
            file,
            line,
            message: `the header is one column split by ${describeDelimiter(delimiter)} but contains ${describeDelimiter(other)}; set the delimiter input to ${describeDelimiter(other)}?`,
        }));
    }
    return events;
}
function stopProblem(stop, file, maxRecordBytes) {
    if (stop.kind === "unterminated-quote") {
        return {
            kind: "unterminated-quote",
            file,
            line: stop.line,
            message: "a quoted field opened in this record never closes; the rest of the file was not read",
        };
    }
    return {
        kind: "record-too-long",
        file,
        line: stop.line,
        message: `the record is longer than ${formatBytes(maxRecordBytes)} (a quote that never closes?); the rest of the file was not read`,
    };
}
/** Empty fields become null, in place: the record array is ours and a copy per row is measurable. */
function emptyToNull(record) {
    const values = record;
    for (let i = 0; i < values.length; i++)
        if (values[i] === "")
            values[i] = null;
    return values;
}
function problem(value) {
    return { kind: "problem", problem: value };
}

// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __webpack_require__(4573);
;// CONCATENATED MODULE: ./packages/data/src/split-lines.ts
/**
 * Splits a byte stream into lines on `\n` (a `\r` before it is dropped) with bounded memory: a line
 * longer than `maxBytes` is reported as too long and skipped without being held in memory.
 */
async function* splitLines(stream, maxBytes) {
    let pending = [];
    let pendingLength = 0;
    let skipping = false;
    let line = 1;
    for await (const chunk of stream) {
        let start = 0;
        while (start < chunk.length) {
            const newline = chunk.indexOf(10, start);
            const end = newline === -1 ? chunk.length : newline;
            if (!skipping) {
                pending.push(chunk.subarray(start, end));
                pendingLength += end - start;
                if (pendingLength > maxBytes) {
                    skipping = true;
                    pending = [];
                    pendingLength = 0;
                    yield { line, tooLong: true };
                }
            }
            if (newline === -1)
                break;
            if (!skipping)
                yield { line, bytes: trimCarriageReturn(Buffer.concat(pending, pendingLength)), tooLong: false };
            pending = [];
            pendingLength = 0;
            skipping = false;
            line++;
            start = newline + 1;
        }
    }
    if (!skipping && pendingLength > 0) {
        yield { line, bytes: trimCarriageReturn(Buffer.concat(pending, pendingLength)), tooLong: false };
    }
}
function trimCarriageReturn(bytes) {
    return bytes.length > 0 && bytes[bytes.length - 1] === 13 ? bytes.subarray(0, bytes.length - 1) : bytes;
}

;// CONCATENATED MODULE: ./packages/data/src/read-jsonl.ts





/**
 * Streams a JSON Lines file (maybe gzip-compressed): one object per line, blank lines skipped. The
 * columns are the keys in order of first appearance; when a new key appears a new `header` event
 * extends the list, and a row without a key has null there. Nested values become JSON text.
 */
async function* readJsonl(file, options = {}) {
    const maxBytes = options.maxRecordBytes ?? reader_types/* DEFAULT_MAX_RECORD_BYTES */.ty;
    const batchSize = options.batchSize ?? reader_types/* DEFAULT_BATCH_SIZE */.jg;
    const columns = [];
    const index = new Map();
    let batch = [];
    let rows = 0;
    let sawContent = false;
    let lastLine = 0;
    const bytes = await openBytes(file);
    try {
        for await (const item of splitLines(bytes, maxBytes)) {
            sawContent = true;
            lastLine = item.line;
            if (item.tooLong) {
                yield read_jsonl_problem({
                    kind: "record-too-long",
                    file,
                    line: item.line,
                    message: `the line is longer than ${formatBytes(maxBytes)}`,
                });
                continue;
            }
            const text = item.bytes.toString("utf8").replace(/^\uFEFF/, "");
            if (text.trim() === "")
                continue;
            if (!(0,external_node_buffer_.isUtf8)(item.bytes))
                yield read_jsonl_problem({ kind: "invalid-utf8", file, line: item.line, message: "invalid UTF-8 bytes" });
            if (item.bytes.includes(0)) {
                yield read_jsonl_problem({ kind: "nul-byte", file, line: item.line, message: "a NUL byte (binary data?)" });
            }
            const result = parseLine(text);
            if (!result.ok) {
                yield read_jsonl_problem({ kind: "invalid-json", file, line: item.line, message: result.reason });
                continue;
            }
            const parsed = result.value;
            if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) {
                yield read_jsonl_problem({
                    kind: "not-an-object",
                    file,
                    line: item.line,
                    message: "the line is JSON but not an object",
                });
                continue;
            }
            const values = new Array(columns.length).fill(null);
            let grew = false;
            for (const [key, value] of Object.entries(parsed)) {
                let at = index.get(key);
                if (at === undefined) {
                    at = columns.length;
                    columns.push(key);
                    index.set(key, at);
                    grew = true;
                }
                values[at] = toCell(value);
            }
            if (grew) {
                if (batch.length > 0)
                    yield { kind: "rows", file, rows: batch };
                batch = [];
                yield { kind: "header", file, columns: [...columns] };
            }
            rows++;
            batch.push({ line: item.line, values });
            if (batch.length >= batchSize) {
                yield { kind: "rows", file, rows: batch };
                batch = [];
            }
        }
    }
    catch (error) {
        if (batch.length > 0)
            yield { kind: "rows", file, rows: batch };
        yield read_jsonl_problem((0,reader_types/* unreadableFile */._s)(file, lastLine + 1, error));
        // The rest of the file is unknown: it is not said to be empty.
        return;
    }
    finally {
        bytes.destroy();
    }
    if (batch.length > 0)
        yield { kind: "rows", file, rows: batch };
    if (!sawContent)
        yield read_jsonl_problem({ kind: "empty-file", file, message: "the file is empty" });
    else if (rows === 0 && columns.length === 0) {
        yield read_jsonl_problem({ kind: "empty-file", file, message: "the file has no JSON objects" });
    }
}
function parseLine(text) {
    try {
        return { ok: true, value: JSON.parse(text) };
    }
    catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        return { ok: false, reason: `invalid JSON: ${reason}` };
    }
}
function toCell(value) {
    if (value === null || value === undefined)
        return null;
    if (typeof value === "string" || typeof value === "number" || typeof value === "boolean")
        return value;
    return JSON.stringify(value);
}
function read_jsonl_problem(value) {
    return { kind: "problem", problem: value };
}

;// CONCATENATED MODULE: ./packages/data/src/read-dataset.ts



// Its own module, light enough for an action's entry (see validate-worker.ts).

/** Reads one file in the given format, or the one its name implies. */
function readFile(file, options = {}) {
    const format = options.format ?? (0,format_from_name/* formatFromName */.R)(file);
    if (format === "jsonl")
        return readJsonl(file, options);
    if (format === "parquet")
        return readParquetLazily(file, options);
    return readCsv(file, { ...options, format });
}
/** Reads many files as one dataset, one after the other, in the order given. */
async function* readDataset(files, options = {}) {
    for (const file of files)
        yield* readFile(file, options);
}
/** parquet-wasm and apache-arrow load only when a Parquet file is read: most runs check CSV. */
async function* readParquetLazily(file, options) {
    const { readParquet } = await Promise.all(/* import() */[__webpack_require__.e(178), __webpack_require__.e(932), __webpack_require__.e(184)]).then(__webpack_require__.bind(__webpack_require__, 4184));
    yield* readParquet(file, options);
}

// EXTERNAL MODULE: ./packages/data/src/value.ts
var src_value = __webpack_require__(4791);
;// CONCATENATED MODULE: ./packages/data/src/infer.ts




const TYPE_ORDER = ["integer", "number", "boolean", "datetime"];
class ColumnObserver {
    name;
    values = 0;
    missing = 0;
    possible = new Set(TYPE_ORDER);
    dateFormats = new Set(src_value/* DATE_FORMATS */.Kn);
    distinct = new Set();
    numbers = new moments/* Moments */.W();
    dates = new Map(src_value/* DATE_FORMATS */.Kn.map((format) => [format, new moments/* Moments */.W()]));
    datetimes = new moments/* Moments */.W();
    minLength = Number.POSITIVE_INFINITY;
    maxLength = 0;
    constructor(name) {
        this.name = name;
    }
    accept(value, maxDistinct) {
        if (value === null) {
            this.missing++;
            return;
        }
        this.values++;
        const text = String(value);
        if (this.distinct) {
            if (!this.distinct.has(text))
                this.distinct.add((0,detached_text/* detachedText */.w)(text));
            if (this.distinct.size > maxDistinct)
                this.distinct = undefined;
        }
        const length = [...text].length;
        if (length < this.minLength)
            this.minLength = length;
        if (length > this.maxLength)
            this.maxLength = length;
        if (this.possible.has("integer") && (0,src_value/* parseInteger */.cG)(value) === undefined)
            this.possible.delete("integer");
        if (this.possible.has("number")) {
            const number = (0,src_value/* parseDecimal */.$Q)(value);
            if (number === undefined)
                this.possible.delete("number");
            else
                this.numbers.update(number);
        }
        if (this.possible.has("boolean") && (typeof value === "number" || (0,src_value/* parseBoolean */.yG)(value) === undefined)) {
            this.possible.delete("boolean");
        }
        if (this.possible.has("datetime")) {
            const time = (0,src_value/* parseDatetime */.X7)(value);
            if (time === undefined)
                this.possible.delete("datetime");
            else
                this.datetimes.update(time);
        }
        for (const format of this.dateFormats) {
            const day = (0,src_value/* parseDate */._U)(value, format);
            if (day === undefined)
                this.dateFormats.delete(format);
            else
                this.dates.get(format)?.update(day);
        }
    }
    result(maxCategories) {
        const distinct = this.distinct?.size;
        const base = {
            name: this.name,
            values: this.values,
            missing: this.missing,
            unique: distinct !== undefined && distinct === this.values && this.values > 0,
            ...(distinct === undefined ? {} : { distinct }),
        };
        const [dateFormat] = this.dateFormats;
        if (this.values > 0 && (this.possible.has("integer") || this.possible.has("number"))) {
            const type = this.possible.has("integer") ? "integer" : "number";
            const { min, max, mean } = this.numbers;
            return { ...base, type, min, max, mean, std: this.numbers.std(1) };
        }
        if (this.values > 0 && this.possible.has("boolean"))
            return { ...base, type: "boolean" };
        if (this.values > 0 && dateFormat && !this.possible.has("integer")) {
            const days = this.dates.get(dateFormat);
            return { ...base, type: "date", dateFormat, min: days?.min, max: days?.max };
        }
        if (this.values > 0 && this.possible.has("datetime")) {
            return { ...base, type: "datetime", min: this.datetimes.min, max: this.datetimes.max };
        }
        const lengths = this.values > 0 ? { minLength: this.minLength, maxLength: this.maxLength } : {};
        if (this.distinct &&
            distinct !== undefined &&
            distinct > 0 &&
            distinct <= maxCategories &&
            distinct * 2 <= this.values) {
            return { ...base, type: "category", categories: [...this.distinct].sort(), ...lengths };
        }
        return { ...base, type: "string", ...lengths };
    }
}
/**
 * Reads the data once and infers, per column, a type (the narrowest that every value has: integer,
 * number, boolean, date, datetime, else category or string), nullability, ranges, categories for
 * low-cardinality text and uniqueness.
 */
async function inferSchema(files, options = {}) {
    const maxDistinct = options.maxDistinct ?? 1_000_000;
    const observers = new Map();
    const problems = [];
    let positions = [];
    let rows = 0;
    for await (const event of readDataset(files, options)) {
        if (event.kind === "problem")
            problems.push(event.problem);
        else if (event.kind === "header") {
            positions = event.columns.map((name) => {
                const known = observers.get(name) ?? new ColumnObserver(name);
                if (!observers.has(name)) {
                    known.missing = rows;
                    observers.set(name, known);
                }
                return known;
            });
        }
        else {
            for (const row of event.rows) {
                rows++;
                positions.forEach((observer, i) => {
                    observer.accept(row.values[i] ?? null, maxDistinct);
                });
            }
        }
    }
    const columns = [...observers.values()].map((observer) => {
        observer.missing = rows - observer.values;
        return observer.result(options.maxCategories ?? 20);
    });
    return { files: [...files], rows, columns, problems };
}

;// CONCATENATED MODULE: ./packages/data/src/render-inferred.ts

const PLAIN_KEY = /^[A-Za-z_][A-Za-z0-9_.-]*$/;
/**
 * The inferred schema as YAML for a person to review: each rule comes from what was observed, and a
 * comment above each column says what that was.
 */
function renderInferredSchema(result, schemaUrl) {
    const lines = [];
    if (schemaUrl)
        lines.push(`# yaml-language-server: $schema=${schemaUrl}`);
    lines.push(`# Inferred by mlops-actions validate-data from ${result.files.length} file(s), ${result.rows} row(s).`, "# The ranges and categories are what was observed, not what should be allowed: review before use.");
    if (result.problems.length > 0) {
        lines.push(`# ${result.problems.length} problem(s) in the files were seen while inferring; the first:`);
        const [first] = result.problems;
        if (first)
            lines.push(`#   ${first.file}${first.line ? `:${first.line}` : ""}: ${first.message}`);
    }
    lines.push("version: 1", "columns:");
    for (const column of result.columns)
        lines.push(...renderColumn(column, result.rows));
    lines.push("dataset:", `  rows: { min: ${result.rows > 0 ? 1 : 0} }  # observed: ${result.rows}`, "  columns: { match: exact, ordered: true }", "");
    return lines.join("\n");
}
function renderColumn(column, rows) {
    const out = [
        `  ${key(column.name)}:`,
        `    # observed: ${describe(column, rows)}`,
        `    type: ${column.type}`,
    ];
    if (column.dateFormat && column.dateFormat !== "YYYY-MM-DD")
        out.push(`    format: ${column.dateFormat}`);
    out.push(`    nullable: ${column.missing > 0 || column.values === 0}`);
    if (column.unique && column.values > 1)
        out.push("    unique: true");
    if (column.min !== undefined && column.max !== undefined && column.values > 0) {
        out.push(`    min: ${scalar(column, column.min)}`, `    max: ${scalar(column, column.max)}`);
    }
    if (column.categories)
        out.push(`    in: [${column.categories.map((value) => JSON.stringify(value)).join(", ")}]`);
    if (column.minLength !== undefined && column.maxLength !== undefined && !column.categories) {
        out.push(`    length: { min: ${column.minLength}, max: ${column.maxLength} }`);
    }
    return out;
}
function describe(column, rows) {
    const parts = [`${column.values} value(s)`, `${column.missing} missing`];
    parts.push(column.distinct === undefined ? "too many distinct to count" : `${column.distinct} distinct`);
    if (column.min !== undefined && column.max !== undefined && column.values > 0) {
        parts.push(`range ${scalar(column, column.min)} .. ${scalar(column, column.max)}`);
    }
    if (column.mean !== undefined && column.values > 0) {
        parts.push(`mean ${+column.mean.toPrecision(6)}`);
        if (column.std !== undefined && !Number.isNaN(column.std))
            parts.push(`std ${+column.std.toPrecision(6)}`);
    }
    if (column.minLength !== undefined)
        parts.push(`length ${column.minLength} .. ${column.maxLength}`);
    if (rows > 0 && column.values === 0)
        parts.push("no values at all: type unknown");
    return parts.join(", ");
}
function scalar(column, value) {
    return column.type === "date" || column.type === "datetime"
        ? JSON.stringify((0,src_value/* formatTyped */._7)(value, column.type))
        : String(value);
}
function key(name) {
    return PLAIN_KEY.test(name) ? name : JSON.stringify(name);
}

// EXTERNAL MODULE: ./packages/data/src/check-result.ts
var check_result = __webpack_require__(9434);
;// CONCATENATED MODULE: ./packages/data/src/file-problems.ts


const KIND_TITLES = {
    unreadable: "unreadable file",
    "empty-file": "empty file",
    "header-only": "header but no rows",
    "duplicate-columns": "duplicate column names",
    "ragged-row": "rows with the wrong number of fields",
    "unterminated-quote": "unterminated quote",
    "malformed-csv": "malformed CSV",
    "invalid-utf8": "invalid UTF-8",
    "nul-byte": "NUL bytes",
    "record-too-long": "record too long",
    "wrong-delimiter": "wrong delimiter",
    "invalid-json": "invalid JSON",
    "not-an-object": "JSON line that is not an object",
};
/** One failed check per kind of file problem, each listing where it happened. */
function fileProblemResults(problems, maxExamples, show = (file) => file) {
    return reader_types/* FILE_PROBLEM_KINDS */.nO.flatMap((kind) => {
        const found = problems.filter((problem) => problem.kind === kind);
        const [first] = found;
        if (!first)
            return [];
        const at = first.line === undefined ? show(first.file) : `${show(first.file)}:${first.line}`;
        const more = found.length > 1 ? ` (and ${found.length - 1} more)` : "";
        return [
            {
                scope: "file",
                id: `file.${kind}`,
                check: kind,
                expected: `no ${KIND_TITLES[kind]}`,
                status: "fail",
                severity: "error",
                message: `${KIND_TITLES[kind]}: ${at}: ${first.message}${more}`,
                unexpected: found.length,
                examples: found.slice(0, maxExamples).map((problem) => ({
                    value: (0,check_result/* exampleText */.kQ)(problem.message),
                    file: problem.file,
                    ...(problem.line === undefined ? {} : { line: problem.line }),
                })),
            },
        ];
    });
}

;// CONCATENATED MODULE: ./actions/validate-data/src/annotations.ts
/**
 * One annotation per failed check, worst first (file problems and errors, then warnings): on the
 * data file and line of its first failing example, else on the rule in the schema file.
 */
function checkAnnotations(checks) {
    return checks
        .filter((check) => check.status === "fail")
        .map((check) => {
        const [example] = check.examples;
        const where = example ?? check.rule;
        const more = (check.unexpected ?? 0) > 1 ? ` (first of ${check.unexpected})` : "";
        const showValue = example !== undefined && check.scope !== "file" && check.check !== "exists";
        return {
            level: check.severity === "warning" ? "warning" : "error",
            title: `validate-data: ${check.id}`,
            message: showValue ? `${check.message}; e.g. ${JSON.stringify(example.value)}${more}` : check.message,
            ...(where?.file !== undefined && { file: where.file }),
            ...(where?.line !== undefined && { line: where.line }),
        };
    });
}

;// CONCATENATED MODULE: ./actions/validate-data/src/report-data.ts

/** The report's `data` for a validation (documented by ../report-data.schema.json). */
function validationReportData(result, schema, failOn) {
    return {
        mode: "validate",
        schemaFile: workspaceRelative(schema),
        failOn,
        valid: result.valid,
        rows: result.rows,
        errors: result.errors,
        warnings: result.warnings,
        files: result.files.map((file) => ({
            file: workspaceRelative(file.file),
            rows: file.rows,
            columns: file.columns,
        })),
        checks: result.checks.map(relativeCheck),
    };
}
/** The report's `data` when a schema was inferred. */
function inferReportData(files, rows, schema, columns) {
    return {
        mode: "infer",
        schemaFile: workspaceRelative(schema),
        rows,
        columns,
        files: files.map((file) => workspaceRelative(file)),
    };
}
function relativeCheck(check) {
    return {
        ...check,
        examples: check.examples.map((example) => ({ ...example, file: workspaceRelative(example.file) })),
        ...(check.rule && { rule: { ...check.rule, file: workspaceRelative(check.rule.file) } }),
    };
}

;// CONCATENATED MODULE: ./actions/validate-data/src/infer-mode.ts






/** `infer: true`: writes the schema inferred from the data to the `schema` path, for review. */
async function inferMode(inputs, readOptions) {
    const inferred = await inferSchema(inputs.files, readOptions);
    const yaml = renderInferredSchema(inferred);
    await (0,promises_.mkdir)((0,external_node_path_.dirname)(inputs.schema), { recursive: true });
    await (0,promises_.writeFile)(inputs.schema, yaml);
    const where = workspaceRelative(inputs.schema);
    const summary = `inferred a schema for ${inferred.columns.length} columns from ${inferred.rows} rows; written to ${where}`;
    info(summary);
    // A damaged or malformed file still gives a schema, from what could be read: its problems are told as
    // validation tells them, as warnings.
    const problems = fileProblemResults(inferred.problems, inputs.maxExamples, workspaceRelative);
    annotateAll(checkAnnotations(problems).map((annotation) => ({
        ...annotation,
        level: "warning",
        message: `${annotation.message}; the schema is inferred from the rows that could be read`,
    })));
    addHeading("Validate data: inferred schema");
    addParagraph(summary);
    addCodeBlock(yaml, "yaml");
    await writeSummary();
    setOutput("valid", "true");
    setOutput("errors", "0");
    setOutput("warnings", String(inferred.problems.length));
    setOutput("rows", String(inferred.rows));
    await writeReport({
        action: "validate-data",
        status: inferred.problems.length > 0 ? "warn" : "pass",
        summary,
        data: inferReportData(inputs.files, inferred.rows, inputs.schema, inferred.columns.length),
    });
}

;// CONCATENATED MODULE: ./actions/validate-data/src/inputs.ts

/** Reads and checks every input before any work, each failure one line naming the input. */
async function readInputs() {
    const infer = getBooleanInput("infer", { default: false });
    const format = getEnumInput("format", {
        values: ["auto", "csv", "tsv", "jsonl", "parquet"],
        default: "auto",
    });
    const delimiter = readDelimiter();
    const maxExamples = getNumberInput("max-examples", { default: 20, min: 0, max: 1000, integer: true });
    const failOn = getEnumInput("fail-on", {
        values: ["error", "warning", "never"],
        default: "error",
    });
    const schema = getPathInput("schema", { kind: "file", mustExist: !infer });
    if (schema === undefined)
        throw missingInput("schema");
    const files = await getGlobInput("data", { required: true });
    return {
        files,
        schema,
        format: format === "auto" ? undefined : format,
        delimiter,
        infer,
        maxExamples,
        failOn,
    };
}
/** One character; `\t` and `tab` both mean a tab, as people type it in YAML. */
function readDelimiter() {
    const value = rawInput("delimiter");
    if (value === "")
        return undefined;
    if (value === "\\t" || value.toLowerCase() === "tab")
        return "\t";
    if ([...value].length !== 1 || value === '"' || value === "\n" || value === "\r") {
        throw invalidInput("delimiter", value, "one character such as , ; | or \\t (tab)");
    }
    return value;
}

// EXTERNAL MODULE: ./packages/data/src/parse-schema.ts + 4 modules
var parse_schema = __webpack_require__(1149);
// EXTERNAL MODULE: ./packages/metrics/src/did-you-mean.ts
var did_you_mean = __webpack_require__(1474);
// EXTERNAL MODULE: ./packages/data/src/byte-texts.ts
var byte_texts = __webpack_require__(5415);
// EXTERNAL MODULE: ./packages/data/src/column-validator.ts + 10 modules
var column_validator = __webpack_require__(3316);
// EXTERNAL MODULE: ./packages/data/src/dataset-rules.ts
var dataset_rules = __webpack_require__(8008);
// EXTERNAL MODULE: ./packages/data/src/byte-csv-scanner.ts
var byte_csv_scanner = __webpack_require__(6852);
// EXTERNAL MODULE: ./packages/data/src/csv-range.ts + 1 modules
var csv_range = __webpack_require__(2454);
// EXTERNAL MODULE: ./packages/data/src/csv-segment.ts
var csv_segment = __webpack_require__(9386);
// EXTERNAL MODULE: ./packages/data/src/validate-worker.ts
var validate_worker = __webpack_require__(2489);
;// CONCATENATED MODULE: ./packages/data/src/validate-worker-split.ts

/**
 * Validates the records of `job` on two threads: up to the cut (`split.at`, a line start that may be
 * inside quotes) here, from the cut in `worker` (see `validateCsvBytes`). The worker's state is merged
 * into `sinks`, its lines shifted, so the outcome is the one-thread one.
 */
async function validateSplit(job, split, schema, validators, sinks, options) {
    const { parallel, maxExamples, worker } = options;
    const { file } = job;
    const segment = { ...job, from: split.at, line: 1 };
    const second = worker.validate({ segment, schema, maxExamples });
    try {
        const first = (0,csv_segment/* validateSegment */.K)({ ...job, stopAt: split.at }, sinks);
        const { end } = first;
        if (!endsAt(end, split.at)) {
            worker.terminate();
            parallel.onSplit?.({ file, at: split.at, merged: false });
            return end.stop || end.error !== undefined ? first : readOn(first, job, sinks);
        }
        const result = await second;
        parallel.onSplit?.({ file, at: split.at, merged: result !== undefined });
        if (!result)
            return readOn(first, job, sinks);
        const merged = mergeSegment(result, end.line - 1, validators, sinks, segment);
        return {
            rows: first.rows + merged.rows,
            problems: [...first.problems, ...merged.problems],
            end: merged.end,
        };
    }
    catch (error) {
        // A running worker would keep the process alive.
        worker.terminate();
        throw error;
    }
}
/** The scan ended exactly at `at`, a record boundary, with no problem that ends the file. */
function endsAt(end, at) {
    return end.boundary && end.end === at && !end.stop && end.error === undefined;
}
/** The main thread, alone, reads on from where `first` ended to the end of the file. */
function readOn(first, job, sinks) {
    const rest = (0,csv_segment/* validateSegment */.K)({ ...job, from: first.end.end, line: first.end.line }, sinks);
    return { rows: first.rows + rest.rows, problems: [...first.problems, ...rest.problems], end: rest.end };
}
/**
 * Merges the state of a segment validated apart (its lines counted from 1) into `sinks`, its lines
 * shifted by `lineOffset`. Values both saw are repeats on the segment's lines: `segment` is read again
 * to find them, only when a `unique` check has some.
 */
function mergeSegment(result, lineOffset, validators, sinks, segment) {
    const searches = validators.map((validator, i) => {
        const state = result.columns[i];
        return state ? validator.merge(state, lineOffset) : undefined;
    });
    if (searches.some((search) => search !== undefined)) {
        (0,csv_segment/* validateSegment */.K)(segment, { ...sinks, validators: searches, rules: undefined });
        for (const search of searches)
            search?.finish();
    }
    sinks.rules?.merge(result.rules, segment.file, lineOffset);
    const shift = (problem) => problem.line === undefined ? problem : { ...problem, line: problem.line + lineOffset };
    const end = { ...result.end, line: result.end.line + lineOffset };
    if (result.end.stop)
        end.stop = { ...result.end.stop, line: result.end.stop.line + lineOffset };
    return { rows: result.rows, problems: result.problems.map(shift), end };
}

;// CONCATENATED MODULE: ./packages/data/src/validate-csv-bytes.ts









/** The bytes the delimiter is sniffed from, as `readCsv` does (`readHead`'s default). */
const HEAD_BYTES = 64 * 1024;
const validate_csv_bytes_GZIP_MAGIC = [0x1f, 0x8b];
/** The byte reading of the file, or undefined when it needs the row reader (gzip, JSONL, Parquet...). */
async function byteReadable(file, options) {
    const format = options.format ?? (0,format_from_name/* formatFromName */.R)(file);
    if (format !== "csv" && format !== "tsv")
        return undefined;
    try {
        // Synchronous: the start of a run waits on it, and a plain file needs no stream.
        const info = (0,external_node_fs_.statSync)(file);
        if (!info.isFile() || info.size === 0)
            return undefined;
        const fd = (0,external_node_fs_.openSync)(file, "r");
        try {
            const head = Buffer.allocUnsafe(Math.min(HEAD_BYTES, info.size));
            const read = (0,external_node_fs_.readSync)(fd, head, 0, head.length, 0);
            if (read >= 2 && head[0] === validate_csv_bytes_GZIP_MAGIC[0] && head[1] === validate_csv_bytes_GZIP_MAGIC[1])
                return undefined;
            const delimiter = csvDelimiter(head.subarray(0, read), { ...options, format });
            return (0,byte_csv_scanner/* isByteDelimiter */.mW)(delimiter) ? { delimiter, size: info.size } : undefined;
        }
        finally {
            (0,external_node_fs_.closeSync)(fd);
        }
    }
    catch {
        return undefined;
    }
}
/**
 * Validates one plain CSV file by bytes into `sinks` (the validators of the whole dataset), with the
 * outcome the row reader would give. With `parallel`, a large file's second half goes to a worker that
 * starts at the first line end past the middle, a guess (that line end may be inside quotes) checked
 * when the main thread, scanning the first half, reaches it: if its records end exactly there, the
 * worker's state is merged in (lines shifted); otherwise the worker is dropped and the main thread reads
 * on. So quotes never make the result wrong, only slower.
 */
async function validateCsvBytes(file, plan, schema, validators, sinks, options) {
    const prepared = prepareCsvFile(file, plan, schema, options);
    if ("outcome" in prepared)
        return prepared.outcome;
    const { job, split } = prepared;
    const script = options.parallel?.workerScript;
    const outcome = split !== undefined && script !== undefined && options.parallel
        ? await validateSplit(job, { at: split }, schema, validators, sinks, {
            parallel: options.parallel,
            maxExamples: options.maxExamples,
            worker: options.startWorker?.(script, "csv") ?? new validate_worker.ValidationWorker(script),
        })
        : (0,csv_segment/* validateSegment */.K)(job, sinks);
    return finishCsvFile(prepared, outcome);
}
/**
 * Reads the header of a plain CSV file: the job of validating its records (and, with `parallel`, where
 * to cut them), or the whole outcome of a file with no record.
 */
function prepareCsvFile(file, plan, schema, options) {
    const maxRecordBytes = options.maxRecordBytes ?? reader_types/* DEFAULT_MAX_RECORD_BYTES */.ty;
    const { delimiter, size } = plan;
    const problems = [];
    const fd = (0,external_node_fs_.openSync)(file, "r");
    let found;
    let split;
    try {
        found = (0,csv_range/* readCsvHeader */.km)(fd, { delimiter, maxRecordBytes });
        const dataStart = found.header?.dataStart ?? size;
        if (options.parallel &&
            (0,validate_worker.worthSplitting)(options.parallel, size - dataStart, options.parallel.minBytes ?? (0,validate_worker.defaultParallelBytes)("csv"))) {
            const share = (0,validate_worker.mainThreadShare)(size - dataStart, options.parallel.workerLagBytes);
            split = (0,csv_range/* lineStartAfter */.HZ)(fd, dataStart + Math.floor((size - dataStart) * share), size);
        }
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
    const { header } = found;
    if (!header) {
        if (found.error !== undefined)
            problems.push((0,reader_types/* unreadableFile */._s)(file, 1, found.error));
        if (found.stop)
            problems.push(stopProblem(found.stop, file, maxRecordBytes));
        problems.push({ kind: "empty-file", file, message: "the file has no records" });
        return { outcome: { rows: 0, problems } };
    }
    const columns = header.fields;
    problems.push(...(0,csv_segment/* markProblems */.e)(file, header.line, header.marks));
    for (const event of headerProblems(file, header.line, columns, delimiter)) {
        if (event.kind === "problem")
            problems.push(event.problem);
    }
    const index = new Map();
    columns.forEach((name, i) => {
        if (!index.has(name))
            index.set(name, i);
    });
    const job = {
        file,
        delimiter,
        maxRecordBytes,
        from: header.dataStart,
        line: header.dataLine,
        columns,
        positions: schema.columns.map((spec) => index.get(spec.name) ?? -1),
    };
    return split === undefined ? { job, problems } : { job, problems, split };
}
/** A prepared file's outcome, from how the validation of its records ended. */
function finishCsvFile(prepared, outcome) {
    const { job } = prepared;
    const { file } = job;
    const problems = [...prepared.problems, ...outcome.problems];
    if (outcome.end.error !== undefined)
        problems.push((0,reader_types/* unreadableFile */._s)(file, outcome.end.line, outcome.end.error));
    if (outcome.end.stop)
        problems.push(stopProblem(outcome.end.stop, file, job.maxRecordBytes));
    if (outcome.rows === 0) {
        problems.push({ kind: "header-only", file, line: 1, message: "the file has a header but no data rows" });
    }
    return { columns: job.columns, rows: outcome.rows, problems };
}

;// CONCATENATED MODULE: ./packages/data/src/validate-files-split.ts





/**
 * Starts a worker on the later files of a dataset of plain CSV files none of which is large enough to
 * be split itself (`parallel.minBytes`), at least `parallel.minFilesBytes` together: the main thread
 * keeps the files up to its share of the bytes (`mainThreadShare` of their total, whole files), the
 * worker validates the others in order into validators of its own. Undefined when the dataset is not
 * such: a large file, a file the worker would take that is read by rows (gzip, JSON Lines, an empty
 * file), row rules (their keys are merged by segment), fewer than two files, or too few bytes.
 */
function startFilesSplit(files, plans, schema, rules, options) {
    const { parallel } = options;
    if (rules.hasRowRules)
        return undefined;
    // A file read by rows (gzip, an empty file...) counts for nothing, and stays with the main thread.
    const sizes = plans.map((plan) => plan?.size ?? 0);
    const from = laterFiles(sizes, parallel, {
        minBytes: parallel.minBytes ?? (0,validate_worker.defaultParallelBytes)("csv"),
        minFilesBytes: parallel.minFilesBytes ?? validate_worker.DEFAULT_PARALLEL_FILES_BYTES,
    });
    if (from === undefined || !plans.slice(from).every((plan) => plan !== undefined))
        return undefined;
    const prepared = files
        .slice(from)
        .map((file, k) => prepareCsvFile(file, plans[from + k], schema, { maxRecordBytes: options.maxRecordBytes }));
    const jobs = prepared.flatMap((file) => ("job" in file ? [file.job] : []));
    const worker = options.startWorker(parallel.workerScript, "csv");
    const result = worker.validateFiles({ files: jobs, schema, maxExamples: options.maxExamples });
    return { from, finish: (validators, sinks) => finishCsvFiles(prepared, result, validators, sinks) };
}
/**
 * `startFilesSplit` for a dataset of Parquet files, each below `parallel.minParquetBytes` (larger ones
 * have their columns split), at least `parallel.minParquetFilesBytes` together, checked by columns (no
 * row rules). Only when no column keeps a distinct set (`unique`, `stats.distinct`): a value repeated
 * from the main thread's files would need the worker's read again for its line, as a later file split
 * by columns would.
 */
function startParquetFilesSplit(files, schema, rules, validators, options) {
    const { parallel } = options;
    if (rules.hasRowRules || validators.some((validator) => validator.seen !== undefined))
        return undefined;
    if (!files.every((file) => (options.format ?? (0,format_from_name/* formatFromName */.R)(file)) === "parquet"))
        return undefined;
    const sizes = files.map((file) => (0,external_node_fs_.statSync)(file, { throwIfNoEntry: false })?.size ?? 0);
    const from = laterFiles(sizes, parallel, {
        minBytes: parallel.minParquetBytes ?? (0,validate_worker.defaultParallelBytes)("parquet"),
        minFilesBytes: parallel.minParquetFilesBytes ?? validate_worker.DEFAULT_PARALLEL_PARQUET_FILES_BYTES,
    });
    if (from === undefined)
        return undefined;
    const worker = options.startWorker(parallel.workerScript, "parquet");
    const result = worker.validateParquetFiles({
        files: files.slice(from),
        schema,
        maxExamples: options.maxExamples,
    });
    return {
        from,
        finish: async (mainValidators) => {
            const done = await result;
            if (!done)
                return undefined;
            mainValidators.forEach((validator, i) => {
                const state = done.columns[i];
                // No distinct set: nothing repeated to look for.
                if (state && validator.merge(state, 0))
                    throw new Error(`internal: column '${validator.spec.name}' has values repeated across threads`);
            });
            return done.outcomes;
        },
    };
}
/**
 * The index of the first file a worker takes, when the files are each below `minBytes` and at least
 * `minFilesBytes` together (and a core is free): the main thread keeps the files whose middle comes
 * before its share of the bytes, at least one, and leaves at least one.
 */
function laterFiles(sizes, parallel, thresholds) {
    const total = sizes.reduce((sum, size) => sum + size, 0);
    if (sizes.length < 2 || sizes.some((size) => size >= thresholds.minBytes))
        return undefined;
    if (!(0,validate_worker.worthSplitting)(parallel, total, thresholds.minFilesBytes))
        return undefined;
    const mainBytes = total * (0,validate_worker.mainThreadShare)(total, parallel.workerLagBytes);
    let from = 0;
    for (let bytes = 0; from < sizes.length - 1 && bytes + sizes[from] / 2 < mainBytes; from++)
        bytes += sizes[from];
    return Math.max(from, 1);
}
/**
 * Merges the worker's CSV files: their validators' state, and the values they repeat from the earlier
 * files, found by reading them again (only when a `unique` check has some).
 */
async function finishCsvFiles(prepared, result, validators, sinks) {
    const done = await result;
    if (!done)
        return undefined;
    const read = prepared.flatMap((file) => ("job" in file ? [file] : []));
    const order = read.map((file) => file.job.file);
    const searches = validators.map((validator, i) => {
        const state = done.columns[i];
        return state ? validator.merge(state, 0, order) : undefined;
    });
    if (searches.some((search) => search !== undefined)) {
        for (const file of read)
            (0,csv_segment/* validateSegment */.K)(file.job, { ...sinks, validators: searches, rules: undefined });
        for (const search of searches)
            search?.finish();
    }
    let next = 0;
    return prepared.map((file) => "job" in file
        ? finishCsvFile(file, done.outcomes[next++])
        : file.outcome);
}

;// CONCATENATED MODULE: ./packages/data/src/validate.ts










/** Validates the files, read as one dataset in one streaming pass, against the schema. */
async function validateDataset(files, schema, options = {}) {
    const maxExamples = options.maxExamples ?? 20;
    const validators = schema.columns.map((spec) => new column_validator/* ColumnValidator */.lH(spec, maxExamples));
    const rules = new dataset_rules/* DatasetRules */.C(schema, maxExamples);
    const { nulls, nullBytes } = (0,byte_texts/* nullTexts */.q)(schema.nullValues);
    const needed = rules.neededColumns();
    const readOptions = { ...options };
    if (needed)
        readOptions.columns = [...new Set([...schema.columns.map((column) => column.name), ...needed])];
    const problems = [];
    const summaries = new Map();
    const missing = new Map();
    let positions = [];
    let index = new Map();
    let rows = 0;
    const closeFile = (summary) => {
        if (!summary)
            return;
        rules.addFileColumns(summary.file, summary.columns);
        for (const spec of schema.columns) {
            if (!summary.columns.includes(spec.name)) {
                missing.set(spec.name, [
                    ...(missing.get(spec.name) ?? []),
                    { file: summary.file, columns: summary.columns },
                ]);
            }
        }
    };
    let current;
    /** The summary of the file an event is about: a new file closes the one before. */
    const enter = (file) => {
        if (current?.file !== file) {
            closeFile(current);
            current = { file, rows: 0, columns: [] };
            summaries.set(file, current);
        }
        return current;
    };
    const setHeader = (summary, columns) => {
        summary.columns = columns;
        index = new Map();
        columns.forEach((name, i) => {
            if (!index.has(name))
                index.set(name, i);
        });
        positions = schema.columns.map((spec) => index.get(spec.name) ?? -1);
    };
    /** A file validated whole, apart from the event loop below: its header and rows. */
    const addValidated = (file, columns, fileRows) => {
        const summary = enter(file);
        setHeader(summary, columns);
        summary.rows += fileRows;
        rows += fileRows;
    };
    /** A file validated whole: its header and rows when it has a header, and its problems. */
    const addOutcome = (file, outcome) => {
        if (outcome.columns)
            addValidated(file, outcome.columns, outcome.rows);
        problems.push(...outcome.problems);
    };
    const sinks = {
        validators,
        rules,
        nulls,
        nullBytes,
    };
    let spare = options.parallel?.worker;
    const startWorker = (script, work) => {
        // One worker for the whole dataset: the next split file finds its code loaded and compiled.
        if (spare === undefined || !spare.usable)
            spare = new validate_worker.ValidationWorker(script, work);
        return spare;
    };
    const parallel = options.parallel;
    try {
        // A dataset of many files, each too small to split: the worker takes the later files.
        const plans = parallel && files.length > 1
            ? await Promise.all(files.map((file) => byteReadable(file, readOptions)))
            : undefined;
        const splitOptions = parallel && plans && { ...options, parallel, maxExamples, startWorker };
        const filesSplit = splitOptions &&
            (startFilesSplit(files, plans, schema, rules, splitOptions) ??
                startParquetFilesSplit(files, schema, rules, validators, splitOptions));
        for (const [at, file] of files.entries()) {
            if (filesSplit && at === filesSplit.from) {
                const outcomes = await filesSplit.finish(validators, sinks);
                parallel?.onFilesSplit?.({ files: files.slice(at), merged: outcomes !== undefined });
                if (outcomes) {
                    for (const [k, outcome] of outcomes.entries())
                        addOutcome(files[at + k], outcome);
                    break;
                }
            }
            const plan = plans ? plans[at] : await byteReadable(file, readOptions);
            if (plan) {
                const outcome = await validateCsvBytes(file, plan, schema, validators, sinks, {
                    ...options,
                    maxExamples,
                    startWorker,
                });
                addOutcome(file, outcome);
                continue;
            }
            if (!rules.hasRowRules && (readOptions.format ?? (0,format_from_name/* formatFromName */.R)(file)) === "parquet") {
                const { parallel } = options;
                const minBytes = parallel?.minParquetBytes ?? (0,validate_worker.defaultParallelBytes)("parquet");
                const size = (0,external_node_fs_.statSync)(file, { throwIfNoEntry: false })?.size ?? 0;
                if (parallel && (0,validate_worker.worthSplitting)(parallel, size, minBytes)) {
                    const { validateParquetSplit } = await Promise.all(/* import() */[__webpack_require__.e(178), __webpack_require__.e(932), __webpack_require__.e(190)]).then(__webpack_require__.bind(__webpack_require__, 9190));
                    const outcome = await validateParquetSplit(file, schema, validators, {
                        parallel,
                        maxExamples,
                        nulls: sinks.nulls,
                        nullBytes: sinks.nullBytes,
                        startWorker,
                    });
                    if (outcome) {
                        addValidated(file, outcome.columns, outcome.rows);
                        continue;
                    }
                }
                // No rule needs whole rows: each column is checked from the decoded columns.
                const { validateParquetFile } = await Promise.all(/* import() */[__webpack_require__.e(178), __webpack_require__.e(932), __webpack_require__.e(184), __webpack_require__.e(380)]).then(__webpack_require__.bind(__webpack_require__, 7380));
                addOutcome(file, await validateParquetFile(file, validators, sinks.nulls, sinks.nullBytes));
                continue;
            }
            for await (const event of readFile(file, readOptions)) {
                if (event.kind === "problem") {
                    problems.push(event.problem);
                    continue;
                }
                const summary = enter(event.file);
                if (event.kind === "header") {
                    setHeader(summary, event.columns);
                    continue;
                }
                const cellOf = (values, position) => {
                    const value = position < 0 ? null : (values[position] ?? null);
                    return typeof value === "string" && nulls?.has(value) ? null : value;
                };
                for (let i = 0; i < validators.length; i++) {
                    const position = positions[i] ?? -1;
                    if (position >= 0)
                        validators[i]?.acceptColumn(event.rows, position, nulls, event.file);
                }
                if (rules.hasRowRules) {
                    for (const { values, line } of event.rows) {
                        rules.acceptRow((column) => cellOf(values, index.get(column) ?? -1), values, event.file, line);
                    }
                }
                rows += event.rows.length;
                summary.rows += event.rows.length;
            }
        }
    }
    finally {
        spare?.terminate();
    }
    closeFile(current);
    const allColumns = [...new Set([...summaries.values()].flatMap((summary) => summary.columns))];
    const show = options.displayName ?? ((file) => file);
    const checks = [...fileProblemResults(problems, maxExamples, show)];
    // Under `columns: subset` a schema column may be absent: its checks look at the files that have it, and
    // a column no file has is not checked at all.
    const mayBeAbsent = schema.dataset.columns?.match === "subset";
    for (const validator of validators) {
        const absent = missing.get(validator.spec.name);
        if (absent && summaries.size > 0) {
            if (!mayBeAbsent)
                checks.push(missingColumnResult(validator, absent, allColumns, summaries.size, show));
            else if (absent.length === summaries.size)
                continue;
        }
        checks.push(...validator.results());
    }
    checks.push(...rules.results(rows));
    const ordered = [
        ...checks.filter((check) => check.status === "fail" && check.severity === "error"),
        ...checks.filter((check) => check.status === "fail" && check.severity === "warning"),
        ...checks.filter((check) => check.status === "pass"),
    ];
    const errors = ordered.filter((check) => check.status === "fail" && check.severity === "error").length;
    const warnings = ordered.filter((check) => check.status === "fail" && check.severity === "warning").length;
    return { valid: errors === 0, rows, files: [...summaries.values()], errors, warnings, checks: ordered };
}
function missingColumnResult(validator, absent, allColumns, fileCount, show) {
    const { spec } = validator;
    const hint = (0,did_you_mean/* didYouMean */.au)(spec.name, allColumns);
    const where = absent.length === fileCount ? "the data" : `${absent.length} of ${fileCount} files`;
    return {
        scope: "column",
        column: spec.name,
        severity: spec.severity,
        id: `column.${spec.name}.exists`,
        check: "exists",
        expected: "the column exists",
        status: "fail",
        message: `column '${spec.name}' (schema ${show(spec.location.file)}:${spec.location.line ?? 1}) is missing from ${where}${hint}`,
        evaluated: fileCount,
        unexpected: absent.length,
        unexpectedShare: absent.length / fileCount,
        examples: absent.map(({ file, columns }) => ({ value: columns.join(", "), file, line: 1 })),
        rule: spec.location,
    };
}

;// CONCATENATED MODULE: ./actions/validate-data/src/render.ts

const MAX_TABLE_ROWS = 100;
/** `1,003 rows in 2 files: 3 errors, 1 warning` */
function summaryLine(result) {
    const files = result.files.length === 1 ? "1 file" : `${result.files.length} files`;
    const checks = result.checks.length;
    if (result.errors === 0 && result.warnings === 0) {
        return `${result.rows} rows in ${files}: all ${checks} checks passed`;
    }
    return `${result.rows} rows in ${files}: ${result.errors} error(s), ${result.warnings} warning(s) in ${checks} checks`;
}
/** The checks table: failures first, at most 100 rows. */
function checkRows(checks) {
    return checks
        .slice(0, MAX_TABLE_ROWS)
        .map((check) => [
        check.status === "pass" ? "✅ pass" : check.severity === "warning" ? "⚠️ warning" : "❌ error",
        check.column ?? check.scope,
        check.expected,
        observedText(check),
        firstExample(check),
    ]);
}
const CHECK_TABLE_HEADER = ["status", "column", "check", "observed", "first failing example"];
function observedText(check) {
    if (check.unexpected !== undefined && check.evaluated !== undefined) {
        const share = check.unexpectedShare === undefined ? "" : ` (${(check.unexpectedShare * 100).toFixed(2)}%)`;
        return `${check.unexpected} of ${check.evaluated} failed${share}`;
    }
    if (check.unexpected !== undefined)
        return `${check.unexpected} found`;
    if (check.observed !== undefined && check.observed !== null) {
        return typeof check.observed === "number" ? String(+check.observed.toPrecision(6)) : check.observed;
    }
    return "";
}
function firstExample(check) {
    const [example] = check.examples;
    if (!example)
        return "";
    const where = `${workspaceRelative(example.file)}${example.line === undefined ? "" : `:${example.line}`}`;
    return `${where}: ${example.value}`;
}

// EXTERNAL MODULE: ./packages/metrics/src/source-error.ts
var source_error = __webpack_require__(1167);
;// CONCATENATED MODULE: ./actions/validate-data/src/user-errors.ts


/** A SourceError (a mistake in the schema file) becomes a UserError pointing at its file, line and column. */
function toUserError(error) {
    if (!(error instanceof source_error/* SourceError */.c8))
        return error;
    const { file, line, column } = error.location;
    return new UserError(error.message, {
        file,
        ...(line !== undefined && { line }),
        ...(column !== undefined && { column }),
    });
}

;// CONCATENATED MODULE: ./actions/validate-data/src/validate-mode.ts






/** Says, in the debug log, which files were validated on two threads and how. */
const splitDebugLines = {
    onSplit: ({ file, at, merged }) => debug(merged
        ? `${workspaceRelative(file)}: validated on two threads, cut at byte ${at}`
        : `${workspaceRelative(file)}: the cut at byte ${at} fell inside a quoted field; validated on one thread`),
    onParquetSplit: ({ file, worker, merged }) => debug(merged
        ? `${workspaceRelative(file)}: columns ${worker.join(", ")} validated on a worker thread`
        : `${workspaceRelative(file)}: validated again on one thread (a problem in the file, or the worker failed)`),
    onFilesSplit: ({ files, merged }) => debug(merged
        ? `${files.length} files, from ${workspaceRelative(files[0])} on, validated on a worker thread`
        : `the worker thread failed; ${files.length} files, from ${workspaceRelative(files[0])} on, validated on one thread`),
};
/**
 * Validates the data against the schema; fails the step when `fail-on` says so. `parallel` names the
 * action's own entry, which a worker thread re-runs to validate half of a large CSV file, the later files
 * of a large dataset of small CSV files, or about half of the columns of a large Parquet file.
 */
async function validateMode(inputs, readOptions, parallel) {
    const schema = await (0,parse_schema/* readSchemaFile */.EZ)(inputs.schema, workspaceRelative(inputs.schema)).catch((error) => {
        throw toUserError(error);
    });
    const result = await validateDataset(inputs.files, schema, {
        ...readOptions,
        maxExamples: inputs.maxExamples,
        displayName: workspaceRelative,
        parallel: { ...parallel, ...splitDebugLines },
    });
    const failing = inputs.failOn === "error"
        ? result.errors > 0
        : inputs.failOn === "warning" && result.errors + result.warnings > 0;
    const status = failing ? "fail" : result.errors + result.warnings > 0 ? "warn" : "pass";
    const summary = summaryLine(result);
    annotateAll(checkAnnotations(result.checks));
    addHeading("Validate data");
    addParagraph(`${status === "pass" ? "✅" : status === "warn" ? "⚠️" : "❌"} ${summary}`);
    addTable(CHECK_TABLE_HEADER, checkRows(result.checks));
    if (result.checks.length > MAX_TABLE_ROWS) {
        addParagraph(`The table shows the first ${MAX_TABLE_ROWS} of ${result.checks.length} checks (failures first); the report lists them all.`);
    }
    await writeSummary();
    setOutput("valid", String(result.valid));
    setOutput("errors", String(result.errors));
    setOutput("warnings", String(result.warnings));
    setOutput("rows", String(result.rows));
    await writeReport({
        action: "validate-data",
        status,
        summary,
        data: validationReportData(result, inputs.schema, inputs.failOn),
    });
    if (failing) {
        process.exitCode = 1;
        annotate({ level: "error", message: `Data validation failed: ${summary}` });
    }
    else
        info(summary);
}

;// CONCATENATED MODULE: ./actions/validate-data/src/action.ts




/**
 * The action; `entry` is the script it started from, which a worker thread re-runs (see main.ts), and
 * `worker` such a thread already started.
 */
async function runAction(entry, worker) {
    await run(async () => {
        const inputs = await readInputs();
        const readOptions = {
            ...(inputs.format && { format: inputs.format }),
            ...(inputs.delimiter && { delimiter: inputs.delimiter }),
        };
        if (inputs.infer)
            await inferMode(inputs, readOptions);
        else
            await validateMode(inputs, readOptions, { workerScript: entry, ...(worker && { worker }) });
    });
}


/***/ }),

/***/ 1149:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  D0: () => (/* binding */ parseSchema),
  EZ: () => (/* binding */ readSchemaFile)
});

// UNUSED EXPORTS: SCHEMA_KEYS

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./packages/metrics/src/source-error.ts
var source_error = __webpack_require__(1167);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./packages/data/src/column-results.ts
var column_results = __webpack_require__(2681);
;// CONCATENATED MODULE: ./packages/data/src/schema.ts
const STRING_FORMATS = ["email", "uuid", "url", "ipv4"];
/** The value checks of a column, as the report names them: each takes its own `mostly`. */
const MOSTLY_CHECKS = [
    "type",
    "nullable",
    "min",
    "max",
    "in",
    "not-in",
    "pattern",
    "length",
    "format",
    "unique",
];
const COLUMN_MATCHES = ["exact", "subset", "superset"];
const COMPARISON_OPERATORS = [">=", "<=", "!=", "==", ">", "<"];

// EXTERNAL MODULE: ./packages/data/src/value.ts
var value = __webpack_require__(4791);
// EXTERNAL MODULE: ./packages/data/src/value-rules.ts + 4 modules
var value_rules = __webpack_require__(7522);
// EXTERNAL MODULE: ./packages/metrics/src/did-you-mean.ts
var did_you_mean = __webpack_require__(1474);
;// CONCATENATED MODULE: ./packages/data/src/yaml-nodes.ts



/** Turns yaml nodes into positions and typed values, with errors that name file:line:col. */
class YamlReader {
    file;
    lines;
    constructor(file, lines) {
        this.file = file;
        this.lines = lines;
    }
    at(node) {
        const offset = node?.range?.[0];
        if (offset === undefined)
            return { file: this.file };
        const { line, col } = this.lines.linePos(offset);
        return { file: this.file, line, column: col };
    }
    fail(node, reason) {
        throw new source_error/* SourceError */.c8(this.at(node), reason);
    }
    /** The entries of a mapping; keys must be strings from `allowed` (did-you-mean for typos). */
    entries(node, what, allowed) {
        if (!(0,dist/* isMap */.jh)(node))
            this.fail(node, `${what} must be a mapping`);
        return node.items.map((pair) => {
            const keyNode = pair.key;
            const key = (0,dist/* isScalar */.jn)(keyNode) ? String(keyNode.value) : "";
            if (allowed && !allowed.includes(key)) {
                const hint = (0,did_you_mean/* didYouMean */.au)(key, allowed);
                this.fail(keyNode, `unknown key '${key}' in ${what}${hint || `; expected one of ${allowed.join(", ")}`}`);
            }
            return { key, keyNode, value: pair.value ?? emptyValue(keyNode) };
        });
    }
    scalar(node, what) {
        if (!(0,dist/* isScalar */.jn)(node))
            this.fail(node, `${what} must be a single value`);
        return node.value;
    }
    number(node, what) {
        const value = this.scalar(node, what);
        if (typeof value !== "number" || !Number.isFinite(value))
            this.fail(node, `${what} must be a number, not '${String(value)}'`);
        return value;
    }
    share(node, what) {
        const value = this.number(node, what);
        if (value < 0 || value > 1)
            this.fail(node, `${what} must be a share between 0 and 1, not ${value}`);
        return value;
    }
    string(node, what) {
        const value = this.scalar(node, what);
        if (typeof value !== "string" || value === "")
            this.fail(node, `${what} must be a non-empty string`);
        return value;
    }
    boolean(node, what) {
        const value = this.scalar(node, what);
        if (typeof value !== "boolean")
            this.fail(node, `${what} must be true or false, not '${String(value)}'`);
        return value;
    }
    oneOf(node, what, values) {
        const value = String(this.scalar(node, what));
        if (!values.includes(value)) {
            const hint = (0,did_you_mean/* didYouMean */.au)(value, values);
            this.fail(node, `${what} is '${value}'${hint || `; expected one of ${values.join(", ")}`}`);
        }
        return value;
    }
    list(node, what) {
        if (!(0,dist/* isSeq */.oP)(node))
            this.fail(node, `${what} must be a list`);
        return node.items;
    }
}
/** `key:` with nothing after it: a null value placed where its key is, so errors still point there. */
function emptyValue(keyNode) {
    const empty = new dist/* Scalar */.X5(null);
    if (keyNode.range)
        empty.range = keyNode.range;
    return empty;
}
/** True for a missing value (`key:` or `key: null`). */
function isEmptyValue(node) {
    return (0,dist/* isScalar */.jn)(node) && node.value === null;
}

;// CONCATENATED MODULE: ./packages/data/src/parse-column.ts






const COLUMN_KEYS = [
    "type",
    "nullable",
    "min",
    "max",
    "in",
    "not-in",
    "pattern",
    "length",
    "format",
    "unique",
    "mostly",
    "severity",
    "stats",
    "description",
];
const STATS_KEYS = [
    "min",
    "max",
    "mean",
    "median",
    "std",
    "quantiles",
    "distinct",
    "missing",
];
const RANGE_KEYS = ["min", "max"];
const ORDERED_TYPES = ["integer", "number", "date", "datetime"];
/** Reads one entry of `columns:`; every problem names the schema file, line and column. */
function parseColumn(reader, name, keyNode, node) {
    const spec = {
        name,
        nullable: true,
        unique: false,
        mostly: everyCheck(1),
        severity: "error",
        stats: { quantiles: [] },
        location: reader.at(keyNode),
        keyLocations: {},
    };
    const entries = isEmptyValue(node) ? [] : reader.entries(node, `column '${name}'`, COLUMN_KEYS);
    const entryValue = (key) => entries.find((entry) => entry.key === key)?.value;
    const typeNode = entryValue("type");
    if (typeNode)
        spec.type = reader.oneOf(typeNode, "type", value/* COLUMN_TYPES */.RO);
    const formatNode = entryValue("format");
    if (formatNode) {
        const format = reader.oneOf(formatNode, "format", [...STRING_FORMATS, ...value/* DATE_FORMATS */.Kn]);
        if (value/* DATE_FORMATS */.Kn.includes(format))
            spec.dateFormat = format;
        else if (spec.type === "date")
            reader.fail(formatNode, `format of a date column must be one of ${value/* DATE_FORMATS */.Kn.join(", ")}`);
        else
            spec.format = format;
    }
    let numberList = false;
    for (const { key, keyNode: at, value } of entries) {
        spec.keyLocations[key] = reader.at(at);
        switch (key) {
            case "nullable":
                spec.nullable = reader.boolean(value, "nullable");
                break;
            case "unique":
                spec.unique = reader.boolean(value, "unique");
                break;
            case "mostly":
                spec.mostly = (0,dist/* isMap */.jh)(value) ? mostlyByCheck(reader, value) : everyCheck(reader.share(value, "mostly"));
                break;
            case "severity":
                spec.severity = reader.oneOf(value, "severity", ["error", "warning"]);
                break;
            case "min":
            case "max":
                spec[key] = orderedBound(reader, value, key, spec);
                break;
            case "in":
            case "not-in": {
                const items = reader.list(value, key);
                numberList ||= spec.type === undefined && items.length > 0 && items.every(isYamlNumber);
                spec[key === "in" ? "in" : "notIn"] = items.map((item) => typedItem(reader, item, key, spec));
                break;
            }
            case "pattern":
                spec.pattern = compilePattern(reader, value);
                break;
            case "length":
                spec.length = parseRange(reader, value, "length");
                break;
            case "stats":
                spec.stats = parseStats(reader, value, spec);
                break;
            case "description":
                reader.scalar(value, "description");
                break;
        }
    }
    const { stats } = spec;
    const numeric = spec.min !== undefined || spec.max !== undefined || stats.mean || stats.median || stats.std;
    // Without a declared type, numeric rules mean the values are numbers (else they would be compared as
    // text: `in: [1]` would refuse `1.0`), and so does a list of numbers only.
    if (spec.type === undefined &&
        (numeric || stats.min || stats.max || stats.quantiles.length > 0 || numberList)) {
        spec.type = "number";
        if (numberList) {
            if (spec.in)
                spec.in = spec.in.map(Number);
            if (spec.notIn)
                spec.notIn = spec.notIn.map(Number);
        }
    }
    const mostlyNode = entryValue("mostly");
    if (mostlyNode && (0,dist/* isMap */.jh)(mostlyNode))
        checkMostlyChecks(reader, mostlyNode, spec);
    return spec;
}
/** The same share for every check. */
function everyCheck(share) {
    return Object.fromEntries(MOSTLY_CHECKS.map((check) => [check, share]));
}
/** `mostly` by check (`{ min: 0.95, max: 0.95 }`): a check not named takes 1. */
function mostlyByCheck(reader, node) {
    const mostly = everyCheck(1);
    for (const { key, value } of reader.entries(node, "mostly", MOSTLY_CHECKS)) {
        mostly[key] = reader.share(value, `mostly ${key}`);
    }
    return mostly;
}
/** A `mostly` map names only checks the column has: any other is a typo or a leftover. */
function checkMostlyChecks(reader, node, spec) {
    const checks = new Set((0,column_results/* valueChecks */.fk)(spec, (0,value_rules/* valueRules */.Ni)(spec, 0)));
    for (const { key, keyNode } of reader.entries(node, "mostly", MOSTLY_CHECKS)) {
        if (!checks.has(key)) {
            reader.fail(keyNode, `mostly for '${key}', which column '${spec.name}' does not check`);
        }
    }
}
function isYamlNumber(node) {
    return (0,dist/* isScalar */.jn)(node) && typeof node.value === "number";
}
/** A range written as `{ min, max }` (either may be left out) or as one number meaning exactly that. */
function parseRange(reader, node, what) {
    if (!(0,dist/* isMap */.jh)(node)) {
        const value = reader.number(node, what);
        return { min: value, max: value };
    }
    const range = {};
    for (const { key, value } of reader.entries(node, what, RANGE_KEYS)) {
        range[key] = reader.number(value, `${what} ${key}`);
    }
    if (range.min !== undefined && range.max !== undefined && range.min > range.max) {
        reader.fail(node, `${what} has min ${range.min} above max ${range.max}`);
    }
    return range;
}
function parseStats(reader, node, spec) {
    const stats = { quantiles: [] };
    for (const { key, keyNode, value } of reader.entries(node, "stats", STATS_KEYS)) {
        spec.keyLocations[`stats.${key}`] = reader.at(keyNode);
        const numericOnly = key !== "distinct" && key !== "missing";
        if (numericOnly && spec.type !== undefined && spec.type !== "integer" && spec.type !== "number") {
            reader.fail(keyNode, `stats ${key} needs a column of type integer or number, not ${spec.type}`);
        }
        if (key === "quantiles") {
            for (const entry of reader.entries(value, "quantiles")) {
                const quantile = Number(entry.key);
                if (!Number.isFinite(quantile) || quantile < 0 || quantile > 1) {
                    reader.fail(entry.keyNode, `a quantile must be between 0 and 1, not '${entry.key}'`);
                }
                stats.quantiles.push({ quantile, range: parseRange(reader, entry.value, `quantile ${entry.key}`) });
            }
        }
        else {
            stats[key] = parseRange(reader, value, key);
        }
    }
    return stats;
}
function orderedBound(reader, node, key, spec) {
    const type = spec.type ?? "number";
    if (!ORDERED_TYPES.includes(type)) {
        reader.fail(node, `${key} applies to integer, number, date and datetime columns, not ${type}`);
    }
    return typedItem(reader, node, key, { ...spec, type });
}
function typedItem(reader, node, what, spec) {
    const raw = reader.scalar(node, what);
    const type = spec.type ?? "string";
    const cell = typeof raw === "number" || typeof raw === "boolean" ? raw : String(raw);
    let typed;
    if (type === "date")
        typed = (0,value/* parseDate */._U)(String(raw), spec.dateFormat) ?? (0,value/* parseDate */._U)(String(raw));
    else if (type === "datetime")
        typed = (0,value/* parseDatetime */.X7)(String(raw)) ?? dateAsDatetime(String(raw));
    else if (type === "integer" || type === "number" || type === "boolean")
        typed = (0,value/* toTyped */._2)(cell, type);
    else
        typed = String(raw);
    if (typed === undefined)
        reader.fail(node, `${what} value '${String(raw)}' is not a valid ${type}`);
    return typed;
}
/** A date-only bound of a datetime column means midnight UTC of that day. */
function dateAsDatetime(text) {
    const day = (0,value/* parseDate */._U)(text);
    return day === undefined ? undefined : day * 86_400_000;
}
function compilePattern(reader, node) {
    const source = reader.string(node, "pattern");
    try {
        return new RegExp(`^(?:${source})$`);
    }
    catch (error) {
        const reason = error instanceof Error ? error.message.replace(/^Invalid regular expression: /, "") : String(error);
        return reader.fail(node, `pattern is not a valid regular expression: ${reason}`);
    }
}

;// CONCATENATED MODULE: ./packages/data/src/parse-dataset.ts



const DATASET_KEYS = [
    "rows",
    "columns",
    "unique",
    "no-duplicate-rows",
    "compare",
    "severity",
];
const COLUMN_SET_KEYS = ["match", "ordered"];
/** Reads `dataset:` — rules about the whole dataset rather than one column. */
function parseDataset(reader, node) {
    const spec = {
        uniqueKeys: [],
        noDuplicateRows: false,
        comparisons: [],
        severity: "error",
        keyLocations: {},
    };
    if (!node)
        return spec;
    for (const { key, keyNode, value } of reader.entries(node, "dataset", DATASET_KEYS)) {
        spec.keyLocations[key] = reader.at(keyNode);
        switch (key) {
            case "rows":
                spec.rows = parseRange(reader, value, "rows");
                break;
            case "columns":
                spec.columns = parseColumnSet(reader, value);
                break;
            case "unique":
                spec.uniqueKeys = reader.list(value, "unique").map((item) => ({
                    columns: (0,dist/* isSeq */.oP)(item)
                        ? reader.list(item, "a unique key").map((n) => reader.string(n, "a column name"))
                        : [reader.string(item, "a column name")],
                    location: reader.at(item),
                }));
                break;
            case "no-duplicate-rows":
                spec.noDuplicateRows = reader.boolean(value, "no-duplicate-rows");
                break;
            case "compare":
                spec.comparisons = reader.list(value, "compare").map((item) => parseComparison(reader, item));
                break;
            case "severity":
                spec.severity = reader.oneOf(value, "severity", ["error", "warning"]);
                break;
        }
    }
    return spec;
}
function parseColumnSet(reader, node) {
    if (!(0,dist/* isMap */.jh)(node))
        return { match: reader.oneOf(node, "columns", COLUMN_MATCHES), ordered: false };
    const set = { match: "exact", ordered: false };
    for (const { key, value } of reader.entries(node, "columns", COLUMN_SET_KEYS)) {
        if (key === "match")
            set.match = reader.oneOf(value, "columns match", COLUMN_MATCHES);
        else
            set.ordered = reader.boolean(value, "columns ordered");
    }
    return set;
}
const COMPARISON = new RegExp(`^\\s*(.+?)\\s*(${COMPARISON_OPERATORS.join("|")})\\s*(.+?)\\s*$`);
/** `end_date >= start_date`: two column names and one of >=, <=, >, <, ==, !=. */
function parseComparison(reader, node) {
    const text = reader.string(node, "a comparison");
    const match = COMPARISON.exec(text);
    if (!match?.[1] || !match[3]) {
        return reader.fail(node, `comparison '${text}' must look like 'end_date >= start_date' (operators ${COMPARISON_OPERATORS.join(" ")})`);
    }
    return {
        left: match[1],
        operator: match[2],
        right: match[3],
        text,
        location: reader.at(node),
    };
}

;// CONCATENATED MODULE: ./packages/data/src/parse-schema.ts






const SCHEMA_KEYS = ["version", "columns", "dataset", "null-values"];
/**
 * Reads a schema file (YAML; a `.json` file is a Great Expectations suite, see `parseGxSuite`). Errors
 * and rule locations name it `displayName`.
 */
async function readSchemaFile(file, displayName = file) {
    let text;
    try {
        text = await (0,promises_.readFile)(file, "utf8");
    }
    catch (error) {
        const reason = error instanceof Error && "code" in error && error.code === "ENOENT"
            ? "the file does not exist"
            : String(error);
        throw new source_error/* SourceError */.c8({ file: displayName }, `cannot read the schema: ${reason}`);
    }
    if (file.toLowerCase().endsWith(".json")) {
        const { parseGxSuite } = await __webpack_require__.e(/* import() */ 956).then(__webpack_require__.bind(__webpack_require__, 1956));
        return parseGxSuite(text, displayName);
    }
    return parseSchema(text, displayName);
}
/**
 * Parses a data schema (YAML). Every mistake is a `SourceError` naming `file:line:col`, with a
 * "did you mean" for misspelt keys and values.
 */
function parseSchema(text, file) {
    const lines = new dist/* LineCounter */.HN();
    const document = (0,dist/* parseDocument */.Tp)(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
    const reader = new YamlReader(file, lines);
    const [firstError] = document.errors;
    if (firstError) {
        const { line, col } = lines.linePos(firstError.pos[0]);
        const reason = firstError.message.split(/ at line \d+, column \d+/)[0] ?? firstError.message;
        throw new source_error/* SourceError */.c8({ file, line, column: col }, `invalid YAML: ${reason.trim()}`);
    }
    const root = document.contents;
    if (!root || !(0,dist/* isMap */.jh)(root))
        return reader.fail(root, "the schema must be a mapping with 'columns' and/or 'dataset'");
    const entries = reader.entries(root, "the schema", SCHEMA_KEYS);
    const entryValue = (key) => entries.find((entry) => entry.key === key)?.value;
    const version = entryValue("version");
    if (version && reader.number(version, "version") !== 1)
        reader.fail(version, "version must be 1");
    const columnsNode = entryValue("columns");
    const columns = columnsNode && !isEmptyValue(columnsNode)
        ? reader
            .entries(columnsNode, "columns")
            .map(({ key, keyNode, value }) => parseColumn(reader, key, keyNode, value))
        : [];
    const nullNode = entryValue("null-values");
    const nullValues = nullNode
        ? reader.list(nullNode, "null-values").map((item) => String(reader.scalar(item, "a null value")))
        : [];
    return { file, columns, dataset: parseDataset(reader, entryValue("dataset")), nullValues };
}


/***/ }),

/***/ 7763:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _s: () => (/* binding */ unreadableFile),
/* harmony export */   jg: () => (/* binding */ DEFAULT_BATCH_SIZE),
/* harmony export */   nO: () => (/* binding */ FILE_PROBLEM_KINDS),
/* harmony export */   ty: () => (/* binding */ DEFAULT_MAX_RECORD_BYTES)
/* harmony export */ });
/** What can be wrong with a data file itself; each becomes a finding, never a crash. */
const FILE_PROBLEM_KINDS = [
    "unreadable",
    "empty-file",
    "header-only",
    "duplicate-columns",
    "ragged-row",
    "unterminated-quote",
    "malformed-csv",
    "invalid-utf8",
    "nul-byte",
    "record-too-long",
    "wrong-delimiter",
    "invalid-json",
    "not-an-object",
];
/** A file that could not be read on from `line`, for `cause` (an error, or the reader's reason). */
function unreadableFile(file, line, cause) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    return { kind: "unreadable", file, line, message: `cannot read the file: ${reason}` };
}
const DEFAULT_MAX_RECORD_BYTES = 8 * 1024 * 1024;
const DEFAULT_BATCH_SIZE = 2048;


/***/ }),

/***/ 1167:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c8: () => (/* binding */ SourceError)
/* harmony export */ });
/* unused harmony exports formatLocation, locationAt */
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
class SourceError extends Error {
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


/***/ })

};
