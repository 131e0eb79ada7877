import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { BrowserRouter, Link } from "react-router";
import { startReactDsfr } from "@codegouvfr/react-dsfr/spa";
import { SessionProvider } from "./session/SessionContext";
import { App } from "./App";
import { preloadActiveSpace } from "./spaces/registry";
import "./styles.css";

startReactDsfr({ defaultColorScheme: "system", Link });
preloadActiveSpace();

declare module "@codegouvfr/react-dsfr/spa" {
  interface RegisterLink {
    Link: typeof Link;
  }
}

createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <BrowserRouter>
      <SessionProvider>
        <App />
      </SessionProvider>
    </BrowserRouter>
  </StrictMode>,
);
