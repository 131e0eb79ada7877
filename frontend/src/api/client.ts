import type { DocumentTypeDecoration } from "@graphql-typed-document-node/core";

/** Error codes the CDLP API puts in `errors[0].extensions.code`. */
export type ApiErrorCode =
  | "UNAUTHENTICATED"
  | "FORBIDDEN"
  | "NOT_FOUND"
  | "BAD_USER_INPUT"
  | "CONFLICT"
  | "RATE_LIMITED"
  | "INTERNAL"
  /** No answer from the server (network down, proxy error, not JSON). */
  | "NETWORK";

export type ApiError = {
  code: ApiErrorCode;
  /** Already in French when it comes from the server. */
  message: string;
  /** The input field that caused a BAD_USER_INPUT error (e.g. "email", "adminEmail"). */
  field?: string;
};

export type ApiResult<TData> =
  | { data: TData; error: null }
  | { data: null; error: ApiError };

/** Any document produced by graphql(`...`) in src/gql (documentMode: string). */
export type Document<TData, TVariables> = DocumentTypeDecoration<TData, TVariables> & {
  toString(): string;
};

const KNOWN_CODES: readonly ApiErrorCode[] = [
  "UNAUTHENTICATED",
  "FORBIDDEN",
  "NOT_FOUND",
  "BAD_USER_INPUT",
  "CONFLICT",
  "RATE_LIMITED",
  "INTERNAL",
];

// ---------------------------------------------------------------------------------------------
// Token and UNAUTHENTICATED hook, set by the session provider (kept outside React so that any
// module can call `request`).

let currentToken: string | null = null;
let onUnauthenticated: ((error: ApiError) => void) | null = null;

export function setAuthToken(token: string | null): void {
  currentToken = token;
}

export function setUnauthenticatedHandler(handler: ((error: ApiError) => void) | null): void {
  onUnauthenticated = handler;
}

function operationName(query: string): string | undefined {
  return /\b(?:query|mutation|subscription)\s+([_A-Za-z][_0-9A-Za-z]*)/.exec(query)?.[1];
}

/** Server messages are sentence fragments ("le mot de passe doit…"): start them with a capital. */
function capitalise(message: string): string {
  return message.charAt(0).toLocaleUpperCase("fr-FR") + message.slice(1);
}

function toApiError(raw: unknown): ApiError {
  const e = (raw ?? {}) as { message?: unknown; extensions?: { code?: unknown; field?: unknown } };
  const code = typeof e.extensions?.code === "string" ? e.extensions.code : "INTERNAL";
  const field = typeof e.extensions?.field === "string" ? e.extensions.field : undefined;
  return {
    code: (KNOWN_CODES as readonly string[]).includes(code) ? (code as ApiErrorCode) : "INTERNAL",
    message:
      typeof e.message === "string" && e.message.trim() !== ""
        ? capitalise(e.message.trim())
        : "Une erreur inattendue est survenue. Veuillez réessayer.",
    ...(field !== undefined ? { field } : {}),
  };
}

/**
 * POSTs one operation to /graphql. Never throws: returns `{ data, error }`.
 * An UNAUTHENTICATED answer to a request that carried a token signs the person out.
 */
export async function request<TData, TVariables>(
  document: Document<TData, TVariables>,
  ...[variables]: TVariables extends Record<string, never> ? [] | [TVariables] : [TVariables]
): Promise<ApiResult<TData>> {
  const query = document.toString();
  const token = currentToken;
  let response: Response;
  try {
    response = await fetch("/graphql", {
      method: "POST",
      headers: {
        "Content-Type": "application/json",
        Accept: "application/graphql-response+json, application/json",
        ...(token ? { Authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify({ query, variables: variables ?? {}, operationName: operationName(query) }),
    });
  } catch {
    return {
      data: null,
      error: {
        code: "NETWORK",
        message: "Le service est injoignable. Vérifiez votre connexion puis réessayez.",
      },
    };
  }

  type Body = { data?: TData | null; errors?: unknown[] };
  let body: Body | null = null;
  try {
    body = (await response.json()) as Body;
  } catch {
    body = null;
  }

  let error: ApiError | null = null;
  if (body?.errors && body.errors.length > 0) {
    error = toApiError(body.errors[0]);
  } else if (response.status === 401) {
    error = { code: "UNAUTHENTICATED", message: "Votre session a expiré. Veuillez vous reconnecter." };
  } else if (!body || body.data == null) {
    error = {
      code: response.status === 429 ? "RATE_LIMITED" : "NETWORK",
      message:
        response.status === 429
          ? "Trop de tentatives. Patientez quelques minutes avant de réessayer."
          : "Le service est momentanément indisponible. Veuillez réessayer dans quelques instants.",
    };
  }

  if (error) {
    // Only once per token: later answers to requests sent with the same token are ignored.
    if (error.code === "UNAUTHENTICATED" && token && token === currentToken && onUnauthenticated) {
      onUnauthenticated(error);
    }
    return { data: null, error };
  }
  return { data: body!.data as TData, error: null };
}
