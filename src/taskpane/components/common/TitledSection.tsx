/**
 * A part of the pane under its heading; the heading also names the region, so a screen reader
 * lists the part by the words the user sees.
 */
import type { ReactNode } from "react";

export interface TitledSectionProps {
  title: string;
  /** Tabs and panels are level 2, their parts level 3. */
  level?: 2 | 3;
  testId?: string;
  children?: ReactNode;
}

export function TitledSection({ title, level = 2, testId, children }: TitledSectionProps) {
  const Heading = level === 2 ? "h2" : "h3";
  return (
    <section aria-label={title} data-testid={testId}>
      <Heading>{title}</Heading>
      {children}
    </section>
  );
}
