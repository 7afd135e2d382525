import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

/**
 * Reads a JSON fixture from the `__fixtures__` folder beside the calling test:
 * `loadFixture(import.meta.url, "random-state.json")`.
 */
export function loadFixture<T = unknown>(testFileUrl: string, name: string): T {
  const path = fileURLToPath(new URL(`./__fixtures__/${name}`, testFileUrl));
  return JSON.parse(readFileSync(path, "utf8")) as T;
}
