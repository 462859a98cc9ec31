import { GatheringForm } from './GatheringForm';
import { followUpFormValues, formValuesToFollowUpFields, type SharedInput } from '../utils/gathering-form-values';

interface FollowUpFormProps {
  /** The title it starts with (the gathering's or the breakout's, to change as people like). */
  initialTitle: string;
  submitLabel: string;
  /** Throws what the mutation threw; the form shows it. */
  onSave: (fields: SharedInput) => Promise<void>;
}

/** A follow-up's fields: the gathering form, starting online and unlimited; the convening networks are the original's. */
export function FollowUpForm({ initialTitle, submitLabel, onSave }: FollowUpFormProps) {
  return (
    <GatheringForm
      initialValues={followUpFormValues(initialTitle)}
      submitLabel={submitLabel}
      onSave={(values) => onSave(formValuesToFollowUpFields(values))}
    />
  );
}
