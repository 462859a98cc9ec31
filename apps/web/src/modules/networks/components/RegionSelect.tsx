import { Select, type SelectProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { REGIONS, regionLabel } from '../utils/network-enums';

/** A UK nation or English region from the fixed list, labelled in the reader's language (the local place is a separate text field). */
export function RegionSelect(props: Omit<SelectProps, 'data' | 'label' | 'description'>) {
  const { t } = useTranslation('networks');
  return (
    <Select
      label={t('networks.form.region')}
      description={t('networks.form.regionHint')}
      placeholder={t('networks.form.regionNone')}
      data={REGIONS.map((region) => ({ value: region, label: regionLabel(t, region) }))}
      clearable
      allowDeselect
      {...props}
    />
  );
}
