import { configurations } from "./src/configs.mjs";
import { backpropSeconds } from "./src/backprop.mjs";
for (const c of configurations()) if (c.name !== "large" || process.argv[2] === "all") console.log(c.name.padEnd(15), backpropSeconds(c, 5).toFixed(3));
