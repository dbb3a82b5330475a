import type { ReactNode } from 'react';

/** Inline, decorative icons (aria-hidden): every control that uses one also has a text label. */
const PATHS = {
  diary: 'M6 3h10a2 2 0 0 1 2 2v15l-4-2-4 2-4-2V5a2 2 0 0 1 0-2Zm2 5h8M8 12h8',
  calendar: 'M4 6a2 2 0 0 1 2-2h12a2 2 0 0 1 2 2v13a2 2 0 0 1-2 2H6a2 2 0 0 1-2-2V6Zm0 4h16M8 2v4m8-4v4',
  goals:
    'M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18Zm0-4a5 5 0 1 0 0-10 5 5 0 0 0 0 10Zm0-4a1 1 0 1 0 0-2 1 1 0 0 0 0 2Z',
  evaluate: 'M9 4h6v3H9zM7 5H5v16h14V5h-2M8 12l2.5 2.5L16 9',
  more: 'M4 7h16M4 12h16M4 17h16',
  help: 'M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18Zm-2.5-11.5a2.5 2.5 0 1 1 3.5 2.3c-.6.3-1 .9-1 1.6V14m0 3v.01',
  plus: 'M12 5v14M5 12h14',
  minus: 'M5 12h14',
  back: 'M15 5l-7 7 7 7',
  chevron: 'M9 5l7 7-7 7',
  phone: 'M5 4h4l2 5-2.5 1.5a11 11 0 0 0 5 5L15 13l5 2v4a2 2 0 0 1-2 2A16 16 0 0 1 3 6a2 2 0 0 1 2-2Z',
} as const;

export type IconName = keyof typeof PATHS;

export function Icon({ name, size = 24 }: { readonly name: IconName; readonly size?: number }): ReactNode {
  return (
    <svg
      aria-hidden="true"
      focusable="false"
      width={size}
      height={size}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.8"
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      <path d={PATHS[name]} />
    </svg>
  );
}

/** The Oz mark: a calm ring (the "O") around a drop. Decorative next to the "Oz" word. */
export function Logo(): ReactNode {
  return (
    <svg aria-hidden="true" focusable="false" viewBox="0 0 64 64" width="32" height="32">
      <rect width="64" height="64" rx="16" fill="#0f5f5c" />
      <circle cx="32" cy="32" r="17" fill="none" stroke="#ffffff" strokeWidth="7" />
      <circle cx="32" cy="32" r="5" fill="#f2c14e" />
    </svg>
  );
}
