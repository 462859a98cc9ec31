import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toFormErrors } from './graphql-errors';

export interface ActionStatus {
  tone: 'success' | 'error';
  message: string;
}

/**
 * For buttons that run one mutation (accept, decline, remove): which one is
 * busy, and a message for the section's alert — the server's own words on failure.
 */
export function useActionStatus() {
  const { t } = useTranslation();
  const [status, setStatus] = useState<ActionStatus>();
  const [pending, setPending] = useState<string>();

  const run = useCallback(
    async (key: string, action: () => Promise<unknown>, successMessage: string): Promise<boolean> => {
      setPending(key);
      setStatus(undefined);
      try {
        await action();
        setStatus({ tone: 'success', message: successMessage });
        return true;
      } catch (error) {
        const summary = toFormErrors(error, { translate: (messageKey) => t(messageKey) });
        const message = [summary.message, ...Object.values(summary.fields)].filter(Boolean).join(' ');
        setStatus({ tone: 'error', message: message || t('errors.unexpected') });
        return false;
      } finally {
        setPending(undefined);
      }
    },
    [t],
  );

  return { status, pending, run, clear: useCallback(() => setStatus(undefined), []) };
}
