import { copyFileSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { bundleForBrowser, formatBytes } from "./bundle.mjs";
import { checkBackpropClosure, installedPackages } from "./closure.mjs";
import { internalRangeProblems, workspaceRanges } from "./manifest.mjs";
import { run } from "./process.mjs";
import { tarballManifest } from "./tarball.mjs";
import { cleanEnv } from "./tools.mjs";
import { treeShakingLeaks } from "./tree-shaking.mjs";

const CONSUMER_DIR = join(dirname(fileURLToPath(import.meta.url)), "..", "consumer");

/**
 * Downloads every published tarball from the registry and checks its package.json: no
 * `workspace:` range anywhere, and internal dependencies as `^version` of what was published.
 *
 * @param {{ registryUrl: string, versions: Map<string, string> }} options
 * @returns {Promise<string>} a one-line detail, e.g. the ranges of one manifest as an example
 */
export async function checkPublishedManifests({ registryUrl, versions }) {
  const problems = [];
  let example = "";
  let mostDeps = -1;
  for (const [name, version] of versions) {
    const packument = await (await globalThis.fetch(`${registryUrl}${name.replace("/", "%2f")}`)).json();
    const tarballUrl = packument.versions?.[version]?.dist?.tarball;
    if (!tarballUrl) {
      problems.push(`${name}@${version} is not in the registry`);
      continue;
    }
    const manifest = tarballManifest(new Uint8Array(await (await globalThis.fetch(tarballUrl)).arrayBuffer()));
    problems.push(...workspaceRanges(manifest).map((range) => `${name}: ${range}`));
    problems.push(...internalRangeProblems(manifest, versions));
    const deps = Object.entries(manifest.dependencies ?? {});
    if (deps.length > mostDeps) {
      mostDeps = deps.length;
      example = `e.g. ${name}@${version} depends on ${deps.map(([d, r]) => `${d}@${r}`).join(", ") || "nothing"}`;
    }
  }
  if (problems.length) throw new Error(problems.join("\n"));
  return `${versions.size} tarballs, no workspace: ranges; ${example}`;
}

/** Creates an empty npm project and installs `specs` into it from the local registry. */
async function npmProject(dir, specs, env) {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "package.json"), `${JSON.stringify({ name: "consumer", version: "0.0.0", private: true }, null, 2)}\n`);
  await run("npm", ["install", ...specs], { cwd: dir, env });
  return installedPackages(dir);
}

/** Runs a consumer script and returns the JSON object on its last line of output. */
async function runJsonScript(dir, file, env) {
  const { stdout } = await run(process.execPath, [file], { cwd: dir, env });
  const last = stdout.trim().split("\n").pop();
  try {
    return JSON.parse(last);
  } catch {
    throw new Error(`${file} did not end with a JSON line. Its output:\n${stdout}`);
  }
}

/**
 * What a user does after `npm install`, each as a step of `report`: data alone, network (XOR in
 * ESM and in CommonJS), the browser bundle of data, tree-shaking of activations, and the
 * umbrella package.
 *
 * A check whose package was not published fails, unless `allowSkip` (then it is skipped).
 *
 * @param {{ report: ReturnType<import("./steps.mjs").createReport>, base: string, registryUrl: string, versions: Map<string, string>, allowSkip?: boolean }} options
 */
