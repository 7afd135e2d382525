/**
 * The Verdaccio configuration release:verify runs with, as YAML text.
 *
 * Our own names (`@backprop/*` and the umbrella `backprop-nn`) are served from local storage only,
 * with anonymous publish and no uplink: an install must never pick up a same-named package
 * from the public registry. Every other name is proxied to the npm registry.
 *
 * @param {{ storage: string, ownNames?: string[], uplink?: string }} options
 * @returns {string} YAML for `verdaccio --config`
 * @throws {TypeError} when `storage` is not an absolute path
 * @example
 * verdaccioConfig({ storage: "/tmp/x/storage" }).includes("'@backprop/*':"); // true
 */
export function verdaccioConfig({ storage, ownNames = ["@backprop/*", "backprop-nn"], uplink = "https://registry.npmjs.org/" }) {
  if (typeof storage !== "string" || !storage.startsWith("/")) {
    throw new TypeError(`verdaccioConfig: storage must be an absolute path. Received: storage=${JSON.stringify(storage)}.`);
  }
  const own = ownNames
    .map((name) => [`  '${name}':`, "    access: $all", "    publish: $anonymous", "    unpublish: $anonymous"].join("\n"))
    .join("\n");
  return [
    `storage: ${JSON.stringify(storage)}`,
    "auth:",
    "  htpasswd:",
    `    file: ${JSON.stringify(`${storage}/htpasswd`)}`,
    "    max_users: -1",
    "uplinks:",
    "  npmjs:",
    `    url: ${uplink}`,
    "    timeout: 60s",
    "packages:",
    own,
    "  '**':",
    "    access: $all",
    "    publish: $authenticated",
    "    proxy: npmjs",
    "publish:",
    "  allow_offline: true",
    "web:",
    "  enable: false",
    "log:",
    "  type: stdout",
    "  format: pretty",
    "  level: warn",
    "",
  ].join("\n");
}
