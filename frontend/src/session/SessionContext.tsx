import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import { useNavigate } from "react-router";
import { request, setAuthToken, setUnauthenticatedHandler, type ApiError } from "../api/client";
import { meQuery, refreshTokenMutation } from "../api/operations";
import type { MeQuery } from "../gql/graphql";
import { membershipKey, type Membership } from "./memberships";
import {
  loadActiveMembershipKey,
  loadSession,
  saveActiveMembershipKey,
  saveSession,
  setSignInNotice,
  type StoredSession,
} from "./storage";

export type Viewer = MeQuery["me"];

export type SessionState = {
  /** "loading": a stored token is being checked with `me`. */
  status: "anonymous" | "loading" | "ready" | "error";
  session: StoredSession | null;
  viewer: Viewer | null;
  /** Set when `me` failed for another reason than an expired session. */
  error: ApiError | null;
  activeMembership: Membership | null;
  /** Stores the token from login/acceptInvitation and loads `me`. */
  signIn: (payload: StoredSession) => Promise<{ viewer: Viewer; active: Membership | null } | { error: ApiError }>;
  /** Clears everything and goes to the sign-in page, which shows `notice` if given. */
  signOut: (notice?: string) => void;
  setActiveMembership: (m: Membership) => void;
  /** Asks for a fresh token (refreshToken). */
  refresh: () => Promise<ApiError | null>;
  reloadViewer: () => Promise<void>;
};

const SessionContext = createContext<SessionState | null>(null);

export const EXPIRED_NOTICE = "Votre session a expiré ou n’est plus valable. Veuillez vous reconnecter.";

function pickActive(viewer: Viewer, preferredKey: string | null): Membership | null {
  const ms = viewer.memberships;
  return ms.find((m) => membershipKey(m) === preferredKey) ?? ms[0] ?? null;
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const navigate = useNavigate();
  const [session, setSession] = useState<StoredSession | null>(() => {
    const s = loadSession();
    setAuthToken(s?.token ?? null);
    return s;
  });
  const [viewer, setViewer] = useState<Viewer | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [status, setStatus] = useState<SessionState["status"]>(session ? "loading" : "anonymous");
  const [activeKey, setActiveKey] = useState<string | null>(() => loadActiveMembershipKey());

  const clear = useCallback(() => {
    saveSession(null);
    saveActiveMembershipKey(null);
    setAuthToken(null);
    setSession(null);
    setViewer(null);
    setError(null);
    setActiveKey(null);
    setStatus("anonymous");
  }, []);

  const signOut = useCallback(
    (notice?: string) => {
      clear();
      setSignInNotice(notice ?? null);
      navigate("/connexion", { replace: true });
    },
    [clear, navigate],
  );

  // Any UNAUTHENTICATED answer to an authenticated request ends the session.
  const signOutRef = useRef(signOut);
  signOutRef.current = signOut;
  useEffect(() => {
    setUnauthenticatedHandler(() => signOutRef.current(EXPIRED_NOTICE));
    return () => setUnauthenticatedHandler(null);
  }, []);

  const loadViewer = useCallback(async (preferredKey: string | null) => {
    const result = await request(meQuery);
    if (result.error) {
      if (result.error.code !== "UNAUTHENTICATED") {
        setError(result.error);
        setStatus("error");
      }
      return result;
    }
    const v = result.data.me;
    const active = pickActive(v, preferredKey);
    setViewer(v);
    setActiveKey(active ? membershipKey(active) : null);
    saveActiveMembershipKey(active ? membershipKey(active) : null);
    setError(null);
    setStatus("ready");
    return { data: { viewer: v, active }, error: null as null };
  }, []);

  // A token found in sessionStorage (page reload): check it with `me`.
  useEffect(() => {
    if (session && status === "loading") void loadViewer(activeKey);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const signIn = useCallback<SessionState["signIn"]>(
    async (payload) => {
      saveSession(payload);
      setAuthToken(payload.token);
      setSession(payload);
      setStatus("loading");
      const r = await loadViewer(loadActiveMembershipKey());
      if (r.error) {
        clear();
        return { error: r.error };
      }
      return r.data as { viewer: Viewer; active: Membership | null };
    },
    [loadViewer, clear],
  );

  const setActiveMembership = useCallback((m: Membership) => {
    const k = membershipKey(m);
    saveActiveMembershipKey(k);
    setActiveKey(k);
  }, []);

  const refresh = useCallback(async () => {
    const r = await request(refreshTokenMutation);
    if (r.error) return r.error;
    const next = r.data.refreshToken;
    saveSession(next);
    setAuthToken(next.token);
    setSession(next);
    return null;
  }, []);

  const reloadViewer = useCallback(async () => {
    await loadViewer(activeKey);
  }, [loadViewer, activeKey]);

  const activeMembership = useMemo(
    () => viewer?.memberships.find((m) => membershipKey(m) === activeKey) ?? null,
    [viewer, activeKey],
  );

  const value = useMemo<SessionState>(
    () => ({
      status,
      session,
      viewer,
      error,
      activeMembership,
      signIn,
      signOut,
      setActiveMembership,
      refresh,
      reloadViewer,
    }),
    [status, session, viewer, error, activeMembership, signIn, signOut, setActiveMembership, refresh, reloadViewer],
  );

  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionState {
  const ctx = useContext(SessionContext);
  if (!ctx) throw new Error("useSession must be used inside <SessionProvider>");
  return ctx;
}
