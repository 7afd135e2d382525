import { h } from "./dom.js";

export interface ReplayEvents {
  /** Show the run as it was after `epoch` epochs (the page pauses training). */
  scrub(epoch: number): void;
  /** Back to the live state (the scrubber reached the live end). */
  live(): void;
}

/** Replay frames asked for per second while playing back: the whole run takes about 4 s. */
const PLAYBACK_MS = 4000;

/**
 * The "Replay" timeline: a range from epoch 0 to the live epoch. Moving it shows an earlier
 * epoch (from the worker's kept weights); at its right end it follows the live run. "Play back"
 * runs the scrubber from where it is (from 0 when at the end) to the live end in about 4 s.
 */
export function createReplayBar(events: ReplayEvents) {
  // Laid out by `.field.replay` in style.css: the label, then the range taking the width left and the button.
  const input = h("input", { id: "replay", name: "replay", type: "range", min: 0, max: 0, step: 1, value: 0 });
  const output = h("output", { for: "replay", id: "replay-epoch" }, "live");
  const back = h("button", { id: "play-back", type: "button" }, "Play back");
  const root = h("div", { class: "field replay" },
    h("label", { for: "replay" }, "Replay", " ", output),
    h("div", { class: "replay-track" }, input, back));
  let liveEpoch = 0;
  let scrubbed = false;
  let timer = 0;

  const show = (epoch: number) => {
    scrubbed = epoch < liveEpoch;
    output.value = scrubbed ? `epoch ${epoch} of ${liveEpoch}` : "live";
    if (scrubbed) events.scrub(epoch);
    else events.live();
  };
  const stopPlayBack = () => {
    if (timer !== 0) cancelAnimationFrame(timer);
    timer = 0;
    back.textContent = "Play back";
  };
  input.addEventListener("input", () => {
    stopPlayBack();
    show(Number(input.value));
  });
  back.addEventListener("click", () => {
    if (timer !== 0) return stopPlayBack();
    if (liveEpoch === 0) return;
    const from = scrubbed ? Number(input.value) : 0;
    const started = performance.now();
    back.textContent = "Stop";
    const frame = (now: number) => {
      const epoch = Math.min(liveEpoch, Math.round(from + ((now - started) / PLAYBACK_MS) * liveEpoch));
      input.value = String(epoch);
      show(epoch);
      if (epoch >= liveEpoch) return stopPlayBack();
      timer = requestAnimationFrame(frame);
    };
    timer = requestAnimationFrame(frame);
  });

  return {
    root,
    /** Whether the pictures show an earlier epoch (live snapshots are then not drawn). */
    get scrubbed(): boolean {
      return scrubbed;
    },
    /** A new run (a reset or a new setup): any replay or play-back ends, and the range is 0..0 again. */
    restart(): void {
      stopPlayBack();
      liveEpoch = 0;
      scrubbed = false;
      input.max = "0";
      input.value = "0";
      output.value = "live";
    },
    /** A live snapshot at `epoch`: the range grows; when playing, the view goes back to live. */
    setLive(epoch: number, playing: boolean): void {
      if (epoch === liveEpoch && !scrubbed) return;
      liveEpoch = epoch;
      input.max = String(epoch);
      if (playing || !scrubbed) {
        if (scrubbed) stopPlayBack();
        scrubbed = false;
        input.value = String(epoch);
        if (output.value !== "live") output.value = "live";
      } else {
        output.value = `epoch ${input.value} of ${epoch}`;
      }
    },
  };
}
