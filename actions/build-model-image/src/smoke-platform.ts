import { formatPlatform, type PlannedManifest, platformMatches } from "@mlops-actions/oci";

/** Node's process.arch in OCI's words (GOARCH). */
const OCI_ARCHITECTURES: Record<string, string> = {
  x64: "amd64",
  arm64: "arm64",
  arm: "arm",
  ia32: "386",
  ppc64: "ppc64le",
  s390x: "s390x",
  riscv64: "riscv64",
};

/** The platform this machine's container runtime runs natively, e.g. `linux/amd64`. */
export function hostPlatform(arch: string = process.arch): string {
  return `linux/${OCI_ARCHITECTURES[arch] ?? arch}`;
}

/** The manifest of `platform` (a base without platforms has one manifest, taken as it is). */
export function manifestFor(manifests: PlannedManifest[], platform: string): PlannedManifest | undefined {
  if (manifests.length === 1 && !manifests[0]?.platform) return manifests[0];
  return manifests.find((m) => m.platform && platformMatches(m.platform, platform));
}

export function platformsOf(manifests: PlannedManifest[]): string {
  return manifests.map((m) => (m.platform ? formatPlatform(m.platform) : "unknown")).join(", ");
}
