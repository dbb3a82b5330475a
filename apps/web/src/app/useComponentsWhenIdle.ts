import { startTransition, useEffect, useState, type ComponentType } from 'react';
import { errorName } from './failures.js';
import { runStepsWhenIdle } from './idle.js';

/** A component in a chunk of its own, as `import('./Component.js')` gives it. */
export type ComponentChunk = () => Promise<{ readonly default: ComponentType }>;

/** Held in state inside an object: a bare function given to `setState` would be called as an updater. */
interface Shown {
  readonly Component: ComponentType;
}

/**
 * What a screen shows once it is on screen and the browser is idle: the chunks' components, loaded one per
 * idle period in the order given, each rendered (in a transition) before the next one loads. A screen that
 * mounted several lazy components at once loaded, evaluated, rendered and read the storage of all of them in
 * a few long tasks on a slow phone (ADR 0010). `chunks` must be the same array on every render (a module
 * constant). A chunk that cannot load (offline after a deploy) is left out and logged: what it shows is
 * never essential, and the others still come.
 */
export function useComponentsWhenIdle(chunks: readonly ComponentChunk[]): readonly ComponentType[] {
  const [shown, setShown] = useState<readonly Shown[]>([]);
  useEffect(() => {
    let live = true;
    const steps = chunks.map((load) => async (): Promise<void> => {
      if (!live) return;
      try {
        const { default: Component } = await load();
        if (live) startTransition(() => setShown((before) => [...before, { Component }]));
      } catch (error) {
        console.error('a component loaded when idle did not load', errorName(error));
      }
    });
    void runStepsWhenIdle(steps);
    return () => {
      live = false;
    };
  }, [chunks]);
  return shown.map(({ Component }) => Component);
}
