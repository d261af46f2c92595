export {
  type ActionInputDefinition,
  ActionManifestError,
  findManifestFile,
  loadActionManifest,
  type NodeActionManifest,
} from "./action-manifest.ts";
export {
  annotationProperties,
  CommandProcessor,
  saveStateDeprecation,
  setOutputDeprecation,
} from "./command-processor.ts";
export {
  escapeCommandData,
  escapeCommandProperty,
  unescapeCommandData,
  unescapeCommandProperty,
} from "./escaping.ts";
export { ExpressionError, evaluateCondition, evaluateExpression, evaluateTemplate } from "./expressions.ts";
export { FileCommandFormatError, parseKeyValueFile, parsePathFile } from "./file-commands.ts";
export type { ActionEvent, GitHubContextOverrides } from "./github-context.ts";
export { inputEnvName, resolveInputs } from "./inputs.ts";
export { type RunActionOptions, runAction } from "./run-action.ts";
export { SecretMasker } from "./secret-masker.ts";
export type { ActionRun, Annotation, AnnotationLevel, StepRun, StepStage } from "./types.ts";
export { parseWorkflowCommand, type WorkflowCommand } from "./workflow-command.ts";
