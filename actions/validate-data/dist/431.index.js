export const id = 431;
export const ids = [431];
export const modules = {

/***/ 7431:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runAction: () => (/* binding */ runAction)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
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
    const delimiter = `ghadelimiter_${(0,external_node_crypto_.randomUUID)()}`;
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
    const unique = `${Date.now().toString(36)}-${(0,external_node_crypto_.randomBytes)(4).toString("hex")}`;
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

// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
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
    const gunzip = (0,external_node_zlib_.createGunzip)();
    raw.on("error", (error) => gunzip.destroy(error));
    return raw.pipe(gunzip);
}
/** Up to `limit` bytes from the start of the (decompressed) file, for sniffing. */
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
    const head = await readHead(file);
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
        const reason = error instanceof Error ? error.message : String(error);
        yield problem({
            kind: "unreadable",
            file,
            line: scanner.line,
            message: `cannot read the file: ${reason}`,
        });
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
    const bytes = await openBytes(file);
    try {
        for await (const item of splitLines(bytes, maxBytes)) {
            sawContent = true;
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
        const reason = error instanceof Error ? error.message : String(error);
        yield read_jsonl_problem({ kind: "unreadable", file, message: `cannot read the file: ${reason}` });
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
    const { readParquet } = await Promise.all(/* import() */[__webpack_require__.e(50), __webpack_require__.e(361), __webpack_require__.e(333), __webpack_require__.e(107)]).then(__webpack_require__.bind(__webpack_require__, 3333));
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
// EXTERNAL MODULE: ./packages/metrics/src/index.ts + 15 modules
var src = __webpack_require__(6762);
// EXTERNAL MODULE: ./packages/data/src/byte-texts.ts
var byte_texts = __webpack_require__(5415);
// EXTERNAL MODULE: ./packages/data/src/column-validator.ts + 10 modules
var column_validator = __webpack_require__(9424);
// EXTERNAL MODULE: ./packages/data/src/dataset-rules.ts
var dataset_rules = __webpack_require__(8008);
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

// EXTERNAL MODULE: ./packages/data/src/byte-csv-scanner.ts + 2 modules
var byte_csv_scanner = __webpack_require__(1099);
// EXTERNAL MODULE: ./packages/data/src/csv-range.ts
var csv_range = __webpack_require__(4790);
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
            (0,validate_worker.worthSplitting)(options.parallel, size - dataStart, options.parallel.minBytes ?? validate_worker.DEFAULT_PARALLEL_BYTES)) {
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
            problems.push(unreadable(file, 1, found.error));
        if (found.stop)
            problems.push(stopProblem(found.stop, file, maxRecordBytes));
        problems.push({ kind: "empty-file", file, message: "the file has no records" });
        return { rows: 0, problems };
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
    const script = options.parallel?.workerScript;
    const outcome = split !== undefined && script !== undefined && options.parallel
        ? await validateSplit(job, { at: split }, schema, validators, sinks, {
            parallel: options.parallel,
            maxExamples: options.maxExamples,
            worker: options.startWorker?.(script, "csv") ?? new validate_worker.ValidationWorker(script),
        })
        : (0,csv_segment/* validateSegment */.K)(job, sinks);
    problems.push(...outcome.problems);
    if (outcome.end.error !== undefined)
        problems.push(unreadable(file, outcome.end.line, outcome.end.error));
    if (outcome.end.stop)
        problems.push(stopProblem(outcome.end.stop, file, maxRecordBytes));
    if (outcome.rows === 0) {
        problems.push({ kind: "header-only", file, line: 1, message: "the file has a header but no data rows" });
    }
    return { columns, rows: outcome.rows, problems };
}
function unreadable(file, line, reason) {
    return { kind: "unreadable", file, line, message: `cannot read the file: ${reason}` };
}

;// CONCATENATED MODULE: ./packages/data/src/validate.ts









/** Validates the files, read as one dataset in one streaming pass, against the schema. */
async function validateDataset(files, schema, options = {}) {
    const maxExamples = options.maxExamples ?? 20;
    const validators = schema.columns.map((spec) => new column_validator/* ColumnValidator */.lH(spec, maxExamples));
    const rules = new dataset_rules/* DatasetRules */.C(schema, maxExamples);
    const nulls = new Set(schema.nullValues);
    const checkNulls = nulls.size > 0;
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
    const sinks = {
        validators,
        rules,
        nulls: checkNulls ? nulls : undefined,
        nullBytes: checkNulls ? new byte_texts/* ByteTexts */.p(nulls) : undefined,
    };
    let spare = options.parallel?.worker;
    const startWorker = (script, work) => {
        const worker = spare ?? new validate_worker.ValidationWorker(script, work);
        spare = undefined;
        return worker;
    };
    try {
        for (const file of files) {
            const plan = await byteReadable(file, readOptions);
            if (plan) {
                const outcome = await validateCsvBytes(file, plan, schema, validators, sinks, {
                    ...options,
                    maxExamples,
                    startWorker,
                });
                if (outcome.columns)
                    addValidated(file, outcome.columns, outcome.rows);
                problems.push(...outcome.problems);
                continue;
            }
            if (!rules.hasRowRules && (readOptions.format ?? (0,format_from_name/* formatFromName */.R)(file)) === "parquet") {
                const { parallel } = options;
                const minBytes = parallel?.minParquetBytes ?? validate_worker.DEFAULT_PARALLEL_PARQUET_BYTES;
                const size = (0,external_node_fs_.statSync)(file, { throwIfNoEntry: false })?.size ?? 0;
                if (parallel && (0,validate_worker.worthSplitting)(parallel, size, minBytes)) {
                    const { validateParquetSplit } = await Promise.all(/* import() */[__webpack_require__.e(361), __webpack_require__.e(190)]).then(__webpack_require__.bind(__webpack_require__, 9190));
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
                const { validateParquetColumns } = await Promise.all(/* import() */[__webpack_require__.e(50), __webpack_require__.e(361), __webpack_require__.e(333), __webpack_require__.e(380)]).then(__webpack_require__.bind(__webpack_require__, 7380));
                for await (const event of validateParquetColumns(file, validators, sinks.nulls, sinks.nullBytes)) {
                    if (event.kind === "problem") {
                        problems.push(event.problem);
                        continue;
                    }
                    const summary = enter(event.file);
                    if (event.kind === "header")
                        setHeader(summary, event.columns);
                    else {
                        rows += event.rows;
                        summary.rows += event.rows;
                    }
                }
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
                    return typeof value === "string" && nulls.has(value) ? null : value;
                };
                for (let i = 0; i < validators.length; i++) {
                    const position = positions[i] ?? -1;
                    if (position >= 0)
                        validators[i]?.acceptColumn(event.rows, position, checkNulls ? nulls : undefined, event.file);
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
    for (const validator of validators) {
        const absent = missing.get(validator.spec.name);
        if (absent && summaries.size > 0)
            checks.push(missingColumnResult(validator, absent, allColumns, summaries.size, show));
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
    const hint = (0,src/* didYouMean */.au)(spec.name, allColumns);
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

;// CONCATENATED MODULE: ./actions/validate-data/src/user-errors.ts


/** A SourceError (a mistake in the schema file) becomes a UserError pointing at its file, line and column. */
function toUserError(error) {
    if (!(error instanceof src/* SourceError */.c8))
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
};
/**
 * Validates the data against the schema; fails the step when `fail-on` says so. `parallel` names the
 * action's own entry, which a worker thread re-runs to validate half of a large CSV file, or about half
 * of the columns of a large Parquet file.
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
// EXTERNAL MODULE: ./packages/metrics/src/index.ts + 15 modules
var src = __webpack_require__(6762);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./packages/data/src/schema.ts
const STRING_FORMATS = ["email", "uuid", "url", "ipv4"];
const COLUMN_MATCHES = ["exact", "subset", "superset"];
const COMPARISON_OPERATORS = [">=", "<=", "!=", "==", ">", "<"];

// EXTERNAL MODULE: ./packages/data/src/value.ts
var value = __webpack_require__(4791);
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
        throw new src/* SourceError */.c8(this.at(node), reason);
    }
    /** The entries of a mapping; keys must be strings from `allowed` (did-you-mean for typos). */
    entries(node, what, allowed) {
        if (!(0,dist/* isMap */.jh)(node))
            this.fail(node, `${what} must be a mapping`);
        return node.items.map((pair) => {
            const keyNode = pair.key;
            const key = (0,dist/* isScalar */.jn)(keyNode) ? String(keyNode.value) : "";
            if (allowed && !allowed.includes(key)) {
                const hint = (0,src/* didYouMean */.au)(key, allowed);
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
            const hint = (0,src/* didYouMean */.au)(value, values);
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
        mostly: 1,
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
                spec.mostly = reader.share(value, "mostly");
                break;
            case "severity":
                spec.severity = reader.oneOf(value, "severity", ["error", "warning"]);
                break;
            case "min":
            case "max":
                spec[key] = orderedBound(reader, value, key, spec);
                break;
            case "in":
            case "not-in":
                spec[key === "in" ? "in" : "notIn"] = reader
                    .list(value, key)
                    .map((item) => typedItem(reader, item, key, spec));
                break;
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
    // Without a declared type, numeric rules mean the values are numbers (else they would be compared as text).
    if (spec.type === undefined && (numeric || stats.min || stats.max || stats.quantiles.length > 0))
        spec.type = "number";
    return spec;
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
        throw new src/* SourceError */.c8({ file: displayName }, `cannot read the schema: ${reason}`);
    }
    if (file.toLowerCase().endsWith(".json")) {
        const { parseGxSuite } = await __webpack_require__.e(/* import() */ 930).then(__webpack_require__.bind(__webpack_require__, 7930));
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
        throw new src/* SourceError */.c8({ file, line, column: col }, `invalid YAML: ${reason.trim()}`);
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
const DEFAULT_MAX_RECORD_BYTES = 8 * 1024 * 1024;
const DEFAULT_BATCH_SIZE = 2048;


/***/ }),

/***/ 6762:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  c8: () => (/* reexport */ source_error_SourceError),
  au: () => (/* reexport */ did_you_mean/* didYouMean */.au)
});

// UNUSED EXPORTS: LOWER_IS_BETTER_WORDS, PREDICTIONS_PREFIX, PredictionsError, ROW_STATUSES, amountOf, checkRule, classificationScores, closestMatch, coerceValue, compare, comparePredictions, deltaOf, describeValue, editDistance, emptyPolicy, evaluate, fileQualifiers, findEntry, formatAmount, formatFromExtension, formatLocation, formatNumber, formatTarget, globMatches, inferDirection, isGlob, isNumeric, logLoss, mergeMetrics, nameWords, needsBaseline, noiseMetrics, pairPredictions, parseMetrics, parseNumber, parsePolicy, parsePredictions, parseRule, readMetricsFile, regressionScores, resolveMetric, rocAuc, sharedMetricNames, sniffFormat, taskOf, thresholdOf, withinTolerance

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

// EXTERNAL MODULE: ./packages/metrics/src/did-you-mean.ts
var did_you_mean = __webpack_require__(1474);
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

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
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
async function readMetricsFile(path) {
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



























/***/ })

};
