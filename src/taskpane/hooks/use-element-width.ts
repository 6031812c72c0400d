/**
 * The laid-out width of an element, kept current as the task pane is resized. null until the
 * browser has measured it (and where it never does, as in tests without layout): callers keep
 * their wide layout until they know better.
 */
import { type RefCallback, useCallback, useEffect, useState } from "react";

export function useElementWidth<T extends HTMLElement>(): [RefCallback<T>, number | null] {
  const [element, setElement] = useState<T | null>(null);
  const [width, setWidth] = useState<number | null>(null);
  const measure = useCallback((node: T | null) => setElement(node), []);

  useEffect(() => {
    if (!element || typeof ResizeObserver === "undefined") return undefined;
    const observer = new ResizeObserver((entries) => {
      for (const entry of entries) setWidth(entry.contentRect.width);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [element]);

  return [measure, width];
}
