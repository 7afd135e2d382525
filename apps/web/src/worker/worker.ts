import { createHost } from "./host.js";
import { createSession } from "../model/session.js";
import { makeThumbnails } from "../model/thumbnails.js";
import type { FromWorker, ToWorker } from "./protocol.js";

// The DOM and WebWorker type libraries clash in one program, so the worker scope is typed by hand.
const scope = self as unknown as {
  postMessage(message: FromWorker): void;
  addEventListener(type: "message", listener: (event: MessageEvent<ToWorker>) => void): void;
};

const host = createHost({
  post: (message) => scope.postMessage(message),
  createSession,
  scheduler: { later: (fn, ms = 0) => setTimeout(fn, ms), now: () => performance.now() },
});

scope.addEventListener("message", (event) => host.receive(event.data));
scope.postMessage({ type: "thumbnails", thumbnails: makeThumbnails() });
