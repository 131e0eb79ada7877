import { Component, type ErrorInfo, type ReactNode } from "react";
import { Alert } from "@codegouvfr/react-dsfr/Alert";

type Props = { children: ReactNode };
type State = { failed: boolean };

/** Last resort: a rendering error shows a French message instead of a blank page. */
export class ErrorBoundary extends Component<Props, State> {
  state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error("Erreur d’affichage", error, info.componentStack);
  }

  render() {
    if (!this.state.failed) return this.props.children;
    return (
      <Alert
        severity="error"
        className="fr-my-4w"
        title="Une erreur est survenue lors de l’affichage de cette page"
        description={
          <>
            Rechargez la page. Si le problème persiste, contactez le support en indiquant l’heure
            et l’adresse de la page.{" "}
            <button type="button" className="fr-link" onClick={() => window.location.reload()}>
              Recharger la page
            </button>
          </>
        }
      />
    );
  }
}
