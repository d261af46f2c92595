import type { GitHubState } from "./state.ts";

/** GitHub's classifiers (MinimizeComment input) and how `minimizedReason` spells them back. */
const minimizedReasons: Record<string, string> = {
  ABUSE: "abuse",
  DUPLICATE: "duplicate",
  OFF_TOPIC: "off-topic",
  OUTDATED: "outdated",
  RESOLVED: "resolved",
  SPAM: "spam",
};

export interface GraphqlRequest {
  query?: unknown;
  variables?: unknown;
}

export interface GraphqlAnswer {
  data?: Record<string, unknown> | null;
  errors?: Array<Record<string, unknown>>;
}

/**
 * Answers the one GraphQL operation our actions send, `minimizeComment(input: { subjectId, classifier })`,
 * read with a small parser (arguments may be literals or `$variables`). Anything else gets a GraphQL error,
 * so a test notices an unsupported query instead of reading made-up data.
 */
export function answerGraphql(request: GraphqlRequest, state: GitHubState, canWrite: boolean): GraphqlAnswer {
  const query = typeof request.query === "string" ? request.query : "";
  const variables =
    typeof request.variables === "object" && request.variables !== null
      ? (request.variables as Record<string, unknown>)
      : {};
  const call =
    /\bmutation\b[^{]*\{\s*(?:\w+\s*:\s*)?minimizeComment\s*\(\s*input\s*:\s*(\{[^}]*\}|\$\w+)\s*\)/s.exec(
      query,
    );
  if (call?.[1] === undefined) {
    return {
      errors: [
        {
          message:
            "The test GitHub server answers only the minimizeComment mutation; add support in test/servers/github/graphql.ts.",
          extensions: { code: "undefinedField" },
        },
      ],
    };
  }
  const input = readInput(call[1], variables);
  const subjectId = input.subjectId;
  const classifier = input.classifier;
  if (typeof subjectId !== "string" || typeof classifier !== "string" || !(classifier in minimizedReasons)) {
    return {
      errors: [
        {
          message: `Argument 'input' on Field 'minimizeComment' has an invalid value. Expected type 'MinimizeCommentInput!'.`,
          extensions: { code: "argumentLiteralsIncompatible", argumentName: "input" },
        },
      ],
    };
  }
  if (!canWrite) {
    return {
      data: { minimizeComment: null },
      errors: [
        { type: "FORBIDDEN", path: ["minimizeComment"], message: "Resource not accessible by integration" },
      ],
    };
  }
  const comment = state.commentByNodeId(subjectId);
  if (comment === undefined) {
    return {
      data: { minimizeComment: null },
      errors: [
        {
          type: "NOT_FOUND",
          path: ["minimizeComment"],
          message: `Could not resolve to a node with the global id of '${subjectId}'`,
        },
      ],
    };
  }
  comment.minimizedReason = minimizedReasons[classifier] ?? null;
  return {
    data: {
      minimizeComment: { minimizedComment: { isMinimized: true, minimizedReason: comment.minimizedReason } },
    },
  };
}

/** `{ subjectId: "x", classifier: OUTDATED }`, `{ subjectId: $id, classifier: $c }` or `$input`. */
function readInput(text: string, variables: Record<string, unknown>): Record<string, unknown> {
  if (text.startsWith("$")) {
    const value = variables[text.slice(1)];
    return typeof value === "object" && value !== null ? (value as Record<string, unknown>) : {};
  }
  const input: Record<string, unknown> = {};
  for (const field of text.matchAll(/(\w+)\s*:\s*("(?:[^"\\]|\\.)*"|\$\w+|\w+)/g)) {
    const [, name, raw] = field;
    if (name === undefined || raw === undefined) continue;
    input[name] = raw.startsWith('"') ? JSON.parse(raw) : raw.startsWith("$") ? variables[raw.slice(1)] : raw;
  }
  return input;
}
