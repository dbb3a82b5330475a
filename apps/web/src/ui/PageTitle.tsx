import type { ReactNode } from 'react';

/** The page's single h1; focusable so the router can move screen-reader focus to it. */
export function PageTitle({ children }: { readonly children: ReactNode }): ReactNode {
  return <h1 tabIndex={-1}>{children}</h1>;
}
