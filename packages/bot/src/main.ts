// The bot's entry point: `npm run bot` (node packages/bot/src/main.ts) with APP_ID, PRIVATE_KEY,
// WEBHOOK_SECRET, and optionally PORT (3000), HOST (127.0.0.1) and GITHUB_API_URL.
import { installationClient } from "./app-client.ts";
import { readConfig } from "./config.ts";
import { startBotServer } from "./server.ts";

let config: ReturnType<typeof readConfig>;
try {
  config = readConfig();
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
const bot = await startBotServer({
  webhookSecret: config.webhookSecret,
  host: config.host,
  port: config.port,
  clientFor: (owner, repo) => installationClient(config, owner, repo),
});
process.stdout.write(`mlops-actions bot listening on ${bot.url} (POST /webhook, GET /healthz)\n`);
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    bot.close().then(() => process.exit(0));
  });
}
