import type { ActionStatus } from './use-action-status';
import { FormAlert } from './FormAlert';

/** The outcome of a section's last action: an alert on failure, a polite status on success. */
export function ActionStatusAlert({ status }: { status?: ActionStatus }) {
  return <FormAlert tone={status?.tone} message={status?.message} />;
}
