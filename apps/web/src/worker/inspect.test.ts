import { describe, expect, it } from "vitest";
import { createInspector } from "./inspect.js";
import { createSession } from "../model/session.js";
import { defaultConfig } from "../state/config.js";
import type { FromWorker } from "./protocol.js";

function setup(withSession = true) {
  const posted: FromWorker[] = [];
  const session = withSession ? createSession(defaultConfig()) : null;
  const inspector = createInspector({ post: (m) => posted.push(m), session: () => session, run: () => 0 });
  return { posted, session, inspector };
}

describe("createInspector", () => {
  it("answers trace with the session's trace of that point", () => {
    const { posted, session, inspector } = setup();
    const point = session!.dataset().isTrain.indexOf(1);
    expect(inspector.receive({ type: "trace", point })).toBe(true);
    expect(posted).toEqual([{ type: "trace", trace: session!.trace(point) }]);
  });

  it("applies setParameter to the running model and posts a snapshot holding the new value", () => {
    const { posted, inspector } = setup();
    inspector.receive({ type: "setParameter", edit: { layer: 1, input: 0, unit: 3, value: -0.5 } });
    expect(posted).toHaveLength(1);
    const message = posted[0]!;
    expect(message.type === "snapshot" && message.snapshot.weights[1]![0]![3]).toBe(-0.5);
  });

  it("leaves other messages to the host and reports bad requests as errors", () => {
    const { posted, session, inspector } = setup();
    expect(inspector.receive({ type: "play" })).toBe(false);
    const testPoint = session!.dataset().isTrain.indexOf(0);
    inspector.receive({ type: "trace", point: testPoint });
    inspector.receive({ type: "setParameter", edit: { layer: 0, input: 0, unit: 9, value: 1 } });
    expect(posted).toEqual([
      { type: "error", message: `trace: point must be a training point. Received: point=${testPoint}, a test point.` },
      { type: "error", message: "setParameter: unit must be an integer in [0, 3]. Received: unit=9." },
    ]);
    const empty = setup(false);
    empty.inspector.receive({ type: "trace", point: 0 });
    expect(empty.posted).toEqual([{ type: "error", message: 'worker: "trace" needs a configuration first. Received: no running session.' }]);
  });
});
