import type { LiveChange, PlaygroundConfig } from "./config.js";

/** The settings a running session changes at its next batch, without a reset (the optimizer keeps its state). */
export const LIVE_KEYS = ["learningRate", "regularization", "regRate", "dropout", "batchSize"] as const;
export type LiveKey = (typeof LIVE_KEYS)[number];
export type LiveSettings = Pick<PlaygroundConfig, LiveKey>;

/** At most this many changes are recorded (and carried by a URL); later ones replace the run's last. */
export const MAX_CHANGES = 100;

export const LIVE_LABELS: Record<LiveKey, string> = {
  learningRate: "Learning rate", regularization: "Regularization", regRate: "Regularization rate", dropout: "Dropout", batchSize: "Batch size",
};

/** The live settings of a config at epoch 0. */
export function liveSettings(config: PlaygroundConfig): LiveSettings {
  const { learningRate, regularization, regRate, dropout, batchSize } = config;
  return { learningRate, regularization, regRate, dropout, batchSize };
}

/** The settings in force for the epoch after `epoch` trained ones: epoch 0's, then every change with `change.epoch ≤ epoch`. */
export function settingsAt(config: PlaygroundConfig, epoch: number): LiveSettings {
  const settings = liveSettings(config);
  for (const change of config.changes) {
    if (change.epoch > epoch) break;
    for (const key of LIVE_KEYS) if (change[key] !== undefined) (settings as Record<LiveKey, unknown>)[key] = change[key];
  }
  return settings;
}

/** True when every field of `patch` is a live setting (so the run goes on instead of being rebuilt). */
export function isLivePatch(patch: Partial<PlaygroundConfig>): boolean {
  const keys = Object.keys(patch);
  return keys.length > 0 && keys.every((k) => (LIVE_KEYS as readonly string[]).includes(k));
}

export function sameSettings(a: LiveSettings, b: LiveSettings): boolean {
  return LIVE_KEYS.every((k) => a[k] === b[k]);
}

/**
 * Records `patch` made after `epoch` trained epochs: changes recorded for later epochs are dropped
 * (the run now goes another way), fields equal to the settings already in force are left out, and
 * a change at the same epoch is merged. At epoch 0 the patch becomes the starting settings.
 * Returns the new config (the same object when nothing changed).
 * @example
 * recordChange(defaultConfig(), 40, { learningRate: 0.003 }).changes; // [{ epoch: 40, learningRate: 0.003 }]
 */
export function recordChange(config: PlaygroundConfig, epoch: number, patch: Partial<LiveSettings>): PlaygroundConfig {
  const kept = config.changes.filter((c) => c.epoch < epoch);
  if (epoch === 0) return { ...config, ...patch, changes: [] };
  const before = settingsAt({ ...config, changes: kept }, epoch);
  const same = config.changes.find((c) => c.epoch === epoch);
  const change: LiveChange = { ...same, epoch };
  for (const key of LIVE_KEYS) {
    const value = patch[key];
    if (value === undefined) continue;
    if (value === before[key]) delete change[key];
    else (change as unknown as Record<string, unknown>)[key] = value;
  }
  const changes = Object.keys(change).length > 1 ? [...kept, change] : kept;
  // A long session keeps its first MAX_CHANGES − 1 changes and its latest one.
  if (changes.length > MAX_CHANGES) changes.splice(MAX_CHANGES - 1, changes.length - MAX_CHANGES);
  return { ...config, changes };
}

/** "Learning rate 0.003" (for the status line). */
export function describePatch(patch: Partial<LiveSettings>): string {
  return LIVE_KEYS.filter((k) => patch[k] !== undefined).map((k) => `${LIVE_LABELS[k]} ${String(patch[k])}`).join(", ");
}
