import { h } from "./dom.js";

/** "Download model" (backprop's model file) and "Download ONNX": the worker serialises, the page saves. */
export function createExportButtons(request: (format: "model" | "onnx") => void) {
  const model = h("button", { id: "download-model", type: "button", onclick: () => request("model") }, "Download model");
  const onnx = h("button", { id: "download-onnx", type: "button", onclick: () => request("onnx") }, "Download ONNX");
  return {
    buttons: [model, onnx],
    /** Saves a file the worker sent, through a Blob URL (nothing leaves the browser). */
    save(fileName: string, data: string | Uint8Array): void {
      const type = typeof data === "string" ? "application/json" : "application/octet-stream";
      const url = URL.createObjectURL(new Blob([data as BlobPart], { type }));
      const link = h("a", { href: url, download: fileName, hidden: true });
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    },
  };
}
