/**
 * Turns the first Ctrl-C (SIGINT) into an aborted `AbortSignal`, so a training loop can stop at
 * the end of the current epoch and still report and save; a second Ctrl-C exits at once.
 * Call the returned `dispose` when the work is done to restore Node's default handling.
 */
export function interruptSignal(onFirst?: () => void): { signal: AbortSignal; dispose: () => void } {
  const controller = new AbortController();
  const handler = (): void => {
    if (controller.signal.aborted) process.exit(130);
    controller.abort();
    onFirst?.();
  };
  process.on("SIGINT", handler);
  return { signal: controller.signal, dispose: () => process.off("SIGINT", handler) };
}

/** Lets pending events (such as a SIGINT) run in the middle of a long synchronous loop. */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
