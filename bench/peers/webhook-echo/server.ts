// The benchmark's servers, one per process so the load generator does not share their event loop:
// `bot` is packages/bot's server (no GitHub calls in the benchmark's deliveries), `echo` a bare node:http
// server that reads the body and answers 200. Prints its URL on the first line of stdout.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { startBotServer } from "../../../packages/bot/src/server.ts";

const [kind, secret = ""] = process.argv.slice(2);
if (kind === "bot") {
  const bot = await startBotServer({
    webhookSecret: secret,
    clientFor: () => Promise.reject(new Error("the benchmark's deliveries make no GitHub call")),
    log: () => {},
  });
  process.stdout.write(`${bot.url}\n`);
} else {
  const echo = createServer((request, response) => {
    request.resume();
    request.on("end", () =>
      response.writeHead(200, { "content-type": "application/json" }).end('{"ok":true}'),
    );
  });
  await new Promise<void>((resolve) => echo.listen(0, "127.0.0.1", resolve));
  process.stdout.write(`http://127.0.0.1:${(echo.address() as AddressInfo).port}\n`);
}
process.on("disconnect", () => process.exit(0));
