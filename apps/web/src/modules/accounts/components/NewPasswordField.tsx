import type { PasswordInputProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PasswordField } from '../../../ui/PasswordField';
import { PASSWORD_MIN_LENGTH } from '../utils/account-validators';

/** The field for choosing a password (changing, setting or resetting one): its label, length hint and autocomplete. */
export function NewPasswordField(props: PasswordInputProps) {
  const { t } = useTranslation('accounts');
  return (
    <PasswordField
      label={t('account.newPassword')}
      description={t('account.newPasswordHint', { count: PASSWORD_MIN_LENGTH })}
      name="newPassword"
      autoComplete="new-password"
      required
      {...props}
    />
  );
}
