export interface Platform {
  os: string;
  architecture: string;
  variant?: string;
}

export function formatPlatform(platform: Platform): string {
  return `${platform.os}/${platform.architecture}${platform.variant ? `/${platform.variant}` : ""}`;
}

/** `linux/arm64` matches `linux/arm64` and `linux/arm64/v8`; `linux/arm/v7` only `linux/arm/v7`. */
export function platformMatches(platform: Platform, wanted: string): boolean {
  const [os, architecture, variant] = wanted.split("/");
  return (
    platform.os === os && platform.architecture === architecture && (!variant || platform.variant === variant)
  );
}
