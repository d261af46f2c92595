/** Where GitHub points when an error is not about one documented operation. */
export const restDocumentationUrl = "https://docs.github.com/rest";

/** An answer in GitHub's error shape; route handlers throw it and the server writes it. */
export class GitHubError extends Error {
  readonly status: number;
  readonly body: Record<string, unknown>;
  readonly headers: Record<string, string>;

  constructor(status: number, body: Record<string, unknown>, headers: Record<string, string> = {}) {
    super(String(body.message));
    this.status = status;
    this.body = body;
    this.headers = headers;
  }
}

function basic(status: number, message: string, documentationUrl = restDocumentationUrl): GitHubError {
  return new GitHubError(status, { message, documentation_url: documentationUrl, status: String(status) });
}

export function notFound(documentationUrl?: string): GitHubError {
  return basic(404, "Not Found", documentationUrl);
}

export function badCredentials(): GitHubError {
  return basic(401, "Bad credentials");
}

export function requiresAuthentication(documentationUrl?: string): GitHubError {
  return basic(401, "Requires authentication", documentationUrl);
}

export function notAccessibleByIntegration(documentationUrl?: string): GitHubError {
  return basic(403, "Resource not accessible by integration", documentationUrl);
}

export function problemsParsingJson(documentationUrl?: string): GitHubError {
  return basic(400, "Problems parsing JSON", documentationUrl);
}

/** A request the schema rejects: GitHub's `Invalid request.` followed by one line per problem. */
export function invalidRequest(details: string, documentationUrl?: string): GitHubError {
  return basic(422, `Invalid request.\n\n${details}`, documentationUrl);
}

export interface ValidationError {
  resource: string;
  field: string;
  code: "missing" | "missing_field" | "invalid" | "already_exists" | "unprocessable" | "custom";
  message?: string;
}

/** A well-formed request the state rejects: GitHub's `Validation Failed` with an `errors` list. */
export function validationFailed(
  errors: ValidationError[],
  documentationUrl = restDocumentationUrl,
): GitHubError {
  return new GitHubError(422, {
    message: "Validation Failed",
    errors,
    documentation_url: documentationUrl,
    status: "422",
  });
}

export function unprocessable(message: string, documentationUrl?: string): GitHubError {
  return basic(422, message, documentationUrl);
}

export function gone(message: string, documentationUrl?: string): GitHubError {
  return basic(410, message, documentationUrl);
}

/** A route GitHub has but this server keeps no state for: tests must notice, not get a made-up answer. */
export function notImplemented(operationId: string, method: string, template: string): GitHubError {
  return basic(
    501,
    `The test GitHub server does not implement ${operationId} (${method} ${template}); ` +
      "add a handler in test/servers/github/routes/ if an action needs it.",
  );
}
