export const id = 161;
export const ids = [161];
export const modules = {

/***/ 2161:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runDriftCheck: () => (/* binding */ runDriftCheck)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 14 modules
var core = __webpack_require__(6421);
// EXTERNAL MODULE: ./packages/drift/src/index.ts + 60 modules
var src = __webpack_require__(6378);
// EXTERNAL MODULE: ./packages/kit/src/workflow-commands.ts
var workflow_commands = __webpack_require__(8378);
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
function workspace_workspaceRelative(file) {
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
        properties.file = workspace_workspaceRelative(annotation.file);
    if (annotation.line !== undefined)
        properties.startLine = annotation.line;
    if (annotation.endLine !== undefined)
        properties.endLine = annotation.endLine;
    if (annotation.column !== undefined)
        properties.startColumn = annotation.column;
    if (annotation.endColumn !== undefined)
        properties.endColumn = annotation.endColumn;
    (0,workflow_commands/* annotation */.w7)(annotation.level, annotation.message, properties);
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

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
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
    return (0,workflow_commands/* inputValue */.UV)(name);
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
    const glob = await __webpack_require__.e(/* import() */ 377).then(__webpack_require__.bind(__webpack_require__, 2377));
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

// EXTERNAL MODULE: ./packages/kit/src/mask.ts
var mask = __webpack_require__(2910);
;// CONCATENATED MODULE: ./packages/kit/src/outputs.ts

/**
 * Sets a step output. Strings are written as they are; numbers and booleans as their text; objects and
 * arrays as JSON (read them in a workflow with `fromJSON(...)`).
 */
function setOutput(name, value) {
    (0,workflow_commands/* writeOutput */.zh)(name, typeof value === "string" ? value : JSON.stringify(value));
}

// EXTERNAL MODULE: ./packages/kit/src/random-hex.ts
var random_hex = __webpack_require__(6162);
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
    const unique = `${Date.now().toString(36)}-${(0,random_hex/* randomHex */.n)(8)}`;
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
    (0,workflow_commands/* writeOutput */.zh)("report", file);
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
    if ((0,workflow_commands/* isDebug */._o)()) {
        const stack = error instanceof Error && error.stack ? error.stack : String(error);
        for (const line of stack.split("\n"))
            (0,workflow_commands/* debug */.Yz)(line);
    }
    else {
        (0,workflow_commands/* info */.pq)("Re-run with debug logging enabled (RUNNER_DEBUG=1) to see the stack trace.");
    }
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
        (0,workflow_commands/* info */.pq)(buffer);
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



;// CONCATENATED MODULE: ./actions/drift-check/src/inputs.ts


/** Every input, validated before any work (each failure is one line naming the input). */
async function readInputs() {
    const method = getEnumInput("method", {
        values: ["auto", "evidently", ...src/* TEST_NAMES */.mR],
        default: "auto",
    });
    const threshold = getNumberInput("threshold", { min: 0 });
    const driftShare = getNumberInput("drift-share", { default: 0.5, min: 0, max: 1 });
    const failOnDrift = getBooleanInput("fail-on-drift", { default: true });
    const issue = getBooleanInput("issue", { default: false });
    const columns = getListInput("columns", { commas: true });
    const excludeColumns = getListInput("exclude-columns", { commas: true });
    const categorical = getListInput("categorical", { commas: true });
    const profileOut = getPathInput("profile-out", { mustExist: false });
    const htmlReport = getPathInput("html-report", { mustExist: false });
    const reference = await getGlobInput("reference", { required: true });
    const current = await getGlobInput("current", { required: true });
    return {
        reference,
        current,
        columns,
        excludeColumns,
        categorical,
        method,
        threshold,
        driftShare,
        failOnDrift,
        profileOut,
        htmlReport,
        issue,
    };
}

;// CONCATENATED MODULE: ./actions/drift-check/src/render.ts


const SUMMARY_ROWS = 50;
/** One line for the report and the log. */
function oneLine(result) {
    const head = result.datasetDrift ? "dataset drift" : "no dataset drift";
    const names = result.driftedColumns.slice(0, 5).join(", ");
    const more = result.driftedColumns.length > 5 ? ", ..." : "";
    return `${head}: ${result.driftedColumns.length}/${result.tested} columns drifted (share ${(0,src/* formatNumber */.ZV)(result.driftShare)}, threshold ${(0,src/* formatNumber */.ZV)(result.driftShareThreshold)})${names ? `: ${names}${more}` : ""}`;
}
/** Why a column got its verdict, in a few words: what moved most, new categories, notes. */
function why(column) {
    const parts = [];
    const m = column.movement;
    if (m && column.verdict !== "skipped") {
        parts.push(m.kind === "quantile"
            ? `${m.label} ${(0,src/* formatNumber */.ZV)(m.reference)} → ${(0,src/* formatNumber */.ZV)(m.current)}`
            : `'${m.label}' ${percent(m.reference)} → ${percent(m.current)}`);
    }
    parts.push(...column.notes);
    return parts.join("; ");
}
function percent(share) {
    return `${(share * 100).toFixed(1)}%`;
}
function addDriftSummary(result) {
    addHeading("Data drift");
    addParagraph(`${oneLine(result)}; method ${result.method}${result.exact ? "" : " (some statistics estimated from sketches)"}.`);
    const rows = result.columns
        .slice(0, SUMMARY_ROWS)
        .map((c) => [
        c.column,
        c.verdict,
        c.type,
        c.test ?? "—",
        (0,src/* formatNumber */.ZV)(c.statistic),
        c.effect ? (0,src/* formatNumber */.ZV)(c.effect.value) : "—",
        (0,src/* formatNumber */.ZV)(c.threshold),
        why(c),
    ]);
    addTable(["column", "verdict", "type", "test", "statistic", "effect", "threshold", "why"], rows);
    if (result.columns.length > SUMMARY_ROWS) {
        addParagraph(`${result.columns.length - SUMMARY_ROWS} more columns are in the report.`);
    }
}
/** The issue body: the drifted columns and why, markdown-escaped. */
function issueBody(result, runUrl, marker) {
    const lines = result.columns
        .filter((c) => c.verdict === "drift")
        .slice(0, SUMMARY_ROWS)
        .map((c) => `| ${markdown_escapeMarkdown(c.column)} | ${c.test ?? "—"} | ${(0,src/* formatNumber */.ZV)(c.statistic)} | ${markdown_escapeMarkdown(why(c))} |`);
    return [
        marker,
        `**${markdown_escapeMarkdown(oneLine(result))}**`,
        "",
        "| column | test | statistic | why |",
        "|---|---|---|---|",
        ...lines,
        "",
        `Last checked in [this run](${runUrl}).`,
    ].join("\n");
}

;// CONCATENATED MODULE: ./actions/drift-check/src/issue.ts


const ISSUE_LABEL = "data-drift";
const MARKER = "<!-- mlops-actions/drift-check -->";
/**
 * Keeps one issue open while drift lasts: created on the first drifting run, its body updated on the
 * next ones, closed with a comment on the first run without drift. Found by label and hidden marker.
 */
async function syncDriftIssue(result, token) {
    const { getOctokitOrSkip } = await Promise.all(/* import() */[__webpack_require__.e(8), __webpack_require__.e(713)]).then(__webpack_require__.bind(__webpack_require__, 8713));
    const octokit = getOctokitOrSkip(token, "the drift issue");
    if (!octokit)
        return undefined;
    const context = getContext();
    const repo = { owner: context.owner, repo: context.repo };
    const open = await octokit.paginate(octokit.rest.issues.listForRepo, {
        ...repo,
        state: "open",
        labels: ISSUE_LABEL,
        per_page: 100,
    });
    const existing = open.find((issue) => !issue.pull_request && issue.body?.includes(MARKER));
    const runUrl = context.runUrl;
    if (result.datasetDrift) {
        const body = issueBody(result, runUrl, MARKER);
        if (existing) {
            await octokit.rest.issues.update({ ...repo, issue_number: existing.number, body });
            return { number: existing.number, state: "updated" };
        }
        const { data } = await octokit.rest.issues.create({
            ...repo,
            title: `Data drift: ${result.driftedColumns.length} of ${result.tested} columns`,
            body,
            labels: [ISSUE_LABEL],
        });
        return { number: data.number, state: "opened" };
    }
    if (!existing)
        return undefined;
    await octokit.rest.issues.createComment({
        ...repo,
        issue_number: existing.number,
        body: `No dataset drift any more (share ${result.driftShare.toFixed(3)} below ${result.driftShareThreshold}) in [this run](${runUrl}). Closing.`,
    });
    await octokit.rest.issues.update({
        ...repo,
        issue_number: existing.number,
        state: "closed",
        state_reason: "completed",
    });
    return { number: existing.number, state: "closed" };
}

;// CONCATENATED MODULE: ./actions/drift-check/src/report-data.ts
/** The report's `data` (documented by ../report-data.schema.json). */
function reportData(result, sources, files) {
    return {
        method: result.method,
        datasetDrift: result.datasetDrift,
        driftShare: result.driftShare,
        driftShareThreshold: result.driftShareThreshold,
        tested: result.tested,
        driftedColumns: result.driftedColumns,
        warnedColumns: result.warnedColumns,
        exact: result.exact,
        sources,
        ...files,
        columns: result.columns.map((c) => ({
            column: c.column,
            type: c.type,
            verdict: c.verdict,
            drifted: c.drifted,
            exact: c.exact,
            notes: c.notes,
            ...(c.test !== undefined && { test: c.test }),
            ...(c.statistic !== undefined && { statistic: finite(c.statistic) }),
            ...(c.threshold !== undefined && { threshold: c.threshold }),
            ...(c.effect && { effect: { name: c.effect.name, value: finite(c.effect.value) } }),
            ...(c.adjustedPValue !== undefined && { adjustedPValue: c.adjustedPValue }),
            ...(c.errorBound !== undefined && { errorBound: c.errorBound }),
            ...(c.newCategories && { newCategories: c.newCategories }),
            ...(c.movement && { movement: c.movement }),
            reference: { count: c.reference.count, nulls: c.reference.nulls, distinct: c.reference.distinct },
            current: { count: c.current.count, nulls: c.current.nulls, distinct: c.current.distinct },
        })),
    };
}
function finite(value) {
    return Number.isFinite(value) ? value : null;
}

;// CONCATENATED MODULE: ./actions/drift-check/src/check-drift.ts









/**
 * The action. `workerScript` is the bundle's entry file, which profiles one input when run as a worker
 * thread: the reference and the current data are profiled at once.
 */
function runDriftCheck(workerScript) {
    return run(() => checkDrift(workerScript));
}
async function checkDrift(workerScript) {
    const inputs = await readInputs();
    const token = inputs.issue ? getStringInput("github-token") : undefined;
    const [reference, current] = (await userErrors(() => (0,src/* loadProfilesInThreads */.$n)([inputs.reference, inputs.current], { workerScript })));
    if (inputs.profileOut) {
        await (0,promises_.mkdir)((0,external_node_path_.dirname)(inputs.profileOut), { recursive: true });
        await (0,promises_.writeFile)(inputs.profileOut, JSON.stringify(reference.profile.toJSON()));
        core/* info */.pq(`reference profile written to ${workspace_workspaceRelative(inputs.profileOut)}`);
    }
    const result = await userErrors(async () => (0,src/* compareProfiles */.GB)(reference.profile, current.profile, {
        method: inputs.method,
        columns: inputs.columns,
        excludeColumns: inputs.excludeColumns,
        categorical: inputs.categorical,
        ...(inputs.threshold !== undefined && { threshold: inputs.threshold }),
        driftShare: inputs.driftShare,
    }));
    const line = oneLine(result);
    core/* info */.pq(line);
    if (inputs.htmlReport) {
        await (0,promises_.mkdir)((0,external_node_path_.dirname)(inputs.htmlReport), { recursive: true });
        const names = {
            reference: inputs.reference.map(workspace_workspaceRelative).join(", "),
            current: inputs.current.map(workspace_workspaceRelative).join(", "),
        };
        await (0,promises_.writeFile)(inputs.htmlReport, (0,src/* renderHtmlReport */.w4)(result, names));
        setOutput("html-report", inputs.htmlReport);
    }
    const issue = inputs.issue ? await syncDriftIssue(result, token) : undefined;
    setOutput("drift-detected", String(result.datasetDrift));
    setOutput("drift-share", String(result.driftShare));
    setOutput("drifted-columns", result.driftedColumns);
    addDriftSummary(result);
    await writeSummary();
    const failed = result.datasetDrift && inputs.failOnDrift;
    await writeReport({
        action: "drift-check",
        status: failed
            ? "fail"
            : result.datasetDrift || result.driftedColumns.length > 0 || result.warnedColumns.length > 0
                ? "warn"
                : "pass",
        summary: line,
        data: reportData(result, {
            reference: inputs.reference.map(workspace_workspaceRelative),
            current: inputs.current.map(workspace_workspaceRelative),
            referenceIsProfile: reference.fromProfile,
            currentIsProfile: current.fromProfile,
        }, {
            ...(inputs.htmlReport && { htmlReport: workspace_workspaceRelative(inputs.htmlReport) }),
            ...(inputs.profileOut && { profileOut: workspace_workspaceRelative(inputs.profileOut) }),
            ...(issue && { issue }),
        }),
    });
    if (failed)
        core/* setFailed */.C1(`Data drift: ${line}`);
}
/** The drift package's input errors are the user's: one line, no stack. */
async function userErrors(work) {
    try {
        return await work();
    }
    catch (error) {
        if (error instanceof src/* DriftInputError */.oY)
            throw new UserError(error.message);
        throw error;
    }
}


/***/ }),

