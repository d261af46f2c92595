import { join } from "node:path";
import type { AddedLayer } from "./build-image.ts";
import { type Detection, detectFramework, type Framework, modelUriFor } from "./framework.ts";
import { buildLayer } from "./layer.ts";
import { listModelFiles, modelLayerEntries } from "./model-files.ts";
import { mlserverModelSettings } from "./model-settings.ts";

export const MODELS_DIR = "models";

export interface ModelLayersOptions {
  modelPath: string;
  /** `auto` detects it from the files. */
  framework: Framework | "auto";
  /** The model's name in MLServer (its V2 endpoint). */
  modelName: string;
  /** SOURCE_DATE_EPOCH, in seconds. */
  mtime: number;
  workDir: string;
}

export interface ModelLayers extends Detection {
  layers: AddedLayer[];
  /** diff_id of the model layer: the sha256 of the model's files as laid out in the image. */
  modelDigest: string;
  fileCount: number;
  /** False when the model folder brings its own model-settings.json. */
  generatedSettings: boolean;
}

/**
 * The model as its own layer under `/models`, uncompressed (the tar is the blob, so its digest depends
 * only on the files and the registry dedupes it across builds and runtimes, whatever gzip would do),
 * plus a small gzip layer with MLServer's model-settings.json unless the model brings one.
 */
export async function buildModelLayers(options: ModelLayersOptions): Promise<ModelLayers> {
  const files = listModelFiles(options.modelPath);
  const detection: Detection =
    options.framework === "auto"
      ? detectFramework(files)
      : { framework: options.framework, uri: modelUriFor(options.framework, files) };
  const model = await buildLayer(modelLayerEntries(files, MODELS_DIR), {
    outFile: join(options.workDir, "model-layer.tar"),
    mtime: options.mtime,
    compression: "none",
  });
  const layers: AddedLayer[] = [
    { layer: model, createdBy: `mlops-actions build-model-image: COPY model /${MODELS_DIR}/` },
  ];
  const generatedSettings = !files.some((f) => f.relative === "model-settings.json");
  if (generatedSettings) {
    const settings = await buildLayer(
      [
        {
          path: `${MODELS_DIR}/model-settings.json`,
          type: "file",
          content: mlserverModelSettings({ name: options.modelName, ...detection }),
        },
      ],
      { outFile: join(options.workDir, "settings-layer.tar.gz"), mtime: options.mtime, compression: "gzip" },
    );
    layers.push({
      layer: settings,
      createdBy: `mlops-actions build-model-image: ${detection.framework} model-settings.json`,
    });
  }
  return { ...detection, layers, modelDigest: model.diffId, fileCount: files.length, generatedSettings };
}
