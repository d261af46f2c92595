/** A registry answered with an unexpected status, or could not be reached at all (status 0). */
export class RegistryError extends Error {
  override name = "RegistryError";
  readonly status: number;
  readonly method: string;
  readonly url: string;
  readonly code: string | undefined;

  constructor(message: string, details: { status: number; method: string; url: string; code?: string }) {
    super(message);
    this.status = details.status;
    this.method = details.method;
    this.url = details.url;
    this.code = details.code;
  }

  /** 401 or 403: the credentials are missing, wrong, or lack the permission. */
  get isAuthError(): boolean {
    return this.status === 401 || this.status === 403;
  }
}

/** The first `{ errors: [{ code, message }] }` entry of an OCI distribution error body, if any. */
export async function describeErrorBody(response: Response): Promise<{ code?: string; text: string }> {
  const body = await response.text().catch(() => "");
  try {
    const parsed = JSON.parse(body) as { errors?: { code?: string; message?: string }[] };
    const first = parsed.errors?.[0];
    if (first)
      return {
        ...(first.code ? { code: first.code } : {}),
        text: `${first.code ?? ""} ${first.message ?? ""}`.trim(),
      };
  } catch {
    // not JSON: fall through to the raw text
  }
  return { text: body.slice(0, 200).replace(/\s+/g, " ").trim() };
}

/** The inputs cannot make an image (e.g. a platform the base does not have): the user's to fix. */
export class ImageBuildError extends Error {
  override name = "ImageBuildError";
}
