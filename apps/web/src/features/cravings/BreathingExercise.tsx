import { useEffect, useState, type ReactNode } from 'react';
import { useCravingText } from './messages.js';

/*
 * Slow breathing: 4 seconds in, 6 seconds out, six times (about a minute). The numbers are an Oz choice
 * for a simple, calm rhythm, not a clinical dose. The circle is decoration: the phase and the breath count
 * are written and announced (aria-live), and with reduced motion the circle does not move at all.
 */
const IN_SECONDS = 4;
const OUT_SECONDS = 6;
const CYCLES = 6;

type State =
  | { readonly kind: 'idle' }
  | { readonly kind: 'running'; readonly cycle: number; readonly phase: 'in' | 'out'; readonly left: number }
  | { readonly kind: 'done' };

function next(state: State): State {
  if (state.kind !== 'running') return state;
  if (state.left > 1) return { ...state, left: state.left - 1 };
  if (state.phase === 'in') return { ...state, phase: 'out', left: OUT_SECONDS };
  if (state.cycle >= CYCLES) return { kind: 'done' };
  return { kind: 'running', cycle: state.cycle + 1, phase: 'in', left: IN_SECONDS };
}

export function BreathingExercise(): ReactNode {
  const c = useCravingText();
  const [state, setState] = useState<State>({ kind: 'idle' });
  const running = state.kind === 'running';

  useEffect(() => {
    if (!running) return;
    const timer = window.setInterval(() => setState(next), 1000);
    return () => window.clearInterval(timer);
  }, [running]);

  const start = (): void => setState({ kind: 'running', cycle: 1, phase: 'in', left: IN_SECONDS });
  const phase = state.kind === 'running' ? state.phase : null;

  return (
    <section className="card" aria-labelledby="breathe-title">
      <h3 id="breathe-title">{c('breathe.title')}</h3>
      <p>{c('breathe.how')}</p>
      <div className="breathing">
        <div
          className="breathing-circle"
          aria-hidden="true"
          data-phase={phase ?? 'rest'}
          style={{ transitionDuration: `${String(phase === 'in' ? IN_SECONDS : OUT_SECONDS)}s` }}
        />
        <p className="breathing-phase" aria-live="polite" data-testid="breathing-phase">
          {phase === null ? '' : c(phase === 'in' ? 'breathe.in' : 'breathe.out')}
        </p>
        {state.kind === 'running' ? (
          <>
            <p className="small muted">
              {c('breathe.count', { cycle: state.cycle, total: CYCLES })} ·{' '}
              {c('breathe.seconds', { count: state.left })}
            </p>
            <button type="button" className="button" onClick={() => setState({ kind: 'done' })}>
              {c('breathe.stop')}
            </button>
          </>
        ) : null}
        {state.kind === 'done' ? (
          <p role="status" className="notice notice-success">
            {c('breathe.done')}
          </p>
        ) : null}
        {state.kind === 'running' ? null : (
          <button type="button" className="button button-primary" onClick={start}>
            {c(state.kind === 'done' ? 'breathe.again' : 'breathe.start')}
          </button>
        )}
      </div>
    </section>
  );
}
