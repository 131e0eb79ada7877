import { useEffect, useState } from "react";
import { useSearchParams } from "react-router";
import { request, type ApiResult } from "../../api/client";
import type { AssociationDossiersQuery } from "../../gql/graphql";
import { dossiersQuery } from "./operations";
import { useInForceDepartments } from "./useAssociation";

/**
 * `dossier(departmentCode, id)` needs the département: it comes from `?departement=` (links
 * always carry it); without it (hand-typed address) the association's départements are tried.
 * undefined while looking, null when not found.
 */
export function useDossierDepartment(dossierId: string | undefined): string | null | undefined {
  const [params] = useSearchParams();
  const fromUrl = params.get("departement");
  const { departments } = useInForceDepartments();
  const [found, setFound] = useState<string | null | undefined>(undefined);
  useEffect(() => {
    if (fromUrl || !dossierId || !departments) return;
    let cancelled = false;
    void (async () => {
      for (const d of departments) {
        // No lookup by id across départements in the API: page through each one's list.
        let after: string | null = null;
        for (let page = 0; page < 20; page++) {
          const r: ApiResult<AssociationDossiersQuery> = await request(dossiersQuery, { departmentCode: d.code, first: 100, after });
          if (cancelled) return;
          if (r.error) break;
          if (r.data.dossiers.nodes.some((n) => n.id === dossierId)) {
            setFound(d.code);
            return;
          }
          if (!r.data.dossiers.pageInfo.hasNextPage) break;
          after = r.data.dossiers.pageInfo.endCursor ?? null;
        }
      }
      if (!cancelled) setFound(null);
    })();
    return () => {
      cancelled = true;
    };
  }, [fromUrl, dossierId, departments]);
  return fromUrl ?? found;
}
