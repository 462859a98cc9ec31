import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from './graphql-errors';

/**
 * The one way the web words a server error: `errors.<reason>` in the reader's language when the API
 * named a reason we know (with its detail), else the server's own message, else a friendly fallback.
 */
export function useErrorText(): (error: unknown) => string {
  const { t } = useTranslation();
  return useCallback((error: unknown) => errorText(error, t), [t]);
}
