import type { ArticleId } from '@oz/core';

/** Where an article lives in the app; programmes, results and the pathway link with it. */
export function articlePath(id: ArticleId): string {
  return `/articles/${id}`;
}
