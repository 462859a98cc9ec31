import { Alert } from '@mantine/core';

interface FormAlertProps {
  message?: string;
  tone?: 'error' | 'success';
}

/** Message at the top of a form; role="alert" so screen readers announce it. */
export function FormAlert({ message, tone = 'error' }: FormAlertProps) {
  if (!message) return null;
  return (
    <Alert
      role={tone === 'error' ? 'alert' : 'status'}
      color={tone === 'error' ? 'red' : 'teal'}
      variant="light"
      data-testid={tone === 'error' ? 'form-error' : 'form-success'}
    >
      {message}
    </Alert>
  );
}
