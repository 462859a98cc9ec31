import type { AnyTFunction } from '../../../i18n/messages.types';

export const PASSWORD_MIN_LENGTH = 10;

// A light shape check only; the server has the final word on addresses.
const EMAIL_SHAPE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

type Rule = (value: string) => string | null;

export function requiredRule(t: AnyTFunction): Rule {
  return (value) => (value.trim() === '' ? t('validation.required') : null);
}

export function emailRule(t: AnyTFunction): Rule {
  return (value) => {
    if (value.trim() === '') return t('validation.required');
    return EMAIL_SHAPE.test(value.trim()) ? null : t('validation.email');
  };
}

export function newPasswordRule(t: AnyTFunction): Rule {
  return (value) => {
    if (value === '') return t('validation.required');
    return value.length >= PASSWORD_MIN_LENGTH ? null : t('validation.passwordLength', { count: PASSWORD_MIN_LENGTH });
  };
}
