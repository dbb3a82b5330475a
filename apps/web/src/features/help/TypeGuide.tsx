import { STRUCTURE_TYPES } from '@oz/core';
import type { ReactNode } from 'react';
import { typeKey, useHelpText } from './messages.js';

/** Every kind of place in plain words: what it is, for whom, that it is free and confidential. */
export function TypeGuide(): ReactNode {
  const text = useHelpText();
  return (
    <section className="card" aria-labelledby="help-guide-title">
      <h2 id="help-guide-title">{text('guide.title')}</h2>
      <dl className="help-guide">
        {STRUCTURE_TYPES.filter((type) => type !== 'other').map((type) => (
          <div key={type}>
            <dt>
              {text(typeKey(type, 'name'))} <span className="muted">— {text(typeKey(type, 'long'))}</span>
            </dt>
            <dd>{text(typeKey(type, 'body'))}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
