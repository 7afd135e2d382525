/** What one redraw of the progress bar shows. */
export interface ProgressState {
  epoch: number;
  epochs: number;
  loss: number;
  elapsedMs: number;
}

/** `75` → `1m15s`, `4.2` → `4s`: a coarse duration for ETAs. */
export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds)) return "?";
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return `${s}s`;
  const m = Math.floor(s / 60);
  return m < 60 ? `${m}m${String(s % 60).padStart(2, "0")}s` : `${Math.floor(m / 60)}h${String(m % 60).padStart(2, "0")}m`;
}

/** The ETA is shown once this many epochs have run and this much time has passed: before that the pace is noise. */
export const ETA_AFTER = { epochs: 3, ms: 500 } as const;

/**
 * One line of progress bar, at most `columns` characters: epoch counter, bar, percentage,
 * current loss and the time left at the average pace so far (`ETA = elapsed · (epochs − epoch) / epoch`),
 * the ETA only after 3 epochs and 0.5 s.
 * @example
 * formatProgress({ epoch: 50, epochs: 100, loss: 0.25, elapsedMs: 2000 }, 60);
 * // "epoch  50/100 [█████████░░░░░░░░░]  50% loss 0.250000 ETA 2s"
 */
export function formatProgress(state: ProgressState, columns: number): string {
  const { epoch, epochs, loss, elapsedMs } = state;
  const width = String(epochs).length;
  const fraction = epochs > 0 ? Math.min(1, epoch / epochs) : 1;
  const showEta = epoch >= ETA_AFTER.epochs && elapsedMs >= ETA_AFTER.ms;
  const eta = showEta ? ` ETA ${formatDuration(((elapsedMs / 1000) * (epochs - epoch)) / epoch)}` : "";
  const head = `epoch ${String(epoch).padStart(width)}/${epochs}`;
  const tail = `${String(Math.round(fraction * 100)).padStart(3)}% loss ${loss.toFixed(6)}${eta}`;
  const barWidth = Math.max(0, Math.min(30, columns - head.length - tail.length - 4));
  if (barWidth < 5) return `${head} ${tail}`.slice(0, Math.max(0, columns - 1));
  const filled = Math.round(fraction * barWidth);
  return `${head} [${"█".repeat(filled)}${"░".repeat(barWidth - filled)}] ${tail}`;
}
