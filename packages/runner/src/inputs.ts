import type { NodeActionManifest } from "./action-manifest.ts";
import { type ExpressionContext, evaluateTemplate } from "./expressions.ts";

export interface ResolvedInputs {
  /** INPUT_<NAME> variables, as the node handler sets them. */
  env: Record<string, string>;
  /** Input values by name (user values and evaluated defaults). */
  values: Record<string, string>;
  /** Warnings the runner prints (unexpected inputs, deprecated inputs). */
  warnings: string[];
  /** Emulator notes (what the real runner does not check). */
  notes: string[];
}

/** `INPUT_` + the name upper-cased with spaces replaced by `_` (hyphens are kept). */
export function inputEnvName(name: string): string {
  return `INPUT_${name.replaceAll(" ", "_").toUpperCase()}`;
}

/**
 * Merges the step's `with:` values with the defaults of action.yml, as ActionRunner.RunAsync does:
 * defaults are evaluated (`${{ github.token }}` ...), user inputs not declared in action.yml produce
 * the runner's "Unexpected input(s)" warning, deprecated inputs their deprecation warning.
 */
export function resolveInputs(
  manifest: NodeActionManifest,
  withValues: Record<string, string>,
  expressionContext: ExpressionContext,
): ResolvedInputs {
  const warnings: string[] = [];
  const notes: string[] = [];
  const values: Record<string, string> = { ...withValues };
  const declared = Object.keys(manifest.inputs);
  const declaredLower = new Set(declared.map((name) => name.toLowerCase()));
  const givenLower = new Set(Object.keys(withValues).map((name) => name.toLowerCase()));

  for (const name of Object.keys(withValues)) {
    const definition = Object.entries(manifest.inputs).find(
      ([key]) => key.toLowerCase() === name.toLowerCase(),
    );
    const message = definition?.[1].deprecationMessage;
    if (message !== undefined) warnings.push(`Input '${name}' has been deprecated with message: ${message}`);
  }
  for (const [name, definition] of Object.entries(manifest.inputs)) {
    if (givenLower.has(name.toLowerCase())) continue;
    if (definition.default !== undefined) {
      values[name] = evaluateTemplate(definition.default, expressionContext);
    } else {
      values[name] = "";
      if (definition.required) {
        notes.push(
          `Input required and not supplied: ${name} (the runner itself does not enforce 'required'; ` +
            "the action sees an empty value)",
        );
      }
    }
  }
  const unexpected = Object.keys(withValues).filter((name) => !declaredLower.has(name.toLowerCase()));
  if (unexpected.length > 0) {
    warnings.push(
      `Unexpected input(s) '${unexpected.join("', '")}', valid inputs are ['${declared.join("', '")}']`,
    );
  }
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(values)) env[inputEnvName(name)] = value;
  return { env, values, warnings, notes };
}
