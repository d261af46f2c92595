/**
 * The main job of the README, step by step: the pipeline of a pull request on the example project, each
 * action run through the local CLI, in the order a workflow would run them. Each new action adds its step
 * here, or says in `actionsLeftOut` why the demo cannot run it.
 */
export interface DemoStep {
  title: string;
  /** An action name under actions/, or a path to an action folder from the repository root. */
  action: string;
  inputs: Record<string, string>;
  event?: string;
}

export const demoProject = "examples/iris-classifier";

/** The demo plays a pull request, as the pipeline in DESIGN.md runs on one. */
export const demoEvent = "pull_request";

export const demoSteps: DemoStep[] = [
  {
    title: "validate-data: the training data against its contract",
    action: "validate-data",
    inputs: { data: "data/train.csv", schema: "data/schema.yml" },
  },
  {
    title: "train: python train.py, with its metrics, model and inputs recorded",
    action: "train",
    inputs: {
      run: "python train.py --out out",
      metrics: "out/metrics.json",
      model: "out/model/",
      deps: "train.py\ndata/train.csv\nrequirements.txt",
    },
  },
  {
    title: "evaluate-gate: the new metrics against the committed baseline and ml-policy.yml",
    action: "evaluate-gate",
    inputs: { metrics: "out/metrics.json", policy: "ml-policy.yml", baseline: "baseline/metrics.json" },
  },
  {
    title: "drift-check: recent data against the training data",
    action: "drift-check",
    inputs: {
      reference: "data/train.csv",
      current: "data/recent.csv",
      "fail-on-drift": "false",
      "html-report": "out/drift.html",
    },
  },
  {
    title: "metrics-comment: the pull request comment, rendered from the reports of the steps above",
    action: "metrics-comment",
    inputs: {},
  },
];

/** Actions under actions/ the demo does not run, and why (printed by the demo). */
export const actionsLeftOut: Record<string, string> = {
  "build-model-image":
    "it reads its base image (docker.io/seldonio/mlserver) from Docker Hub even with push: false, " +
    "and this demo uses no registry",
};
