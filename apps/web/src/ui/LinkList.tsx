import type { ReactNode } from 'react';
import { Link } from '../app/Link.js';
import { Icon } from './icons.js';

/** A card holding a list of links to other pages (`LinkListItem`s). */
export function LinkList(props: { readonly children: ReactNode }): ReactNode {
  return <ul className="list card link-list">{props.children}</ul>;
}

/** One link of a `LinkList`: a bold title, a line of detail under it, and a chevron. */
export function LinkListItem(props: {
  readonly to: string;
  readonly title: ReactNode;
  readonly detail: ReactNode;
}): ReactNode {
  return (
    <li>
      <Link to={props.to} className="list-button">
        <span>
          <strong>{props.title}</strong>
          <span className="list-meta list-meta-line">{props.detail}</span>
        </span>
        <Icon name="chevron" size={20} />
      </Link>
    </li>
  );
}
