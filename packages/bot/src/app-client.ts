import { GitHubClient } from "@mlops-actions/kit/github";
import { createAppAuth } from "@octokit/auth-app";

export interface AppCredentials {
  appId: string;
  privateKey: string;
  apiUrl: string;
}

const USER_AGENT = "mlops-actions-bot";

/**
 * A client acting as the app's installation on one repository: the app's JWT finds the installation
 * (`GET /repos/{owner}/{repo}/installation`), then buys an installation token with it
 * (`@octokit/auth-app`, which caches tokens until shortly before they expire).
 */
export async function installationClient(
  credentials: AppCredentials,
  owner: string,
  repo: string,
): Promise<GitHubClient> {
  const auth = appAuth(credentials);
  const { token: jwt } = await auth({ type: "app" });
  const app = new GitHubClient({ auth: jwt, baseUrl: credentials.apiUrl, userAgent: USER_AGENT, ...quiet });
  const { data: installation } = await app.rest.apps.getRepoInstallation({ owner, repo });
  const { token } = await auth({ type: "installation", installationId: installation.id });
  return new GitHubClient({ auth: token, baseUrl: credentials.apiUrl, userAgent: USER_AGENT, ...quiet });
}

const auths = new Map<string, ReturnType<typeof createAppAuth>>();

/** One auth per app, so installation tokens are cached across webhooks. */
function appAuth(credentials: AppCredentials): ReturnType<typeof createAppAuth> {
  const key = `${credentials.apiUrl} ${credentials.appId}`;
  let auth = auths.get(key);
  if (!auth) {
    auth = createAppAuth({
      appId: credentials.appId,
      privateKey: credentials.privateKey,
      // The same request stack (base URL, retries) as every other call of the bot.
      request: new GitHubClient({ baseUrl: credentials.apiUrl, userAgent: USER_AGENT, ...quiet }).request,
    });
    auths.set(key, auth);
  }
  return auth;
}

/** The server logs what it did itself; rate limits are retried a few times, never waited on for long. */
const quiet = {
  log: { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} },
  retry: { retries: 2 },
  throttle: {
    onRateLimit: (after: number, _options: unknown, _octokit: unknown, count: number) =>
      count < 2 && after < 60,
    onSecondaryRateLimit: (after: number, _options: unknown, _octokit: unknown, count: number) =>
      count < 2 && after < 60,
  },
};
