import type { ReactNode } from "react";

export type ScrollTableProps = {
  /** Read by screen readers; visually hidden unless `showCaption`. */
  caption: string;
  headers: ReactNode[];
  rows: ReactNode[][];
  showCaption?: boolean;
};

/**
 * A DSFR table (same markup as react-dsfr's Table) whose scrolling <table> is keyboard-focusable,
 * so that a narrow screen can scroll it without a mouse even when it holds no link or button.
 */
export function ScrollTable({ caption, headers, rows, showCaption = false }: ScrollTableProps) {
  return (
    <div className={`fr-table fr-table--bordered${showCaption ? "" : " fr-table--no-caption"}`}>
      <table tabIndex={0}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            {headers.map((h, i) => (
              <th key={i} scope="col">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => (
            <tr key={i}>
              {row.map((cell, j) => (
                <td key={j}>{cell}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
