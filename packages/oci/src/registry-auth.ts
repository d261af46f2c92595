import { RegistryError } from "./errors.ts";
import type { AuthChallenge } from "./www-authenticate.ts";

export interface Credentials {
  username: string;
  password: string;
}

export function basicAuthorization(credentials: Credentials): string {
  return `Basic ${Buffer.from(`${credentials.username}:${credentials.password}`).toString("base64")}`;
}

/**
 * The token flow of the distribution spec (docs/spec/auth/token.md): GET the challenge's realm with its
 * service and the scopes, with Basic credentials when we have them (anonymous otherwise, as ghcr.io and
 * Docker Hub allow for public pulls). Answers carry `token` or the OAuth2 spelling `access_token`.
 */
export async function fetchBearerToken(
  challenge: AuthChallenge,
  scopes: string[],
  credentials: Credentials | undefined,
  userAgent: string,
): Promise<string> {
  const realm = challenge.params.realm;
  if (!realm)
    throw new RegistryError("registry sent a Bearer challenge without a realm", {
      status: 401,
      method: "GET",
      url: "",
    });
  const url = new URL(realm);
  if (challenge.params.service) url.searchParams.set("service", challenge.params.service);
  for (const scope of scopes) url.searchParams.append("scope", scope);
  const headers: Record<string, string> = { "user-agent": userAgent };
  if (credentials) headers.authorization = basicAuthorization(credentials);
  let response: Response;
  try {
    response = await fetch(url, { headers });
  } catch (error) {
    throw new RegistryError(`could not reach the token service ${url.origin}: ${(error as Error).message}`, {
      status: 0,
      method: "GET",
      url: url.origin + url.pathname,
    });
  }
  if (!response.ok) {
    await response.body?.cancel();
    throw new RegistryError(`the token service ${url.origin} refused the credentials (${response.status})`, {
      status: response.status === 403 ? 403 : 401,
      method: "GET",
      url: url.origin + url.pathname,
    });
  }
  const body = (await response.json()) as { token?: string; access_token?: string };
  const token = body.token ?? body.access_token;
  if (!token)
    throw new RegistryError(`the token service ${url.origin} answered without a token`, {
      status: 401,
      method: "GET",
      url: url.origin + url.pathname,
    });
  return token;
}
