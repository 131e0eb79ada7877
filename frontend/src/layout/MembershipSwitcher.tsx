import { useNavigate } from "react-router";
import { useSession } from "../session/SessionContext";
import { membershipKey, membershipLabel, spaceHomePath } from "../session/memberships";

type DsfrApi = (el: Element) => { modal?: { conceal: () => void } } | undefined;

function closeDsfrModal(el: Element) {
  const dsfr = (window as unknown as { dsfr?: DsfrApi }).dsfr;
  dsfr?.(el)?.modal?.conceal();
}

/**
 * Header quick-access item: the active membership (role + scope). With several memberships it
 * is a select; changing it opens the chosen space's home. `id` is set by the DSFR Header
 * (desktop and mobile copies).
 */
export function MembershipSwitcher({ id = "cdlp-membership" }: { id?: string }) {
  const { viewer, activeMembership } = useSession();
  const navigate = useNavigate();
  if (!viewer || !activeMembership) return null;
  const memberships = viewer.memberships;
  if (memberships.length < 2) {
    return (
      <p id={id} className="cdlp-quick-text">
        <span className="fr-icon-account-circle-line fr-icon--sm fr-mr-1v" aria-hidden="true" />
        {membershipLabel(activeMembership)}
      </p>
    );
  }
  return (
    <div id={id} className="cdlp-switcher fr-select-group">
      <label className="fr-label" htmlFor={`${id}-select`}>
        Espace actif
      </label>
      <select
        id={`${id}-select`}
        className="fr-select"
        value={membershipKey(activeMembership)}
        onChange={(e) => {
          const m = memberships.find((x) => membershipKey(x) === e.target.value);
          if (!m) return;
          // In the mobile menu (a DSFR modal): close it, the new space's title takes the focus.
          const menu = e.currentTarget.closest(".fr-modal");
          if (menu) closeDsfrModal(menu);
          // The target space's guard makes it the active membership (see SpaceGuard).
          navigate(spaceHomePath(m), { state: { membershipKey: membershipKey(m) } });
        }}
      >
        {memberships.map((m) => (
          <option key={membershipKey(m)} value={membershipKey(m)}>
            {membershipLabel(m)}
          </option>
        ))}
      </select>
    </div>
  );
}
