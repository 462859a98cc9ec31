import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toFormErrors } from './graphql-errors';

interface FieldErrorTarget {
  setErrors: (errors: Record<string, string>) => void;
  getInputNode: (path: string) => HTMLElement | null;
}

/**
 * Routes an operation's errors to a Mantine form: field messages onto their
 * fields (focusing the first), the rest into `message` for the form's alert.
 */
export function useServerErrors(
  form: FieldErrorTarget,
  knownFields: readonly string[],
  // Lets a form reveal a collapsed section before focus moves into it.
  beforeFocus?: (fields: Record<string, string>) => void,
) {
  const { t } = useTranslation();
  const [message, setMessage] = useState<string>();

  const showError = useCallback(
    (error: unknown) => {
      const summary = toFormErrors(error, { t, knownFields });
      form.setErrors(summary.fields);
      setMessage(summary.message);
      beforeFocus?.(summary.fields);
      const firstField = Object.keys(summary.fields)[0];
      if (firstField) form.getInputNode(firstField)?.focus();
    },
    [form, knownFields, t, beforeFocus],
  );

  const clearError = useCallback(() => setMessage(undefined), []);

  return { message, showError, clearError };
}
