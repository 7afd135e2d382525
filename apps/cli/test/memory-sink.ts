import type { TextSink } from "../src/output/output.js";

/** A fake stdout/stderr that keeps what was written in `text`: a terminal when `isTTY`, 80 columns wide. */
export function memorySink(isTTY: boolean): TextSink & { text: string } {
  return {
    text: "",
    isTTY,
    columns: 80,
    write(chunk: string) {
      this.text += chunk;
      return true;
    },
  };
}
