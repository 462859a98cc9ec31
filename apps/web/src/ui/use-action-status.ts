import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from './graphql-errors';

export interface ActionStatus {
  tone: 'success' | 'error';
  message: string;
}

/**
 * For buttons that run one mutation (accept, decline, remove): which one is
 * busy, and a message for the section's alert — on failure the error in the reader's language (errorText).
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
        setStatus({ tone: 'error', message: errorText(error, t) });
        return false;
      } finally {
        setPending(undefined);
      }
    },
    [t],
  );

  return { status, pending, run, clear: useCallback(() => setStatus(undefined), []) };
}
