import type { ProSession, ProUser } from '@oz/contracts';
import { createContext, use, type ReactNode } from 'react';

export interface SessionApi {
  readonly session: ProSession;
  readonly refresh: () => Promise<void>;
  readonly signOut: () => Promise<void>;
}

const Context = createContext<SessionApi | null>(null);

export function SessionProvider(props: {
  readonly value: SessionApi;
  readonly children: ReactNode;
}): ReactNode {
  return <Context value={props.value}>{props.children}</Context>;
}

export function useSession(): SessionApi {
  const value = use(Context);
  if (value === null) throw new Error('useSession outside <SessionProvider>');
  return value;
}

export function isAdmin(user: ProUser): boolean {
  return user.role === 'structure_admin' || user.role === 'platform_admin';
}
