/**
 * What Fluent UI expects from a browser that jsdom lacks. Imported first by every pane test.
 */
import { configure } from "@testing-library/react";
import { TextDecoder as NodeTextDecoder } from "util";

if (!window.matchMedia) {
  window.matchMedia = (query: string): MediaQueryList => ({
    matches: false,
    media: query,
    onchange: null,
    addListener: () => undefined,
    removeListener: () => undefined,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
    dispatchEvent: () => false,
  });
}

if (!("ResizeObserver" in window)) {
  class NoResizeObserver {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  }
  Object.assign(window, { ResizeObserver: NoResizeObserver });
}

// jsdom's Blob has no arrayBuffer(); browsers do. Read it the old way for the file picker.
if (typeof Blob.prototype.arrayBuffer !== "function") {
  Blob.prototype.arrayBuffer = function arrayBuffer(this: Blob): Promise<ArrayBuffer> {
    return new Promise((resolve, reject) => {
      const reader = new FileReader();
      reader.onload = () => resolve(reader.result as ArrayBuffer); // readAsArrayBuffer gives one
      reader.onerror = () => reject(reader.error);
      reader.readAsArrayBuffer(this);
    });
  };
}

// jsdom has no TextDecoder; browsers do, and the file picker's size guard loads code that needs one.
if (typeof globalThis.TextDecoder === "undefined") {
  Object.assign(globalThis, { TextDecoder: NodeTextDecoder });
}

// Full reviews render large grids; on a loaded machine they take longer than the 1 s default.
configure({ asyncUtilTimeout: 5000 });
