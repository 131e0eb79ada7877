import { Outlet, useLocation, matchPath, generatePath } from "react-router";
import { Header } from "@codegouvfr/react-dsfr/Header";
import { Footer } from "@codegouvfr/react-dsfr/Footer";
import { SkipLinks } from "@codegouvfr/react-dsfr/SkipLinks";
import { headerFooterDisplayItem, Display } from "@codegouvfr/react-dsfr/Display";
import { MainNavigation, type MainNavigationProps } from "@codegouvfr/react-dsfr/MainNavigation";
import { useSession } from "../session/SessionContext";
import { SPACE_OF_ROLE, spaceHomePath, type Membership } from "../session/memberships";
import { SPACE_BY_ID } from "../spaces/registry";
import { MembershipSwitcher } from "./MembershipSwitcher";
import { IdleWarning } from "../session/IdleWarning";
import { ErrorBoundary } from "../components/ErrorBoundary";

export const MAIN_ID = "contenu";
export const NAV_ID = "navigation-principale";
export const FOOTER_ID = "pied-de-page";

const brandTop = (
  <>
    République
    <br />
    Française
  </>
);

function joinPath(base: string, to: string): string {
  if (to === "") return base;
  return `${base.replace(/\/$/, "")}/${to.replace(/^\//, "")}`;
}

function navigationFor(m: Membership | null, pathname: string): MainNavigationProps.Item[] | undefined {
  if (!m) return undefined;
  const space = SPACE_BY_ID[SPACE_OF_ROLE[m.role]];
  const base = generatePath(space.basePath, {
    departmentCode: m.departmentCode ?? "",
    associationId: m.associationId ?? "",
  });
  const entries = space.nav
    .filter((entry) => !entry.roles || entry.roles.includes(m.role))
    .map((entry) => {
      const to = joinPath(base, entry.to);
      const exact = entry.end ?? entry.to === "";
      return { text: entry.text, to, matches: matchPath({ path: to, end: exact }, pathname) !== null };
    });
  // One current item only: the most specific match (on /dossiers/nouveau, « Nouvelle demande »,
  // not also « Dossiers »).
  const current = entries.filter((e) => e.matches).sort((a, b) => b.to.length - a.to.length)[0];
  return entries.map((e) => ({ text: e.text, linkProps: { to: e.to }, isActive: e === current }));
}

/** The DSFR page frame: skip links, header (navigation of the active space), main, footer. */
export function Layout() {
  const { pathname } = useLocation();
  const { viewer, activeMembership, signOut } = useSession();
  const signedIn = viewer !== null;
  const navigation = navigationFor(activeMembership, pathname);
  const home = activeMembership ? spaceHomePath(activeMembership) : "/";

  return (
    <>
      <SkipLinks
        links={[
          { label: "Contenu", anchor: `#${MAIN_ID}` },
          ...(navigation ? [{ label: "Menu", anchor: `#${NAV_ID}` }] : []),
          { label: "Pied de page", anchor: `#${FOOTER_ID}` },
        ]}
      />
      <Header
        brandTop={brandTop}
        serviceTitle="CDLP"
        serviceTagline="Commissions départementales de lutte contre la prostitution"
        homeLinkProps={{ to: home, title: "Accueil — CDLP" }}
        navigation={navigation ? <MainNavigation id={NAV_ID} items={navigation} /> : undefined}
        quickAccessItems={
          signedIn
            ? [
                <MembershipSwitcher />,
                {
                  iconId: "fr-icon-logout-box-r-line",
                  text: "Se déconnecter",
                  buttonProps: { type: "button", onClick: () => signOut("Vous êtes déconnecté.") },
                },
                headerFooterDisplayItem,
              ]
            : [headerFooterDisplayItem]
        }
      />
      <main id={MAIN_ID} tabIndex={-1} className="fr-container fr-py-6w cdlp-main">
        {/* A failed page is retried on the next path; healthy pages are not remounted. */}
        <ErrorBoundary resetKey={pathname} page>
          <Outlet />
        </ErrorBoundary>
      </main>
      <Footer
        id={FOOTER_ID}
        brandTop={brandTop}
        homeLinkProps={{ to: home, title: "Accueil — CDLP" }}
        accessibility="partially compliant"
        accessibilityLinkProps={{ to: "/accessibilite" }}
        termsLinkProps={{ to: "/mentions-legales" }}
        contentDescription="CDLP est le service numérique des commissions départementales de lutte contre la prostitution, le proxénétisme et la traite des êtres humains aux fins d’exploitation sexuelle."
        bottomItems={[
          { text: "Données personnelles", linkProps: { to: "/donnees-personnelles" } },
          headerFooterDisplayItem,
        ]}
      />
      <Display />
      {signedIn && (
        <ErrorBoundary>
          <IdleWarning />
        </ErrorBoundary>
      )}
    </>
  );
}
