import type { Command } from "./command.js";
import { demoCommand } from "./demo.js";
import { trainCommand } from "./train.js";
import { predictCommand } from "./predict.js";
import { evaluateCommand } from "./evaluate.js";
import { gradcheckCommand } from "./gradcheck.js";
import { dataCommand } from "./data.js";
import { exportCommand } from "./export.js";
import { importCommand } from "./import.js";

/** Every `backprop` subcommand, in the order `backprop --help` lists them. */
export const COMMANDS: readonly Command[] = [
  demoCommand,
  trainCommand,
  predictCommand,
  evaluateCommand,
  gradcheckCommand,
  dataCommand,
  exportCommand,
  importCommand,
];
