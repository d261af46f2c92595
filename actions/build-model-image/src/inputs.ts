import {
  getBooleanInput,
  getContext,
  getEnumInput,
  getListInput,
  getPathInput,
  getStringInput,
  invalidInput,
  mask,
} from "@mlops-actions/kit";
import {
  type Credentials,
  FRAMEWORKS,
  type Framework,
  type ImageReference,
  isValidTag,
  parseReference,
} from "@mlops-actions/oci";
import { readSmokeInputs, type SmokeInputs } from "./smoke-inputs.ts";

export const DEFAULT_BASE_IMAGE = "docker.io/seldonio/mlserver:1.7.1";

export interface BuildInputs {
  model: string;
  framework: Framework | "auto";
  format: "image" | "modelpack";
  modelName: string | undefined;
  /** A metrics file whose numbers become the model's metrics label. */
  metrics: string | undefined;
  base: ImageReference;
  target: ImageReference;
  tags: string[];
  labels: Record<string, string>;
  platforms: string[];
  push: boolean;
  credentials: Credentials | undefined;
  insecure: boolean;
  /** Undefined without smoke-request: no smoke test. */
  smoke: SmokeInputs | undefined;
}

export function readInputs(): BuildInputs {
  const model = getPathInput("model", { required: true, kind: "any" });
  const framework = getEnumInput("framework", { values: ["auto", ...FRAMEWORKS] as const, default: "auto" });
  const modelName = getStringInput("model-name");
  const base = reference("base-image", getStringInput("base-image", { default: DEFAULT_BASE_IMAGE }));
  const imageText = getStringInput("image", { required: true });
  const target = reference("image", imageText);
  if (target.tag || target.digest) {
    throw invalidInput(
      "image",
      imageText,
      "registry/repository without a tag or digest (use the tags input)",
    );
  }
  const tags = getListInput("tags", { commas: true });
  for (const tag of tags)
    if (!isValidTag(tag))
      throw invalidInput(
        "tags",
        tag,
        "tags of letters, digits, _ . - (at most 128, not starting with . or -)",
      );
  const labels: Record<string, string> = {};
  for (const line of getListInput("labels")) {
    const equals = line.indexOf("=");
    if (equals <= 0) throw invalidInput("labels", line, "name=value, one a line");
    labels[line.slice(0, equals).trim()] = line.slice(equals + 1).trim();
  }
  const platforms = getListInput("platforms", { commas: true });
  for (const platform of platforms) {
    if (!/^[a-z0-9]+\/[a-z0-9_]+(\/[a-z0-9]+)?$/.test(platform)) {
      throw invalidInput(
        "platforms",
        platform,
        "os/architecture[/variant] such as linux/amd64 or linux/arm64",
      );
    }
  }
  const format = getEnumInput("format", { values: ["image", "modelpack"] as const, default: "image" });
  return {
    model,
    framework,
    format,
    modelName,
    metrics: getPathInput("metrics", { kind: "file" }),
    base,
    target,
    tags,
    labels,
    platforms,
    push: getBooleanInput("push", { default: true }),
    credentials: readCredentials(target.registry),
    insecure: getBooleanInput("insecure-registry", { default: false }),
    smoke: readSmokeInputs(format),
  };
}

function reference(input: string, text: string): ImageReference {
  try {
    return parseReference(text);
  } catch (error) {
    throw invalidInput(
      input,
      text,
      `an image reference like ghcr.io/owner/name (${(error as Error).message})`,
    );
  }
}

/**
 * The workflow token is only ever sent to ghcr.io: on any other registry, credentials must be given.
 */
function readCredentials(registry: string): Credentials | undefined {
  let username = getStringInput("registry-username");
  let password = getStringInput("registry-password");
  const token = !password && registry === "ghcr.io" ? getStringInput("github-token") : undefined;
  if (token) {
    password = token;
    username ||= getContext().actor || "github-actions";
  }
  if (password) mask(password);
  if (username && !password)
    throw invalidInput("registry-password", "", `a password or token for user '${username}'`);
  if (password && !username)
    throw invalidInput("registry-username", "", "the user the registry-password belongs to");
  return username && password ? { username, password } : undefined;
}
