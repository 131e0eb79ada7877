/** What is kept in sessionStorage (cleared when the tab closes). */
export type StoredSession = { token: string; expiresAt: string; userId: string };

const SESSION_KEY = "cdlp.session";
const MEMBERSHIP_KEY = "cdlp.activeMembership";
const NOTICE_KEY = "cdlp.notice";

function read(key: string): string | null {
  try {
    return window.sessionStorage.getItem(key);
  } catch {
    return null;
  }
}
function write(key: string, value: string | null): void {
  try {
    if (value === null) window.sessionStorage.removeItem(key);
    else window.sessionStorage.setItem(key, value);
  } catch {
    /* storage disabled: the session lives in memory only */
  }
}

export function loadSession(): StoredSession | null {
  const raw = read(SESSION_KEY);
  if (!raw) return null;
  try {
    const s = JSON.parse(raw) as StoredSession;
    if (typeof s.token !== "string" || typeof s.expiresAt !== "string") return null;
    if (Date.parse(s.expiresAt) <= Date.now()) return null;
    return s;
  } catch {
    return null;
  }
}
export function saveSession(s: StoredSession | null): void {
  write(SESSION_KEY, s ? JSON.stringify(s) : null);
}

export function loadActiveMembershipKey(): string | null {
  return read(MEMBERSHIP_KEY);
}
export function saveActiveMembershipKey(key: string | null): void {
  write(MEMBERSHIP_KEY, key);
}

/** A one-shot message for the sign-in page (why the person was signed out). */
export function setSignInNotice(message: string | null): void {
  write(NOTICE_KEY, message);
}
export function peekSignInNotice(): string | null {
  return read(NOTICE_KEY);
}
