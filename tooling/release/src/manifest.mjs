const DEPENDENCY_FIELDS = ["dependencies", "peerDependencies", "optionalDependencies", "devDependencies"];

/**
 * The dependencies of a published manifest that still carry a `workspace:` range (which npm
 * cannot install), as `field.name=range` strings.
 *
 * @param {any} manifest a package.json as it sits in a tarball
 * @returns {string[]} empty when every range is a real one
 * @example
 * workspaceRanges({ dependencies: { "@backprop/linalg": "workspace:^" } });
 * // ["dependencies.@backprop/linalg=workspace:^"]
 */
export function workspaceRanges(manifest) {
  const found = [];
  for (const field of DEPENDENCY_FIELDS) {
    for (const [name, range] of Object.entries(manifest[field] ?? {})) {
      if (String(range).startsWith("workspace:")) found.push(`${field}.${name}=${range}`);
    }
  }
  return found;
}

/**
 * Checks that each internal (`@backprop/*`, `backprop-nn`) runtime dependency of a published
 * manifest is a caret range on the exact version that was published alongside it, which is what
 * `workspace:^` must turn into.
 *
 * @param {any} manifest a package.json as it sits in a tarball
 * @param {Map<string, string>} publishedVersions name → version that was published
 * @returns {string[]} one line per problem; empty when all is well
 * @example
 * internalRangeProblems({ dependencies: { "@backprop/linalg": "^0.2.0" } },
 *   new Map([["@backprop/linalg", "0.2.0"]])); // []
 */
export function internalRangeProblems(manifest, publishedVersions) {
  const problems = [];
  for (const field of ["dependencies", "peerDependencies", "optionalDependencies"]) {
    for (const [name, range] of Object.entries(manifest[field] ?? {})) {
      if (!publishedVersions.has(name)) continue;
      const expected = `^${publishedVersions.get(name)}`;
      if (range !== expected) {
        problems.push(`${manifest.name}: ${field}.${name} is "${range}", expected "${expected}" (the version published with it)`);
      }
    }
  }
  return problems;
}
