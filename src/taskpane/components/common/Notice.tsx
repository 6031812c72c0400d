/**
 * A message in the pane's message bar: a line of what to do first or what happened, with an
 * optional title and one optional action button. Every notice of the pane is one of these, so
 * they read and behave alike.
 */
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  type MessageBarIntent,
} from "@fluentui/react-components";
import type { ReactNode } from "react";

export interface NoticeAction {
  label: string;
  onClick(): void;
  primary?: boolean;
}

export interface NoticeProps {
  intent?: MessageBarIntent;
  title?: string;
  action?: NoticeAction;
  /** Long details wrap under the title instead of being cut to one line. */
  multiline?: boolean;
  children?: ReactNode;
}

export function Notice({ intent = "info", title, action, multiline, children }: NoticeProps) {
  return (
    <MessageBar intent={intent} layout={multiline ? "multiline" : undefined}>
      <MessageBarBody>
        {title !== undefined && <MessageBarTitle>{title}</MessageBarTitle>}
        {children}
      </MessageBarBody>
      {action && (
        <MessageBarActions>
          <Button appearance={action.primary ? "primary" : undefined} onClick={action.onClick}>
            {action.label}
          </Button>
        </MessageBarActions>
      )}
    </MessageBar>
  );
}
