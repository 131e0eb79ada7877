import { useRef, useState, type ReactNode } from "react";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { createModal } from "@codegouvfr/react-dsfr/Modal";
import { useIsModalOpen } from "@codegouvfr/react-dsfr/Modal/useIsModalOpen";
import { useMutation } from "../api/hooks";
import { revokeMembershipMutation } from "../api/operations";
import type { Role } from "../gql/graphql";
import { ErrorAlert } from "./ErrorAlert";

/** One person's role that an admin may end. */
export type RevokeTarget = {
  userId: string;
  displayName: string;
  role: Role;
  /** The role in French, e.g. "Agent de préfecture". */
  roleLabel: string;
  departmentCode?: string;
  associationId?: string;
};

const revokeModal = createModal({ id: "cdlp-revoke-role", isOpenedByDefault: false });

const FEEDBACK_ID = "cdlp-revoke-feedback";

function rowKey(t: RevokeTarget): string {
  return `${t.userId}-${t.role}`.replace(/[^a-zA-Z0-9_-]/g, "-");
}

/**
 * "Retirer" buttons (one per person's role), a DSFR confirmation modal, then `onRevoked`
 * (refetch) and a success message that takes the focus (the row disappears).
 * Render `feedback` above the table and `modal` once on the page.
 */
export function useRevokeRole(onRevoked: () => unknown): {
  button: (t: RevokeTarget) => ReactNode;
  modal: ReactNode;
  feedback: ReactNode;
} {
  const [target, setTarget] = useState<RevokeTarget | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [revoke, { loading, error, reset }] = useMutation(revokeMembershipMutation);
  const opener = useRef<string | null>(null);
  useIsModalOpen(revokeModal, {
    // Closed (Annuler, cross, Escape, or confirmed): back to the row's button if nothing else
    // took the focus (after a confirmation the message takes it).
    onConceal: () => {
      const active = document.activeElement;
      const dialog = document.getElementById(revokeModal.id);
      if (!active || active === document.body || dialog?.contains(active)) {
        document.getElementById(opener.current ?? "")?.focus();
      }
    },
  });

  async function confirm() {
    if (!target) return;
    const t = target;
    const r = await revoke({
      input: {
        userId: t.userId,
        role: t.role,
        departmentCode: t.departmentCode ?? null,
        associationId: t.associationId ?? null,
      },
    });
    if (!r.error) {
      setDone(`${t.displayName} n’a plus le rôle « ${t.roleLabel} ».`);
      await onRevoked();
    }
    setTimeout(() => document.getElementById(FEEDBACK_ID)?.focus(), 0);
  }

  const button = (t: RevokeTarget) => (
    <Button
      key={rowKey(t)}
      size="small"
      priority="tertiary"
      iconId="fr-icon-close-circle-line"
      nativeButtonProps={{
        id: `cdlp-revoke-${rowKey(t)}`,
        "aria-haspopup": "dialog",
        // Opened by code, not with the modal's buttonProps: with one opener per row, the DSFR
        // would give the focus back to the first row's button instead of this one.
        onClick: () => {
          opener.current = `cdlp-revoke-${rowKey(t)}`;
          setTarget(t);
          setDone(null);
          reset();
          revokeModal.open();
        },
      }}
    >
      Retirer<span className="fr-sr-only"> le rôle de {t.displayName}</span>
    </Button>
  );

  const modal = (
    <revokeModal.Component
      title={target ? `Retirer le rôle de ${target.displayName}\u00a0?` : "Retirer le rôle\u00a0?"}
      buttons={[
        { children: "Annuler", priority: "secondary" },
        {
          children: "Retirer le rôle",
          iconId: "fr-icon-close-circle-line",
          doClosesModal: true,
          disabled: loading,
          onClick: () => void confirm(),
        },
      ]}
    >
      {target && (
        <p>
          {target.displayName} n’aura plus le rôle « {target.roleLabel} » ni les accès qu’il donne. Les actions déjà
          enregistrées restent dans l’historique. Pour lui redonner ce rôle, il faudra l’inviter de nouveau.
        </p>
      )}
    </revokeModal.Component>
  );

  const feedback = (
    <div id={FEEDBACK_ID} tabIndex={-1}>
      {done && <Alert severity="success" small className="fr-mb-2w" description={done} />}
      {error && <ErrorAlert error={error} title="Le rôle n’a pas été retiré" />}
    </div>
  );

  return { button, modal, feedback };
}
