import type { ReactNode } from 'react';
import { Icon } from '../../ui/icons.js';
import { useCravingText } from './messages.js';

/** Alcool Info Service, one tap to call, and when a craving may be withdrawal (never stop alone). */
export function CallHelpline(): ReactNode {
  const c = useCravingText();
  return (
    <section className="card call-card" aria-labelledby="call-title">
      <h2 id="call-title">{c('call.title')}</h2>
      <p>{c('call.body')}</p>
      <a className="button button-primary button-large" href="tel:+33980980930">
        <Icon name="phone" />
        {c('call.button')}
      </a>
      <p className="notice notice-caution small" style={{ marginTop: 'var(--space-4)' }}>
        {c('call.withdrawal')}
      </p>
    </section>
  );
}
