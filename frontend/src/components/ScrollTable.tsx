import type { CSSProperties, ReactNode } from "react";

export type ScrollTableProps = {
  /** The table's name, read by screen readers; visually hidden with `noCaption`. */
  caption: ReactNode;
  /** Column headers (`<th scope="col">`). */
  headers?: ReactNode[];
  /** Rows of cells. With `rowHeaders`, each row's first cell is a `<th scope="row">`. */
  data?: ReactNode[][];
  rowHeaders?: boolean;
  /** Instead of headers/data: the table's own <thead>/<tbody>/<tfoot>. */
  children?: ReactNode;
  noCaption?: boolean;
  bordered?: boolean;
  fixed?: boolean;
  className?: string;
  style?: CSSProperties;
  id?: string;
};

/**
 * A DSFR table with the props and markup of react-dsfr's `Table`, whose scrolling <table> is
 * keyboard-focusable: on a narrow screen it can be scrolled without a mouse even when it holds
 * no link or button (axe `scrollable-region-focusable`). Use it instead of `Table` whenever the
 * cells may hold nothing focusable.
 */
export function ScrollTable({
  caption,
  headers,
  data,
  rowHeaders = false,
  children,
  noCaption = false,
  bordered = true,
  fixed = false,
  className,
  style,
  id,
}: ScrollTableProps) {
  const classes = [
    "fr-table",
    bordered && "fr-table--bordered",
    fixed && "fr-table--layout-fixed",
    noCaption && "fr-table--no-caption",
    className,
  ]
    .filter(Boolean)
    .join(" ");
  return (
    <div id={id} className={classes} style={style}>
      <table tabIndex={0}>
        <caption>{caption}</caption>
        {children ?? (
          <>
            {headers && (
              <thead>
                <tr>
                  {headers.map((h, i) => (
                    <th key={i} scope="col">
                      {h}
                    </th>
                  ))}
                </tr>
              </thead>
            )}
            <tbody>
              {(data ?? []).map((row, i) => (
                <tr key={i}>
                  {row.map((cell, j) =>
                    rowHeaders && j === 0 ? (
                      <th key={j} scope="row">
                        {cell}
                      </th>
                    ) : (
                      <td key={j}>{cell}</td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </>
        )}
      </table>
    </div>
  );
}
