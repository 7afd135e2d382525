import { UsageError } from "./errors.js";

/**
 * Upper bounds that keep a typo (`--layers 30000,30000`, `--epochs 1e9`) from exhausting memory
 * or running for days. Each is checked before anything is allocated, and each can be raised
 * with an environment variable: `BACKPROP_MAX_PARAMS=50000000 backprop train …`.
 */
export const LIMITS = {
  /** Weights and biases of a network `train` builds (8 bytes each, ×4 with gradients and Adam's state). */
  params: { env: "BACKPROP_MAX_PARAMS", default: 5_000_000, what: "parameters" },
  /** Parameters `gradcheck` checks: two forward passes per parameter, so its cost grows as their square. */
  gradcheckParams: { env: "BACKPROP_MAX_GRADCHECK_PARAMS", default: 20_000, what: "parameters to check" },
  /** Width of one layer (also the model's input width). */
  units: { env: "BACKPROP_MAX_UNITS", default: 100_000, what: "units in one layer" },
  /** Rows `data --n-samples` and `gradcheck --samples` generate. */
  rows: { env: "BACKPROP_MAX_ROWS", default: 1_000_000, what: "rows" },
  /** Epochs of one run (the loss of every epoch is kept). */
  epochs: { env: "BACKPROP_MAX_EPOCHS", default: 10_000_000, what: "epochs" },
  /** Classes of a target (each one an output unit). */
  classes: { env: "BACKPROP_MAX_CLASSES", default: 1_000, what: "classes" },
  /** Size of a model file or CSV read (checked before it is read, so memory stays bounded). */
  fileBytes: { env: "BACKPROP_MAX_FILE_BYTES", default: 268_435_456, what: "bytes in one input file" },
} as const;

export type LimitName = keyof typeof LIMITS;

/** The limit in force: the environment variable's value when it is a positive integer, else the default. */
export function limitOf(name: LimitName, env: NodeJS.ProcessEnv = process.env): number {
  const spec = LIMITS[name];
  const raw = env[spec.env];
  if (raw === undefined || raw === "") return spec.default;
  const value = Number(raw);
  if (!Number.isSafeInteger(value) || value < 1) {
    throw new UsageError(`${spec.env} must be a positive integer. Received: ${spec.env}=${raw}.`);
  }
  return value;
}

/** `1234567` → `1,234,567`. */
function grouped(n: number): string {
  return Number.isFinite(n) && n < 1e21 ? Math.round(n).toLocaleString("en-US") : n.toExponential(2);
}

/**
 * Throws when `value` exceeds the limit, naming the flag, the value and the limit and how to
 * raise it: `train: --epochs=1000000000 is above the limit of 10,000,000 epochs (raise it with BACKPROP_MAX_EPOCHS=N).`
 * @throws UsageError
 */
export function checkLimit(where: string, flagText: string, value: number, name: LimitName): void {
  const limit = limitOf(name);
  if (value <= limit) return;
  const spec = LIMITS[name];
  throw new UsageError(
    `${where}: ${flagText} is above the limit of ${grouped(limit)} ${spec.what}. Received: ${grouped(value)} (raise the limit with ${spec.env}=N).`,
  );
}

/** Weights and biases of a dense stack `sizes[0] → sizes[1] → …`: `Σ (nᵢ + 1)·nᵢ₊₁`. */
export function denseParamCount(sizes: readonly number[]): number {
  let total = 0;
  for (let i = 0; i + 1 < sizes.length; i++) total += ((sizes[i] as number) + 1) * (sizes[i + 1] as number);
  return total;
}

/** The lines `--help` prints about the limits. */
export function limitsHelp(): string[] {
  return [
    "Limits, checked before anything is allocated (raise one with its variable):",
    ...Object.values(LIMITS).map((l) => `  ${l.env}=${l.default} ${l.what}`),
  ];
}
