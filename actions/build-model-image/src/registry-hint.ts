import { UserError } from "@mlops-actions/kit";
import { FrameworkDetectionError, ImageBuildError, RegistryError } from "@mlops-actions/oci";

/** Registry and model problems are the user's to fix: one line, with what to do about it. */
export function explainError(error: unknown, context: { registry: string; repository: string }): unknown {
  if (error instanceof FrameworkDetectionError) return new UserError(`Input 'model': ${error.message}`);
  if (error instanceof ImageBuildError) return new UserError(error.message);
  if (!(error instanceof RegistryError)) return error;
  if (!error.isAuthError) return new UserError(`Registry error: ${error.message}`);
  const target = `${context.registry}/${context.repository}`;
  const hint =
    context.registry === "ghcr.io"
      ? "give the job `permissions: packages: write`, and if the package already exists, give this repository write access in the package's settings (Manage Actions access)"
      : "check registry-username and registry-password and that this user may push to the repository";
  return new UserError(`Access to ${target} was refused (${error.status}): ${hint}. ${error.message}`);
}