export async function consumerChecks({ report, base, registryUrl, versions, allowSkip = false }) {
  const step = (name, needs, body) => {
    const absent = needs.filter((n) => !versions.has(n));
    if (absent.length === 0) return report.step(name, body);
    if (allowSkip) return report.skip(name, `${absent.join(", ")} not published`);
    return report.step(name, async () => {
      throw new Error(`${absent.join(", ")} was not published (is it in the workspace?)`);
    });
  };
  const env = cleanEnv({
    npm_config_registry: registryUrl,
    npm_config_userconfig: join(base, "npmrc"),
    npm_config_cache: join(base, "npm-cache"),
    npm_config_audit: "false",
    npm_config_fund: "false",
    npm_config_update_notifier: "false",
    npm_config_loglevel: "error",
  });
  writeFileSync(join(base, "npmrc"), `registry=${registryUrl}\n`);
  const dataDir = join(base, "consumer-data");
  const networkDir = join(base, "consumer-network");

  const dataInstalled = await step("npm install @backprop/data brings only data + linalg", ["@backprop/data"], async () => {
    const installed = await npmProject(dataDir, ["@backprop/data"], env);
    const closure = checkBackpropClosure(installed.keys(), ["@backprop/data", "@backprop/linalg"]);
    if (!closure.ok) {
      throw new Error(`found ${closure.found.join(", ")}; unexpected: ${closure.unexpected.join(", ") || "-"}; missing: ${closure.missing.join(", ") || "-"}`);
    }
    return `node_modules has ${closure.found.map((n) => `${n}@${[...installed.get(n)].join("/")}`).join(", ")} and ${installed.size - closure.found.length} other packages`;
  });

  if (dataInstalled) {
    await step("use @backprop/data from Node: Iris + StandardScaler", [], async () => {
      copyFileSync(join(CONSUMER_DIR, "data.mjs"), join(dataDir, "data.mjs"));
      const result = await runJsonScript(dataDir, "data.mjs", env);
      if (result.rows !== 150 || result.cols !== 4 || !result.centred) throw new Error(`unexpected result ${JSON.stringify(result)}`);
      return "150 × 4 Iris; every scaled column has mean 0 and variance 1 (to 1e-12)";
    });

    await step("browser bundle of { loadIris, StandardScaler } (esbuild, minified)", [], async () => {
      const source = `import { loadIris, StandardScaler } from "@backprop/data";\n` +
        `const iris = loadIris();\nconst scaled = new StandardScaler().fitTransform(iris.x);\n` +
        `document.body.textContent = String(scaled.rows);\n`;
      const bundle = await bundleForBrowser({ source, resolveDir: dataDir });
      if (bundle.nodeBuiltins.length) throw new Error(`Node built-ins reached the browser bundle: ${bundle.nodeBuiltins.join(", ")}`);
      return { detail: `${formatBytes(bundle.minified)} minified, ${formatBytes(bundle.gzipped)} min+gzip, no Node built-ins`, bundle };
    });
  }

  // network reads a model file's preprocessing (data's scalers and ColumnTransformer) and records
  // metrics by name (metrics), so both come with it; viz and interop never do.
  const networkInstalled = await step("npm install @backprop/network @backprop/linalg (no viz, no interop)", ["@backprop/network"], async () => {
    const installed = await npmProject(networkDir, ["@backprop/network", "@backprop/linalg"], env);
    const expected = ["activations", "data", "layers", "linalg", "losses", "metrics", "network", "optimizers"].map((n) => `@backprop/${n}`);
    const closure = checkBackpropClosure(installed.keys(), expected);
    if (!closure.ok) throw new Error(`unexpected: ${closure.unexpected.join(", ") || "-"}; missing: ${closure.missing.join(", ") || "-"}`);
    return `backprop packages: ${closure.found.join(", ")}`;
  });

  if (networkInstalled) {
    for (const file of ["xor.mjs", "xor.cjs"]) {
      await step(`train XOR from ${file.endsWith(".mjs") ? "ESM" : "CommonJS"} (${file})`, [], async () => {
        copyFileSync(join(CONSUMER_DIR, file), join(networkDir, file));
        const result = await runJsonScript(networkDir, file, env);
        if (result.accuracy !== 1 || result.reportedAccuracy !== 1) {
          throw new Error(`accuracy ${result.accuracy} (evaluate: ${result.reportedAccuracy}), expected 1 (100%). Output: ${JSON.stringify(result)}`);
        }
        return `accuracy 100%, final loss ${Number(result.loss).toExponential(3)}, predictions ${JSON.stringify(result.predictions)}`;
      });
    }
  }

  await step('tree-shaking: import { relu } from "@backprop/activations"', ["@backprop/activations"], async () => {
    const dir = join(base, "consumer-activations");
    await npmProject(dir, ["@backprop/activations"], env);
    const bundle = await bundleForBrowser({
      source: `import { relu } from "@backprop/activations";\nconsole.log(relu.name, relu.forward);\n`,
      resolveDir: dir,
    });
    const dropped = ["sigmoid", "tanh", "softmax", "leakyRelu", "linear", "elu", "selu", "gelu", "geluTanh", "softplus", "softsign", "swish", "silu", "hardSigmoid", "mish"];
    const leaks = treeShakingLeaks(bundle.code, { kept: "relu", dropped });
    if (leaks.length) throw new Error(`the bundle also holds: ${leaks.join(", ")}`);
    return `${formatBytes(bundle.gzipped)} min+gzip; none of ${dropped.join(", ")} in it`;
  });

  await step('tree-shaking: import { Dense } from "@backprop/layers" (the layer registry stays out)', ["@backprop/layers"], async () => {
    const dir = join(base, "consumer-layers");
    await npmProject(dir, ["@backprop/layers"], env);
    const bundle = await bundleForBrowser({
      source: `import { Dense } from "@backprop/layers";\nconsole.log(new Dense(2, 3, { seed: 1 }).type);\n`,
      resolveDir: dir,
    });
    const dropped = ["dropout", "batchNorm"];
    const leaks = treeShakingLeaks(bundle.code, { kept: "dense", dropped });
    if (leaks.length) throw new Error(`the bundle also holds: ${leaks.join(", ")}`);
    return `${formatBytes(bundle.gzipped)} min+gzip; none of ${dropped.join(", ")} in it`;
  });

  await step("npm install backprop-nn (umbrella) and use it from ESM and CommonJS", ["backprop-nn"], async () => {
    const dir = join(base, "consumer-umbrella");
    const installed = await npmProject(dir, ["backprop-nn"], env);
    // interop (ONNX, TF.js) is left out of the umbrella on purpose: most users never need it.
    const libraries = [...versions.keys()].filter((name) => name.startsWith("@backprop/") && name !== "@backprop/interop");
    const closure = checkBackpropClosure(installed.keys(), ["backprop-nn", ...libraries]);
    if (!closure.ok) throw new Error(`unexpected: ${closure.unexpected.join(", ") || "-"}; missing: ${closure.missing.join(", ") || "-"}`);
    copyFileSync(join(CONSUMER_DIR, "umbrella.mjs"), join(dir, "umbrella.mjs"));
    copyFileSync(join(CONSUMER_DIR, "umbrella.cjs"), join(dir, "umbrella.cjs"));
    const esm = await runJsonScript(dir, "umbrella.mjs", env);
    const cjs = await runJsonScript(dir, "umbrella.cjs", env);
    if (esm.exports !== cjs.exports || esm.exports === 0) throw new Error(`ESM sees ${esm.exports} exports, CommonJS ${cjs.exports}`);
    return `${closure.found.length} backprop packages installed; ${esm.exports} exports from ESM and from CommonJS`;
  });
}
