import { createContext, use, useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useI18n } from '../i18n/I18nProvider.js';

interface ToastMessage {
  readonly id: number;
  readonly text: string;
  readonly undo?: () => void;
}

interface ToastApi {
  /** Shows a short message; with `undo`, offers an "Annuler" button for a few seconds. */
  readonly show: (text: string, undo?: () => void) => void;
}

const ToastContext = createContext<ToastApi | null>(null);
const VISIBLE_MS = 8000;

export function ToastProvider({ children }: { readonly children: ReactNode }): ReactNode {
  const { t } = useI18n();
  const [toast, setToast] = useState<ToastMessage | null>(null);
  const show = useCallback((text: string, undo?: () => void) => {
    setToast(undo === undefined ? { id: Date.now(), text } : { id: Date.now(), text, undo });
  }, []);
  const api = useMemo(() => ({ show }), [show]);

  useEffect(() => {
    if (toast === null) return;
    const timer = window.setTimeout(() => setToast(null), VISIBLE_MS);
    return () => window.clearTimeout(timer);
  }, [toast]);

  return (
    <ToastContext value={api}>
      {children}
      <div role="status" aria-live="polite">
        {toast === null ? null : (
          <div className="toast" key={toast.id}>
            <span>{toast.text}</span>
            {toast.undo === undefined ? null : (
              <button
                type="button"
                className="button"
                onClick={() => {
                  toast.undo?.();
                  setToast(null);
                }}
              >
                {t('common.undo')}
              </button>
            )}
          </div>
        )}
      </div>
    </ToastContext>
  );
}

export function useToast(): ToastApi {
  const api = use(ToastContext);
  if (api === null) throw new Error('useToast outside <ToastProvider>');
  return api;
}
