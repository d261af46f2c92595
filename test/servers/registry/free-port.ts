import { createServer } from "node:net";

/**
 * A port that was free a moment ago. The registry binary takes its address from a config file and does
 * not report the port it bound, so it cannot be given port 0; the OS hands us one and we pass it on.
 */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", resolve);
  });
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (!address || typeof address === "string") throw new Error("no port");
  return address.port;
}
