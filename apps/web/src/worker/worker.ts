import { createHost } from "./host.js";
import { createCsvHost } from "./csv-host.js";
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
const host = createHost({
  post: (message) => scope.postMessage(message),
  createSession: (config) => createSession(config, csv.prepare(config)),
  scheduler: { later: (fn) => setTimeout(fn, 0), now: () => performance.now() },
});

scope.addEventListener("message", (event) => (event.data.type === "csv" ? scope.postMessage(csv.receive(event.data)) : host.receive(event.data)));
scope.postMessage({ type: "thumbnails", thumbnails: makeThumbnails() });
scope.postMessage({ type: "regressionThumbnails", thumbnails: makeRegressionThumbnails() });
