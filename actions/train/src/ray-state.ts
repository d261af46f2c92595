/** The step state where the main step records a Ray job still running, for the post step to stop. */
export const RAY_STATE = "ray-job";
