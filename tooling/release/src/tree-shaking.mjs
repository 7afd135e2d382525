/**
 * Which of the `dropped` names a minified bundle still mentions. Minifying renames variables but
 * keeps string literals, and each activation carries its own name as one (`name: "sigmoid"`,
 * error sites like `"sigmoid.forward"`), so a quoted occurrence means its code came along.
 *
 * @param {string} code the minified bundle
 * @param {{ kept: string, dropped: string[] }} names `kept` must be present (proves the check
 *   looks at the right bundle)
 * @returns {string[]} the dropped names found
 * @throws {RangeError} when `kept` itself is absent from the bundle
 * @example
 * treeShakingLeaks('var a={name:"relu"};', { kept: "relu", dropped: ["sigmoid"] }); // []
 */
export function treeShakingLeaks(code, { kept, dropped }) {
  const quoted = (name) => new RegExp(`["'\`]${name}[."'\`]`);
  if (!quoted(kept).test(code)) {
    throw new RangeError(`treeShakingLeaks: the bundle does not contain the kept name. Received: kept=${JSON.stringify(kept)}.`);
  }
  return dropped.filter((name) => quoted(name).test(code));
}
