// A worker script for `validateDataset`'s `parallel.workerScript` when it runs from source, not a bundle.
import { serveValidationWorker } from "./validate-worker.ts";

serveValidationWorker();
