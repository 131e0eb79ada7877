import { Component, type ErrorInfo, type ReactNode } from "react";

type Props = {
  children: ReactNode;
  /**
   * When it changes while the error message is shown (e.g. the path), the children are tried
   * again. Healthy children are never remounted by a change of `resetKey`.
   */
  resetKey?: unknown;
  /** Wraps a whole page: the message's title is then the page's h1 (otherwise a paragraph). */
  page?: boolean;
};
type State = { failed: boolean; key: unknown };

/** Last resort: a rendering error shows a French message instead of a blank page. */
export class ErrorBoundary extends Component<Props, State> {
  state: State = { failed: false, key: this.props.resetKey };

  static getDerivedStateFromError(): Partial<State> {
    return { failed: true };
  }

  /** A new `resetKey` clears a shown error (a healthy boundary just records it). */
  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    if (Object.is(props.resetKey, state.key)) return null;
    return { key: props.resetKey, failed: false };
  }

  componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error("Erreur d’affichage", error, info.componentStack);
  }

  render() {
    if (!this.state.failed) return this.props.children;
    // A failed page has no title of its own: the message is then the page's h1.
    const Title = this.props.page ? "h1" : "p";
    return (
      <div className="fr-alert fr-alert--error fr-my-4w" role="alert">
        <Title className="fr-alert__title">Une erreur est survenue lors de l’affichage de cette page</Title>
        <p>
          Rechargez la page. Si le problème persiste, contactez le support en indiquant l’heure et l’adresse de la
          page.{" "}
          <button type="button" className="fr-link" onClick={() => window.location.reload()}>
            Recharger la page
          </button>
        </p>
      </div>
    );
  }
}
