import { HIDE_KEY, type HideName } from "../state/classroom.js";

const HIDDEN = "classroom-hidden";

/** The wrapper of a labelled control: its `.field`, else the control and its label. */
function fieldOf(control: Element | null): Element[] {
  if (!control) return [];
  const field = control.closest(".field");
  if (field) return [field];
  const labels = control instanceof HTMLInputElement || control instanceof HTMLSelectElement ? [...(control.labels ?? [])] : [];
  return [control, ...labels];
}

/**
 * Controls by accessible name, for the parts other modules add ("Speed", "Replay", "Step
 * through", "Download model", "Problem type"): an element whose `aria-label` is `name`, a button
 * whose text is `name`, or the control of a `<label>` whose text starts with `name`.
 */
function byName(root: ParentNode, name: string): Element[] {
  const found: Element[] = [];
  for (const el of root.querySelectorAll("[aria-label], button, label")) {
    const aria = el.getAttribute("aria-label");
    const text = (el.textContent ?? "").trim();
    if (aria === name || (el.tagName === "BUTTON" && aria === null && text === name)) found.push(...fieldOf(el));
    else if (el instanceof HTMLLabelElement && (text === name || text.startsWith(`${name} `))) found.push(...fieldOf(el.control ?? el));
  }
  return found;
}

const all = (root: ParentNode, selector: string) => [...root.querySelectorAll(selector)];
const fieldById = (root: ParentNode, ...ids: string[]) => ids.flatMap((id) => fieldOf(root.querySelector(`#${id}`)));
/** An element, its heading and the callouts between them (the health strip, which has no wrapper of its own). */
function withHeading(el: Element | null): Element[] {
  if (!el) return [];
  const found = [el];
  let previous = el.previousElementSibling;
  while (previous?.classList.contains("callout")) {
    found.push(previous);
    previous = previous.previousElementSibling;
  }
  if (previous?.tagName === "H3") found.push(previous);
  return found;
}

const TARGETS: Record<HideName, (root: ParentNode) => Element[]> = {
  intro: (r) => all(r, ".masthead p"),
  data: (r) => all(r, "section.data"),
  datasets: (r) => all(r, ".datasets, .upload"),
  upload: (r) => all(r, ".upload"),
  trainRatio: (r) => fieldById(r, "train-ratio"),
  noise: (r) => fieldById(r, "noise"),
  batch: (r) => fieldById(r, "batch"),
  seed: (r) => all(r, ".field.seed"),
  learningRate: (r) => fieldById(r, "lr"),
  activation: (r) => fieldById(r, "activation"),
  loss: (r) => fieldById(r, "loss"),
  optimizer: (r) => fieldById(r, "optimizer"),
  regularization: (r) => fieldById(r, "reg", "reg-rate"),
  dropout: (r) => fieldById(r, "dropout"),
  problem: (r) => byName(r, "Problem type"),
  features: (r) => all(r, 'button.feature[aria-pressed="false"]'),
  layers: (r) => all(r, ".layer-controls button, .neuron-controls"),
  speed: (r) => byName(r, "Speed"),
  stepThrough: (r) => byName(r, "Step through"),
  replay: (r) => byName(r, "Replay"),
  lossChart: (r) => [...all(r, "#loss-chart"), ...all(r, ".swatch.train").map((s) => s.parentElement!)],
  testData: (r) => fieldById(r, "show-test"),
  discretize: (r) => fieldById(r, "discretize"),
  confusion: (r) => all(r, "#confusion"),
  health: (r) => withHeading(r.querySelector("#health")),
  callouts: (r) => all(r, ".callout"),
  code: (r) => all(r, "footer.export"),
  download: (r) => [...byName(r, "Download model"), ...byName(r, "Download ONNX")],
};

/**
 * Classroom mode on the page: hides what `hide` names (a class, so the elements keep their
 * values and their own `hidden` logic) and shows a line saying so. It re-applies itself when
 * parts of the page are rebuilt (the network view after every setup change), so call it once;
 * call `set` when the URL changes.
 */
export function createClassroom(root: HTMLElement, banner: HTMLElement) {
  let hide: readonly HideName[] = [];
  let queued = false;

  function apply(): void {
    queued = false;
    const targets = new Set(hide.flatMap((name) => TARGETS[name](root)));
    for (const el of root.querySelectorAll(`.${HIDDEN}`)) if (!targets.has(el)) el.classList.remove(HIDDEN);
    for (const el of targets) el.classList.add(HIDDEN);
    // The features in use stay as the network's inputs, but cannot be switched off.
    for (const b of root.querySelectorAll<HTMLButtonElement>("button.feature")) b.disabled = hide.includes("features");
    banner.hidden = hide.length === 0;
    const text = hide.length === 0 ? "" : `Classroom mode: some controls are hidden by this link (${HIDE_KEY}=${hide.join(",")}); their settings still apply.`;
    // Writing the same text would replace its node, wake the observer and loop.
    if (banner.textContent !== text) banner.textContent = text;
  }

  // Rebuilt parts come back visible: hide them again before they are painted.
  new MutationObserver(() => {
    if (queued || hide.length === 0) return;
    queued = true;
    queueMicrotask(apply);
  }).observe(root, { childList: true, subtree: true });

  return {
    set(next: readonly HideName[] | undefined): void {
      const value = next ?? [];
      if (value.join() === hide.join()) return;
      hide = value;
      apply();
    },
  };
}