/***/ 2910:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ mask)
/* harmony export */ });
/* unused harmony export MIN_MASK_LENGTH */
/* harmony import */ var _workflow_commands_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8378);

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
    (0,_workflow_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .addMask */ .eu)(value);
}


/***/ }),

/***/ 6162:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ randomHex)
/* harmony export */ });
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


/***/ }),

/***/ 8378:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   UV: () => (/* binding */ inputValue),
/* harmony export */   Yz: () => (/* binding */ debug),
/* harmony export */   _o: () => (/* binding */ isDebug),
/* harmony export */   eu: () => (/* binding */ addMask),
/* harmony export */   pq: () => (/* binding */ info),
/* harmony export */   w7: () => (/* binding */ annotation),
/* harmony export */   zh: () => (/* binding */ writeOutput)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _random_hex_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6162);



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
    process.stdout.write(node_os__WEBPACK_IMPORTED_MODULE_1__.EOL);
    issueCommand("set-output", { name }, value);
}
/** `::add-mask::`: the runner replaces the value by *** in the log from now on. */
function addMask(secret) {
    issueCommand("add-mask", {}, secret);
}
/** True when the run has debug logging on (`RUNNER_DEBUG=1`). */
function isDebug() {
    return process.env.RUNNER_DEBUG === "1";
}
/** A line of the step log. */
function info(message) {
    process.stdout.write(message + node_os__WEBPACK_IMPORTED_MODULE_1__.EOL);
}
/** A line shown only with debug logging on. */
function debug(message) {
    issueCommand("debug", {}, message);
}
function annotation(level, message, properties = {}) {
    const { title, file, startLine, endLine, startColumn, endColumn } = properties;
    issueCommand(level, { title, file, line: startLine, endLine, col: startColumn, endColumn }, message);
}
/** `::command key=value,...::message`; properties without a value (or 0, as @actions/core) are left out. */
function issueCommand(command, properties, message) {
    const pairs = Object.entries(properties)
        .filter(([, value]) => Boolean(value))
        .map(([key, value]) => `${key}=${escapeProperty(String(value))}`);
    const head = pairs.length > 0 ? `::${command} ${pairs.join(",")}` : `::${command}`;
    process.stdout.write(`${head}::${escapeData(message)}${node_os__WEBPACK_IMPORTED_MODULE_1__.EOL}`);
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
    const hex = (0,_random_hex_js__WEBPACK_IMPORTED_MODULE_2__/* .randomHex */ .n)(32);
    const delimiter = `ghadelimiter_${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
    if (name.includes(delimiter) || value.includes(delimiter)) {
        throw new Error(`Unexpected input: the output '${name}' contains the delimiter "${delimiter}"`);
    }
    return `${name}<<${delimiter}${node_os__WEBPACK_IMPORTED_MODULE_1__.EOL}${value}${node_os__WEBPACK_IMPORTED_MODULE_1__.EOL}${delimiter}`;
}
function appendFileCommand(command, file, message) {
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(file))
        throw new Error(`Missing file at path: ${file} (GITHUB_${command})`);
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.appendFileSync)(file, `${message}${node_os__WEBPACK_IMPORTED_MODULE_1__.EOL}`, { encoding: "utf8" });
}


/***/ })

};
