export interface BotConfig {
  appId: string;
  /** The app's private key (PEM); `\n` escapes, as env files often hold it, are turned into newlines. */
  privateKey: string;
  webhookSecret: string;
  port: number;
  host: string;
  apiUrl: string;
}

/** Reads the bot's settings from the environment; throws one line naming what is missing or wrong. */
export function readConfig(env: Record<string, string | undefined> = process.env): BotConfig {
  const missing = ["APP_ID", "PRIVATE_KEY", "WEBHOOK_SECRET"].filter((name) => !env[name]?.trim());
  if (missing.length > 0) throw new Error(`Missing environment variable(s): ${missing.join(", ")}`);
  const port = Number(env.PORT ?? "3000");
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    throw new Error(`PORT has value '${env.PORT}': expected a port number (0-65535)`);
  }
  return {
    appId: (env.APP_ID as string).trim(),
    privateKey: (env.PRIVATE_KEY as string).replaceAll("\\n", "\n"),
    webhookSecret: env.WEBHOOK_SECRET as string,
    port,
    host: env.HOST?.trim() || "127.0.0.1",
    apiUrl: (env.GITHUB_API_URL?.trim() || "https://api.github.com").replace(/\/+$/, ""),
  };
}
