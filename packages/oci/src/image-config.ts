import type { Digest } from "./digest.ts";

export interface ConfigChanges {
  /** diff_ids of the layers added on top of the base, in order. */
  diffIds: Digest[];
  /** One history entry per added layer. */
  history: string[];
  /** Variables set or replaced (by name) in the base's Env. */
  env: Record<string, string>;
  /** Used only when the base image has neither Entrypoint nor Cmd. */
  defaultCmd?: string[];
  exposedPorts: string[];
  labels: Record<string, string>;
  /** RFC 3339 time of the build (from SOURCE_DATE_EPOCH). */
  created: string;
}

type Json = Record<string, unknown>;

/**
 * The base image's config with our layers appended: rootfs.diff_ids, history, env, exposed ports and
 * labels merged in, `created` set. Every other field of the base (user, working dir, entrypoint, ...) is
 * kept as it was, so the runtime starts as its image intends.
 */
export function extendConfig(baseConfig: Json, changes: ConfigChanges): Buffer {
  const config: Json = structuredClone(baseConfig);
  const runtime = { ...((config.config as Json | undefined) ?? {}) };
  const env = ((runtime.Env as string[] | undefined) ?? []).filter(
    (line) => !((line.split("=")[0] as string) in changes.env),
  );
  runtime.Env = [...env, ...Object.entries(changes.env).map(([name, value]) => `${name}=${value}`)];
  if (!runtime.Entrypoint && !runtime.Cmd && changes.defaultCmd) runtime.Cmd = changes.defaultCmd;
  const ports = { ...((runtime.ExposedPorts as Json | undefined) ?? {}) };
  for (const port of changes.exposedPorts) ports[port] = {};
  runtime.ExposedPorts = ports;
  runtime.Labels = { ...((runtime.Labels as Json | undefined) ?? {}), ...changes.labels };
  config.config = runtime;
  config.created = changes.created;
  const rootfs = (config.rootfs as { type?: string; diff_ids?: string[] } | undefined) ?? {};
  config.rootfs = {
    type: rootfs.type ?? "layers",
    diff_ids: [...(rootfs.diff_ids ?? []), ...changes.diffIds],
  };
  config.history = [
    ...((config.history as Json[] | undefined) ?? []),
    ...changes.history.map((createdBy) => ({ created: changes.created, created_by: createdBy })),
  ];
  return Buffer.from(JSON.stringify(config));
}
