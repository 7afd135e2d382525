import {
  ACTIVATIONS, DATASETS, DROPOUT_RATES, FEATURES, LEARNING_RATES, LOSSES, MAX_BATCH, MAX_HIDDEN_LAYERS,
  MAX_NEURONS, MAX_NOISE, OPTIMIZERS, REGULARIZATIONS, REG_RATES, defaultConfig,
  type FeatureName, type LiveChange, type PlaygroundConfig,
} from "./config.js";
import { decodeHide, encodeHide, HIDE_KEY } from "./classroom.js";
import { decodeProblem, encodeProblem, PROBLEM_KEYS } from "./url-problem.js";
import { LIVE_KEYS, MAX_CHANGES } from "./live.js";
import { MAX_SEED } from "./seed.js";

/** One URL parameter: how it reads, how it writes, and what it accepts (for the notice). */
interface Field<K extends keyof PlaygroundConfig> {
  key: string;
  prop: K;
  parse(raw: string): PlaygroundConfig[K] | undefined;
  format(value: PlaygroundConfig[K]): string;
  expected: string;
}

/**
 * A parameter the URL carried that could not be used, or used only in part; the page shows these
 * in its notice. `ignored` is set for a key given more than once: `value` (the first) was judged
 * and, when valid, used; these later values were not.
 */
export interface UrlProblem {
  key: string;
  value: string;
  expected: string;
  ignored?: string[];
}

/** Longer values are cut to this many characters (+ "…") in the notice: a link can carry 200,000. */
export const NOTICE_VALUE_CHARS = 40;

export interface DecodedState {
  config: PlaygroundConfig;
  problems: UrlProblem[];
}

function integer(raw: string, min: number, max: number): number | undefined {
  if (!/^-?\d+$/.test(raw)) return undefined;
  const n = Number(raw);
  return n >= min && n <= max ? n : undefined;
}

function oneOf<T extends string>(list: readonly T[]) {
  return (raw: string): T | undefined => (list as readonly string[]).includes(raw) ? (raw as T) : undefined;
}

function listed(list: readonly number[]) {
  return (raw: string): number | undefined => {
    if (!/^[0-9.eE+-]+$/.test(raw)) return undefined;
    const n = Number(raw);
    return list.includes(n) ? n : undefined;
  };
}

function hiddenLayers(raw: string): number[] | undefined {
  if (raw === "") return [];
  const parts = raw.split(",");
  if (parts.length > MAX_HIDDEN_LAYERS) return undefined;
  const units = parts.map((p) => integer(p, 1, MAX_NEURONS));
  return units.every((u) => u !== undefined) ? (units as number[]) : undefined;
}

function featureList(raw: string): FeatureName[] | undefined {
  const parts = raw.split(",");
  if (parts.length === 0 || parts.some((p) => !(FEATURES as readonly string[]).includes(p))) return undefined;
  if (new Set(parts).size !== parts.length) return undefined;
  // Keep the canonical order so that equal sets give equal networks (and equal URLs).
  return FEATURES.filter((f) => parts.includes(f));
}

const str = String;
const MAX_EPOCH = 1_000_000_000;
const CHANGES_EXPECTED = `up to ${MAX_CHANGES} comma-separated EPOCH:KEY:VALUE in epoch order, EPOCH 1–${MAX_EPOCH}, KEY lr|reg|regRate|dropout|batch`;

