import { rmSync } from "node:fs";

/**
 * Collects the undo steps of a run (stop the registry, delete temp folders) and runs each exactly
 * once, in reverse order, whether the run ends normally, throws, or is interrupted (SIGINT,
 * SIGTERM, SIGHUP). `onSignal` runs first on a signal (e.g. to end child processes still writing
 * into the temp folders).
 *
 * @example
 * const cleanup = createCleanup();
 * cleanup.add(() => rmSync(dir, { recursive: true, force: true }));
 * try { await work(); } finally { await cleanup.run(); }
 */
export function createCleanup({ onSignal = () => {}, onSignalExit = (code) => process.exit(code) } = {}) {
  const steps = [];
  let running = null;
  const cleanup = {
    /** @param {() => unknown} step */
    add(step) {
      steps.push(step);
    },
    /** Removes a folder at the end (synchronously, so it also works while exiting). */
    removeDir(dir) {
      steps.push(() => rmSync(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 }));
    },
    run() {
      running ??= (async () => {
        for (const step of steps.reverse()) {
          try {
            await step();
          } catch (error) {
            console.error(`cleanup: a step failed: ${error.message}`);
          }
        }
        steps.length = 0;
      })();
      return running;
    },
  };
  const signals = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 };
  const handlers = Object.entries(signals).map(([signal, code]) => {
    const handler = () => {
      console.error(`\n${signal} received: cleaning up (child processes, registry, temp folders)...`);
      Promise.resolve()
        .then(() => onSignal(signal))
        .catch(() => {})
        .then(() => cleanup.run())
        .finally(() => onSignalExit(code));
    };
    process.on(signal, handler);
    return [signal, handler];
  });
  cleanup.detach = () => handlers.forEach(([signal, handler]) => process.off(signal, handler));
  return cleanup;
}
