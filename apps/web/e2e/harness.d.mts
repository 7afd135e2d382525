import type { BrowserContext } from "playwright-core";

export const DIST: string;
export const CHROMIUM: string;
export function assertReady(): void;
export function serveDist(): Promise<{ url: string; close(): Promise<void> }>;
export function launchBrowser(size?: { width?: number; height?: number }): Promise<{ context: BrowserContext; close(): Promise<void> }>;
