/**
 * Starts the file-mode worker. Kept apart from everything else because `import.meta.url` is
 * what webpack needs to bundle the worker as its own chunk, and the tests (CommonJS) cannot
 * load a module that mentions it.
 */
export function spawnReviewWorker(): Worker {
  return new Worker(
    /* webpackChunkName: "file-mode" */ new URL("./review.worker.ts", import.meta.url)
  );
}
