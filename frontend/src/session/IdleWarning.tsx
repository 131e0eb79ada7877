import { useEffect, useRef, useState } from "react";
import { createModal } from "@codegouvfr/react-dsfr/Modal";
import { useIsModalOpen } from "@codegouvfr/react-dsfr/Modal/useIsModalOpen";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { useSession } from "./SessionContext";

/** Show the warning this long before the token expires when the person has been idle. */
const WARN_BEFORE_MS = 5 * 60_000;
/** While the person is active, renew the token when less than this remains. */
const RENEW_BEFORE_MS = 10 * 60_000;
/** "Active" means an interaction within this window. */
const ACTIVE_WINDOW_MS = 5 * 60_000;
/** At most one silent renewal in this window (the server may cap a session's total length). */
const MIN_RENEW_INTERVAL_MS = 5 * 60_000;

const idleModal = createModal({ id: "cdlp-idle-modal", isOpenedByDefault: false });

function formatCountdown(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const m = Math.floor(total / 60);
  const s = total % 60;
  return `${m} min ${String(s).padStart(2, "0")} s`;
}

function spokenCountdown(ms: number): string {
  const minutes = Math.max(1, Math.ceil(ms / 60_000));
  return minutes === 1 ? "moins d’une minute" : `${minutes} minutes`;
}

/**
 * Idle sign-out: tokens last 30 minutes (expiresAt). While the person is active the token is
 * renewed silently (refreshToken); after ~25 minutes without activity a DSFR modal counts down
 * to the expiry with a "Rester connecté" button; at expiry the person is signed out.
 */
export function IdleWarning() {
  const { session, refresh, signOut } = useSession();
  const expiresAt = session ? Date.parse(session.expiresAt) : null;
  const lastActivity = useRef(Date.now());
  const renewing = useRef(false);
  const renewFailed = useRef(false);
  const lastRenewal = useRef(0);
  const [now, setNow] = useState(() => Date.now());
  const [warning, setWarning] = useState(false);
  const [refreshError, setRefreshError] = useState<string | null>(null);
  const isOpen = useIsModalOpen(idleModal, {
    onConceal: () => {
      // Closed with the cross or Escape: the person is here, keep the session.
      if (warningRef.current) void stay();
    },
  });
  const warningRef = useRef(false);
  warningRef.current = warning;

  useEffect(() => {
    const mark = () => {
      lastActivity.current = Date.now();
    };
    const events = ["pointerdown", "keydown", "scroll", "touchstart", "mousemove"] as const;
    events.forEach((e) => window.addEventListener(e, mark, { passive: true }));
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => {
      events.forEach((e) => window.removeEventListener(e, mark));
      window.clearInterval(timer);
    };
  }, []);

  // A new token (sign-in or refresh) resets the failure flag.
  useEffect(() => {
    renewFailed.current = false;
  }, [expiresAt]);

  useEffect(() => {
    if (expiresAt === null) return;
    const remaining = expiresAt - now;
    if (remaining <= 0) {
      setWarning(false);
      signOut("Vous avez été déconnecté car votre session a expiré. Veuillez vous reconnecter.");
      return;
    }
    const active = now - lastActivity.current < ACTIVE_WINDOW_MS;
    if (
      !warning &&
      active &&
      remaining < RENEW_BEFORE_MS &&
      remaining > WARN_BEFORE_MS &&
      now - lastRenewal.current > MIN_RENEW_INTERVAL_MS &&
      !renewing.current &&
      !renewFailed.current
    ) {
      renewing.current = true;
      lastRenewal.current = now;
      void refresh().then((err) => {
        renewing.current = false;
        if (err) renewFailed.current = true;
      });
    }
    if (!warning && remaining <= WARN_BEFORE_MS) {
      setRefreshError(null);
      setWarning(true);
    }
  }, [now, expiresAt, warning, refresh, signOut]);

  // Retried every second: the DSFR script may not have bound the dialog yet on the first try.
  useEffect(() => {
    try {
      if (warning && !isOpen) idleModal.open();
      if (!warning && isOpen) idleModal.close();
    } catch {
      /* dialog not initialised by the DSFR script yet: retried on the next tick */
    }
  }, [warning, isOpen, now]);

  async function stay() {
    const err = await refresh();
    if (err) {
      setRefreshError(
        "La session n’a pas pu être prolongée. Enregistrez votre travail et reconnectez-vous.",
      );
      return;
    }
    lastActivity.current = Date.now();
    setWarning(false);
  }

  const remaining = expiresAt === null ? 0 : expiresAt - now;

  return (
    <idleModal.Component
      title="Vous allez être déconnecté"
      titleAs="h2"
      iconId="fr-icon-timer-line"
      concealingBackdrop={false}
      buttons={[
        {
          children: "Se déconnecter",
          priority: "secondary",
          doClosesModal: false,
          onClick: () => {
            setWarning(false);
            signOut("Vous êtes déconnecté.");
          },
        },
        {
          children: "Rester connecté",
          doClosesModal: false,
          onClick: () => void stay(),
        },
      ]}
    >
      <p>
        Sans action de votre part, vous serez déconnecté dans{" "}
        <strong>{formatCountdown(remaining)}</strong> pour protéger les données des personnes
        accompagnées.
      </p>
      {/* Announced to screen readers once a minute rather than every second. */}
      <p className="fr-sr-only" aria-live="polite">
        {warning ? `Déconnexion dans ${spokenCountdown(remaining)}.` : ""}
      </p>
      {refreshError && <Alert severity="error" small description={refreshError} />}
    </idleModal.Component>
  );
}
