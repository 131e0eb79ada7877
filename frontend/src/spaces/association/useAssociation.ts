import { useMemo } from "react";
import { useQuery } from "../../api/hooks";
import { useSpace } from "../useSpace";
import { IN_FORCE_STATUSES } from "../../labels";
import { agrementsQuery, departmentsQuery } from "./operations";

export type InForceDepartment = { code: string; name: string; validUntil: string | null };

/**
 * The départements where the association works (its agréments in force), with their names.
 * A worker limited to some départements gets only those (the API filters them).
 */
export function useInForceDepartments() {
  const agrements = useQuery(agrementsQuery, { statuses: IN_FORCE_STATUSES });
  const departments = useQuery(departmentsQuery, {});
  const list = useMemo<InForceDepartment[] | null>(() => {
    if (!agrements.data) return null;
    const byCode = new Map((departments.data?.departments ?? []).map((d) => [d.code, d]));
    const seen = new Map<string, InForceDepartment>();
    for (const a of agrements.data.agrements) {
      const prev = seen.get(a.departmentCode);
      if (!prev || (a.validUntil ?? "") > (prev.validUntil ?? "")) {
        seen.set(a.departmentCode, {
          code: a.departmentCode,
          name: byCode.get(a.departmentCode)?.name ?? `Département ${a.departmentCode}`,
          validUntil: a.validUntil ?? null,
        });
      }
    }
    return [...seen.values()].sort(
      (x, y) => (byCode.get(x.code)?.sortKey ?? 999) - (byCode.get(y.code)?.sortKey ?? 999),
    );
  }, [agrements.data, departments.data]);
  return {
    departments: list,
    error: agrements.error,
    loading: agrements.loading,
    refetch: agrements.refetch,
    nameOf: (code: string) =>
      departments.data?.departments.find((d) => d.code === code)?.name ?? `Département ${code}`,
  };
}

/** The base path of the association space, e.g. "/association/<id>". */
export function useBase(): string {
  const { associationId } = useSpace();
  return `/association/${encodeURIComponent(associationId ?? "")}`;
}

export function useIsAdmin(): boolean {
  return useSpace().membership.role === "ASSOCIATION_ADMIN";
}

export function dossierPath(base: string, d: { id: string; departmentCode: string }): string {
  return `${base}/dossiers/${encodeURIComponent(d.id)}?departement=${encodeURIComponent(d.departmentCode)}`;
}
