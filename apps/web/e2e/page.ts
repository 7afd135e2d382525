import { afterAll, beforeAll } from "vitest";
import type { BrowserContext, Page } from "playwright-core";
import { assertReady, launchBrowser, serveDist } from "./harness.mjs";

/** A page opened by {@link usePlayground}, with the console errors and uncaught exceptions it logs. */
export interface OpenedPage {
  page: Page;
  errors: string[];
}

/**
 * One browser and one server of `dist/` for a test file (started before its tests, closed after),
 * and `open(hash)`: a new page at `hash`, collecting its errors, resolved once the worker's first
 * snapshot is drawn.
 */
export function usePlayground(size?: { width?: number; height?: number }) {
  let server: Awaited<ReturnType<typeof serveDist>> | undefined;
  let browser: Awaited<ReturnType<typeof launchBrowser>> | undefined;

  beforeAll(async () => {
    assertReady();
    server = await serveDist();
    browser = await launchBrowser(size);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const started = () => {
    if (!server || !browser) throw new Error("usePlayground: the browser is not started yet. Received: a call outside a test.");
    return { server, browser };
  };

  return {
    /** The served page's URL (without a hash). */
    get url(): string {
      return started().server.url;
    },
    get context(): BrowserContext {
      return started().browser.context;
    },
    async open(hash = ""): Promise<OpenedPage> {
      const { server: s, browser: b } = started();
      const page = await b.context.newPage();
      const errors: string[] = [];
      page.on("console", (m) => { if (m.type() === "error") errors.push(m.text()); });
      page.on("pageerror", (e) => errors.push(e.message));
      await page.goto(s.url + hash);
      await page.waitForSelector("#boundary[data-epoch]");
      return { page, errors };
    },
  };
}