/** `40:lr:0.003,100:batch:5,100:dropout:0.2` → one change per epoch, each value checked by its own field. */
function changeList(raw: string): LiveChange[] | undefined {
  if (raw === "") return [];
  const changes: LiveChange[] = [];
  const items = raw.split(",");
  for (const item of items) {
    const m = /^(\d+):([A-Za-z]+):(.+)$/.exec(item);
    const epoch = m ? integer(m[1]!, 1, MAX_EPOCH) : undefined;
    const field = m ? LIVE_FIELDS.find((f) => f.key === m[2]) : undefined;
    const value = m && field ? field.parse(m[3]!) : undefined;
    if (epoch === undefined || field === undefined || value === undefined) return undefined;
    const last = changes[changes.length - 1];
    if (last !== undefined && epoch < last.epoch) return undefined;
    const change = last?.epoch === epoch ? last : { epoch };
    if (change !== last) changes.push(change);
    if ((change as unknown as Record<string, unknown>)[field.prop] !== undefined) return undefined;
    (change as unknown as Record<string, unknown>)[field.prop] = value;
  }
  return changes.length <= MAX_CHANGES ? changes : undefined;
}

function formatChanges(changes: LiveChange[]): string {
  return changes.flatMap((c) => LIVE_FIELDS.filter((f) => c[f.prop as keyof LiveChange] !== undefined)
    .map((f) => `${c.epoch}:${f.key}:${f.format(c[f.prop as keyof LiveChange] as never)}`)).join(",");
}

const FIELDS = [
  { key: "data", prop: "dataset", parse: oneOf(DATASETS), format: str, expected: DATASETS.join("|") },
  { key: "noise", prop: "noise", parse: (r) => integer(r, 0, MAX_NOISE), format: str, expected: `0–${MAX_NOISE}` },
  { key: "train", prop: "trainRatio", parse: (r) => integer(r, 10, 90), format: str, expected: "10–90" },
  { key: "batch", prop: "batchSize", parse: (r) => integer(r, 1, MAX_BATCH), format: str, expected: `1–${MAX_BATCH}` },
  { key: "seed", prop: "seed", parse: (r) => integer(r, 0, MAX_SEED), format: str, expected: `0–${MAX_SEED}` },
  {
    key: "layers", prop: "hidden", parse: hiddenLayers, format: (v: number[]) => v.join(","),
    expected: `up to ${MAX_HIDDEN_LAYERS} comma-separated sizes 1–${MAX_NEURONS}`,
  },
  { key: "act", prop: "activation", parse: oneOf(ACTIVATIONS), format: str, expected: ACTIVATIONS.join("|") },
  { key: "lr", prop: "learningRate", parse: listed(LEARNING_RATES), format: str, expected: LEARNING_RATES.join("|") },
  { key: "opt", prop: "optimizer", parse: oneOf(OPTIMIZERS), format: str, expected: OPTIMIZERS.join("|") },
  { key: "loss", prop: "loss", parse: oneOf(LOSSES), format: str, expected: LOSSES.join("|") },
  { key: "reg", prop: "regularization", parse: oneOf(REGULARIZATIONS), format: str, expected: REGULARIZATIONS.join("|") },
  { key: "regRate", prop: "regRate", parse: listed(REG_RATES), format: str, expected: REG_RATES.join("|") },
  { key: "dropout", prop: "dropout", parse: listed(DROPOUT_RATES), format: str, expected: DROPOUT_RATES.join("|") },
  {
    key: "features", prop: "features", parse: featureList, format: (v: FeatureName[]) => v.join(","),
    expected: `comma-separated, distinct, from ${FEATURES.join("|")}`,
  },
  { key: "irisX", prop: "irisX", parse: (r) => integer(r, 0, 3), format: str, expected: "0–3" },
  { key: "irisY", prop: "irisY", parse: (r) => integer(r, 0, 3), format: str, expected: "0–3" },
  { key: "changes", prop: "changes", parse: changeList, format: formatChanges, expected: CHANGES_EXPECTED },
] satisfies Field<keyof PlaygroundConfig>[] as Field<keyof PlaygroundConfig>[];

/** The fields a mid-run change may carry, in {@link LIVE_KEYS} order. */
const LIVE_FIELDS = LIVE_KEYS.map((prop) => FIELDS.find((f) => f.prop === prop)!);

/**
 * Reads a config from a URL hash or query (`#data=spiral&layers=8,8&seed=3`). Every missing
 * parameter takes its default; every unusable one takes its default too and is reported, so the
 * page can say what it ignored instead of showing a blank page.
 * @example
 * decodeState("#data=spiral&layers=99").problems[0].key; // "layers"
 */
