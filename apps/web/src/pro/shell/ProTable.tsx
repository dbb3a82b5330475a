import type { ReactNode } from 'react';

/**
 * A dense workspace table (pro.css `pro-table`) that scrolls sideways on narrow screens. The caption names
 * the table for screen readers only: the page's heading already says it to sighted users. The scrolling box is
 * focusable (WCAG 2.1.1, axe `scrollable-region-focusable`).
 */
export function ProTable(props: {
  readonly caption: string;
  readonly columns: readonly string[];
  readonly children: ReactNode;
}): ReactNode {
  return (
    // A region the keyboard can reach, so a table wider than the screen can be scrolled without a mouse.
    <div className="table-scroll" role="region" aria-label={props.caption} tabIndex={0}>
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
