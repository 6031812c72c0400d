/**
 * The last line of defence: a failure no screen handled (the host's settings cannot be read, a
 * bug) is shown in words with its detail, instead of a blank pane.
 */
import { Component, type ErrorInfo, type ReactNode } from "react";
import { catalogs } from "../../i18n/messages";
import { createTranslator } from "../../i18n/translate";
import type { PaneLocale } from "../i18n/pane-locale";

interface Props {
  locale: PaneLocale;
  children: ReactNode;
  /** Where the failure is recorded (the host's console in production). */
  onError(error: unknown, info: ErrorInfo): void;
}

interface State {
  error: unknown;
}

export class PaneErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    this.props.onError(error, info);
  }

  override render(): ReactNode {
    if (this.state.error === null) return this.props.children;
    const t = createTranslator(this.props.locale, catalogs);
    const detail =
      this.state.error instanceof Error ? this.state.error.message : String(this.state.error);
    return (
      <div role="alert">
        <h1>{t("app.title")}</h1>
        <p>{t("app.failed")}</p>
        <p>{detail}</p>
      </div>
    );
  }
}
