/**
 * The main job of the README, step by step: each action that exists runs through the local CLI on a copy
 * of the example project. Each new action adds its step here.
 */
export interface DemoStep {
  title: string;
  /** An action name under actions/, or a path to an action folder from the repository root. */
  action: string;
  inputs: Record<string, string>;
  event?: string;
}

export const demoProject = "examples/iris-classifier";

export const demoSteps: DemoStep[] = [
  {
    title: "fixture (the test bed's own action: inputs, outputs, summary, annotations, report)",
    action: "test/fixture-action",
    inputs: {
      message: "hello from the demo",
      file: "train.py",
      files: "*.py\nrequirements.txt",
      tags: "demo",
    },
  },
];
