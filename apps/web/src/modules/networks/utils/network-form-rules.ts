import type { TFunction } from 'i18next';
import { parseCoordinate } from './network-form-values';

type Rule = (value: string) => string | null;

export function nameRule(t: TFunction<'networks'>): Rule {
  return (value) => {
    if (value.trim() === '') return t('validation.required');
    return value.trim().length >= 2 ? null : t('networks.form.nameLength');
  };
}

function coordinateRule(limit: number, message: string): Rule {
  return (value) => {
    const parsed = parseCoordinate(value);
    if (parsed === null) return null;
    return Number.isFinite(parsed) && Math.abs(parsed) <= limit ? null : message;
  };
}

export const latitudeRule = (t: TFunction<'networks'>) => coordinateRule(90, t('networks.form.latitudeRange'));
export const longitudeRule = (t: TFunction<'networks'>) => coordinateRule(180, t('networks.form.longitudeRange'));

// A light shape check; the server has the final word on web addresses.
export function websiteRule(t: TFunction<'networks'>): Rule {
  return (value) => (value.trim() === '' || /^https?:\/\/\S+\.\S+$/i.test(value.trim()) ? null : t('networks.form.websiteShape'));
}
