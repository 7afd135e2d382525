import { circlesDemo, moonsDemo, spiralDemo } from "./extra-demos.js";
import { classificationDemo, irisDemo, xorDemo, xorMseDemo } from "./tutorial-demos.js";
import type { DemoDefinition } from "./types.js";

/** Every demo, in the order `backprop demo all` runs them. */
export const DEMOS: readonly DemoDefinition[] = [
  classificationDemo,
  xorDemo,
  irisDemo,
  xorMseDemo,
  circlesDemo,
  moonsDemo,
  spiralDemo,
];

/** What `backprop demo <name>` accepts: every demo's name, then `all`. */
export const DEMO_NAMES = [...DEMOS.map((d) => d.name), "all"] as const;
