export { type CacheEntry, CacheStore } from "./cache-store.ts";
export { type CacheServer, type CacheServerOptions, startCacheServer } from "./server.ts";
