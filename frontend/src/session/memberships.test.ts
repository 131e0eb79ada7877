import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { INVITABLE_BY, ROLE_LABELS, type Role } from "./memberships";

// The invitation forms offer INVITABLE_BY[role]; the server decides with Role::may_invite
// (crates/cdlp-domain/src/role.rs). Read the Rust rule and compare, so that the page never
// offers a role the server then refuses (an agent was offered « Administrateur de préfecture »).
function serverRule(): Record<string, string[]> {
  const source = readFileSync(fileURLToPath(new URL("../../../crates/cdlp-domain/src/role.rs", import.meta.url)), "utf8");
  const body = source.slice(source.indexOf("fn may_invite"), source.indexOf("fn manages_commission"));
  const snake = (camel: string) => camel.replace(/([a-z])([A-Z])/g, "$1_$2").toUpperCase();
  const rule: Record<string, string[]> = {};
  // Arms: `A | B => matches!(target, X | Y),` or `A => false,` (comments ignored).
  const arms = body
    .replace(/\/\/[^\n]*/g, "")
    .matchAll(/([A-Z][A-Za-z]*(?:\s*\|\s*[A-Z][A-Za-z]*)*)\s*=>\s*\{?\s*(matches!\(\s*target\s*,\s*([^)]*)\)|false)/g);
  for (const [, left, , targets] of arms) {
    const allowed = targets ? targets.split("|").map((t) => snake(t.trim())).sort() : [];
    for (const role of left.split("|")) rule[snake(role.trim())] = allowed;
  }
  return rule;
}

describe("roles a person may grant", () => {
  it("match the server's rule for every role", () => {
    const rule = serverRule();
    expect(Object.keys(rule).sort()).toEqual(Object.keys(ROLE_LABELS).sort());
    for (const role of Object.keys(ROLE_LABELS) as Role[]) {
      expect([...INVITABLE_BY[role]].sort(), role).toEqual(rule[role]);
    }
  });
  it("an agent invites commission members only", () => {
    expect(INVITABLE_BY.PREFECTURE_AGENT).toEqual(["COMMISSION_MEMBER"]);
  });
});
