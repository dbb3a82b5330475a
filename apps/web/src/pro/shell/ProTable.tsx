import type { ReactNode } from 'react';

/**
 * A dense workspace table (pro.css `pro-table`) that scrolls sideways on narrow screens. The caption names
 * the table for screen readers only: the page's heading already says it to sighted users.
 */
export function ProTable(props: {
  readonly caption: string;
  readonly columns: readonly string[];
  readonly children: ReactNode;
}): ReactNode {
  return (
    <div className="table-scroll">
      <table className="pro-table">
        <caption className="visually-hidden">{props.caption}</caption>
        <thead>
          <tr>
            {props.columns.map((column) => (
              <th scope="col" key={column}>
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{props.children}</tbody>
      </table>
    </div>
  );
}
