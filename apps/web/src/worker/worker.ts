import { createHost } from "./host.js";
import { createCsvHost } from "./csv-host.js";
import { createInspector } from "./inspect.js";
import { createSession } from "../model/session.js";
import { makeThumbnails } from "../model/thumbnails.js";
import { makeRegressionThumbnails } from "../model/regression-thumbnails.js";
import type { FromWorker, ToWorker } from "./protocol.js";

// The DOM and WebWorker type libraries clash in one program, so the worker scope is typed by hand.
const scope = self as unknown as {
  postMessage(message: FromWorker): void;
  addEventListener(type: "message", listener: (event: MessageEvent<ToWorker>) => void): void;
};

const csv = createCsvHost();
/** The session the host runs now, for the step-through and weight edits. */
let current: ReturnType<typeof createSession> | null = null;

const host = createHost({
  post: (message) => scope.postMessage(message),
  // A setup that cannot be built leaves the run in force (and its step-through) as it was.
  createSession: (config) => (current = createSession(config, csv.prepare(config))),
  scheduler: { later: (fn, ms = 0) => setTimeout(fn, ms), now: () => performance.now() },
});
const inspector = createInspector({ post: (message) => scope.postMessage(message), session: () => current, run: () => host.run });

scope.addEventListener("message", (event) => {
  if (event.data.type === "csv") scope.postMessage(csv.receive(event.data));
  else if (!inspector.receive(event.data)) host.receive(event.data);
});
scope.postMessage({ type: "thumbnails", thumbnails: makeThumbnails() });
scope.postMessage({ type: "regressionThumbnails", thumbnails: makeRegressionThumbnails() });
