import { useEffect, useRef, type ReactNode } from "react";

export const SITE_NAME = "CDLP";

let isFirstPage = true;

/** Sets document.title to "<title> — CDLP". */
export function useDocumentTitle(title: string): void {
  useEffect(() => {
    document.title = title ? `${title} — ${SITE_NAME}` : SITE_NAME;
  }, [title]);
}

export type PageTitleProps = {
  /** The page's <h1>, also used for document.title. */
  title: string;
  /** A different document.title when the h1 is not enough ("Dossier 2026-0012"). */
  documentTitle?: string;
  /** A short line under the title. */
  lead?: ReactNode;
};

/**
 * The page's <h1>. It takes the focus when the page is shown (route change), so screen-reader
 * and keyboard users start at the page's title. Use exactly one per page.
 */
export function PageTitle({ title, documentTitle, lead }: PageTitleProps) {
  useDocumentTitle(documentTitle ?? title);
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    // Not on the very first page shown: there the skip links stay the first thing reached.
    if (isFirstPage) {
      isFirstPage = false;
      return;
    }
    ref.current?.focus();
  }, [title]);
  return (
    <>
      <h1 ref={ref} tabIndex={-1} className="cdlp-page-title">
        {title}
      </h1>
      {lead && <p className="fr-text--lead fr-mb-4w">{lead}</p>}
    </>
  );
}