export function decodeState(hash: string): DecodedState {
  const config = defaultConfig();
  const problems: UrlProblem[] = [];
  const params = new URLSearchParams(hash.replace(/^[#?]/, ""));
  const known = new Set([...FIELDS.map((f) => f.key), HIDE_KEY, ...PROBLEM_KEYS]);
  for (const [key, value] of params) {
    if (!known.has(key)) problems.push({ key, value, expected: `a known parameter: ${[...known].join(", ")}` });
  }
  for (const field of FIELDS) {
    // A repeated key: the first value counts (as URLSearchParams.get reads it); the notice says so.
    const [raw, ...later] = params.getAll(field.key);
    if (raw === undefined) continue;
    if (later.length > 0) problems.push({ key: field.key, value: raw, expected: field.expected, ignored: later });
    const value = field.parse(raw);
    if (value === undefined) problems.push({ key: field.key, value: raw, expected: field.expected });
    else (config as unknown as Record<string, unknown>)[field.prop] = value;
  }
  decodeProblem(params, config, problems);
  if (config.irisX === config.irisY) {
    problems.push({ key: "irisY", value: String(config.irisY), expected: "a feature other than irisX" });
    config.irisX = defaultConfig().irisX;
    config.irisY = defaultConfig().irisY;
  }
  const classroom = decodeHide(params);
  if (classroom.hide.length > 0) config.hide = classroom.hide;
  problems.push(...classroom.problems);
  return { config, problems };
}

/** Writes every parameter, so a shared link keeps meaning the same run even if defaults change. */
export function encodeState(config: PlaygroundConfig): string {
  const params = new URLSearchParams();
  for (const field of FIELDS) {
    // A run without mid-run changes keeps the short link it always had.
    if (field.key === "changes" && config.changes.length === 0) continue;
    params.set(field.key, field.format(config[field.prop]));
  }
  encodeHide(config.hide, params);
  encodeProblem(config, params);
  return "#" + params.toString().replaceAll("%2C", ",").replaceAll("%3A", ":");
}

/** `text` cut to {@link NOTICE_VALUE_CHARS} characters + "…" (and its length), quoted. */
export function shortValue(text: string): string {
  if (text.length <= NOTICE_VALUE_CHARS) return JSON.stringify(text);
  return `${JSON.stringify(text.slice(0, NOTICE_VALUE_CHARS))}… (${text.length.toLocaleString("en-US")} characters)`;
}

/**
 * The notice text the page shows for ignored parameters: the invalid ones (replaced by defaults),
 * then the repeated ones (the first value counts). Long keys and values are shortened.
 */
export function describeProblems(problems: UrlProblem[]): string {
  const key = (p: UrlProblem): string => (p.key.length > NOTICE_VALUE_CHARS ? `${p.key.slice(0, NOTICE_VALUE_CHARS)}…` : p.key);
  const invalid = problems.filter((p) => p.ignored === undefined);
  const repeated = problems.filter((p) => p.ignored !== undefined);
  const sentences: string[] = [];
  if (invalid.length > 0) {
    const parts = invalid.map((p) => `${key(p)}=${shortValue(p.value)} (expected ${p.expected})`);
    sentences.push(`Some link parameters were not valid and were replaced by defaults: ${parts.join("; ")}.`);
  }
  if (repeated.length > 0) {
    const parts = repeated.map((p) => {
      const ignored = p.ignored ?? [];
      return `${key(p)} appears ${ignored.length + 1} times; the first, ${key(p)}=${shortValue(p.value)}, counts and ${ignored.map(shortValue).join(", ")} ${ignored.length === 1 ? "was" : "were"} ignored`;
    });
    sentences.push(`Some link parameters were repeated: ${parts.join("; ")}.`);
  }
  return sentences.join(" ");
}
