import { useCallback, useEffect, useRef, useState } from "react";
import { request, type ApiError, type ApiResult, type Document } from "./client";

export type QueryState<TData> = {
  data: TData | null;
  error: ApiError | null;
  loading: boolean;
  /** Runs the query again; resolves with its result. */
  refetch: () => Promise<ApiResult<TData>>;
};

/**
 * Runs a query when the component mounts and whenever `variables` change (compared by value).
 * `skip: true` holds it (e.g. until a parameter is known).
 */
export function useQuery<TData, TVariables>(
  document: Document<TData, TVariables>,
  variables: TVariables,
  options: { skip?: boolean } = {},
): QueryState<TData> {
  const [state, setState] = useState<{ data: TData | null; error: ApiError | null; loading: boolean }>({
    data: null,
    error: null,
    loading: !options.skip,
  });
  const key = JSON.stringify(variables ?? {});
  const generation = useRef(0);

  const run = useCallback(async (): Promise<ApiResult<TData>> => {
    const mine = ++generation.current;
    setState((s) => ({ ...s, loading: true }));
    const vars = JSON.parse(key) as TVariables;
    const result = await (request as (d: typeof document, v: TVariables) => Promise<ApiResult<TData>>)(
      document,
      vars,
    );
    if (mine === generation.current) {
      setState({ data: result.data, error: result.error, loading: false });
    }
    return result;
  }, [document, key]);

  useEffect(() => {
    if (options.skip) return;
    void run();
    return () => {
      generation.current++;
    };
  }, [run, options.skip]);

  return { ...state, refetch: run };
}

export type MutationState<TData> = {
  data: TData | null;
  error: ApiError | null;
  loading: boolean;
  reset: () => void;
};

/**
 * `const [mutate, { loading, error }] = useMutation(doc)`; `await mutate(vars)` resolves with
 * `{ data, error }` (never throws).
 */
export function useMutation<TData, TVariables>(
  document: Document<TData, TVariables>,
): [(variables: TVariables) => Promise<ApiResult<TData>>, MutationState<TData>] {
  const [state, setState] = useState<{ data: TData | null; error: ApiError | null; loading: boolean }>({
    data: null,
    error: null,
    loading: false,
  });
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const mutate = useCallback(
    async (variables: TVariables) => {
      setState({ data: null, error: null, loading: true });
      const result = await (request as (d: typeof document, v: TVariables) => Promise<ApiResult<TData>>)(
        document,
        variables,
      );
      if (mounted.current) setState({ data: result.data, error: result.error, loading: false });
      return result;
    },
    [document],
  );
  const reset = useCallback(() => setState({ data: null, error: null, loading: false }), []);
  return [mutate, { ...state, reset }];
}
