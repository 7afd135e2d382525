/** One weight in a TF.js weights manifest. */
export interface TfjsWeightSpec {
  name: string;
  shape: number[];
  dtype: "float32";
}

/** A group of weights stored in the shard files `paths`, concatenated in order. */
export interface TfjsWeightGroup {
  paths: string[];
  weights: TfjsWeightSpec[];
}

/** A Keras-style layer entry of a TF.js `modelTopology`. */
export interface TfjsLayer {
  class_name: string;
  config: Record<string, unknown>;
}

/** The `model.json` of the TF.js Layers format (`tf.loadLayersModel` reads it). */
export interface TfjsModelJSON {
  format: "layers-model";
  generatedBy: string;
  convertedBy: string | null;
  modelTopology: { class_name: "Sequential"; config: { name: string; layers: TfjsLayer[] }; keras_version: string; backend: string };
  weightsManifest: TfjsWeightGroup[];
  userDefinedMetadata?: Record<string, unknown>;
}

/** What a TF.js export writes: `model.json` and its weight shards, by file name. */
export interface TfjsArtifacts {
  modelJSON: TfjsModelJSON;
  weightFiles: { path: string; data: Uint8Array }[];
}
