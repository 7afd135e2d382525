// Types for the two helpers of tooling/release (plain .mjs) that install.test.ts reuses.
declare module "*/tooling/release/src/workspace.mjs" {
  export function listWorkspacePackages(root: string): { dir: string; name: string; version: string; private: boolean; manifest: unknown }[];
}
declare module "*/tooling/release/src/tools.mjs" {
  export function pnpmCommand(env?: NodeJS.ProcessEnv, packageManager?: string): { command: string; prefix: string[] };
  export function cleanEnv(extra?: Record<string, string>, env?: NodeJS.ProcessEnv): NodeJS.ProcessEnv;
}
