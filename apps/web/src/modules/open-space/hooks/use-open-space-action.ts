import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActionStatus } from '../../../ui/use-action-status';
import { errorText } from '../../../ui/graphql-errors';

/**
 * Like useActionStatus, for the open-space buttons: which action is busy and the outcome, with
 * the API's errors (a taken cell, a host clash, a full room) said in the person's language.
 */
export function useOpenSpaceAction() {
  const { t } = useTranslation();
  const [status, setStatus] = useState<ActionStatus>();
  const [pending, setPending] = useState<string>();

  const describe = useCallback((error: unknown): string => errorText(error, t), [t]);

  const run = useCallback(
    async <T>(key: string, action: () => Promise<T>, successMessage?: string): Promise<T | undefined> => {
      setPending(key);
      setStatus(undefined);
      try {
        const result = await action();
        if (successMessage) setStatus({ tone: 'success', message: successMessage });
        return result;
      } catch (error) {
        setStatus({ tone: 'error', message: describe(error) });
        return undefined;
      } finally {
        setPending(undefined);
      }
    },
    [describe],
  );

  const fail = useCallback((message: string) => setStatus({ tone: 'error', message }), []);
  const succeed = useCallback((message: string) => setStatus({ tone: 'success', message }), []);

  return { status, pending, run, describe, fail, succeed, clear: useCallback(() => setStatus(undefined), []) };
}
