import { Checkbox, Fieldset, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../ui/dates';

export interface FacetOption {
  value: string;
  label: string;
  count: number;
}

interface FacetGroupProps {
  legend: string;
  /** Becomes part of each checkbox's name, e.g. "kind". */
  name: string;
  options: FacetOption[];
  selected: readonly string[];
  onChange: (values: string[]) => void;
}

/** One facet as a fieldset of checkboxes, each with how many networks it would show. */
export function FacetGroup({ legend, name, options, selected, onChange }: FacetGroupProps) {
  const { t, i18n } = useTranslation('networks');
  if (options.length === 0) return null;
  const toggle = (value: string, checked: boolean) =>
    onChange(checked ? [...selected, value] : selected.filter((existing) => existing !== value));
  return (
    <Fieldset legend={legend} variant="unstyled" styles={{ legend: { fontWeight: 700, marginBottom: 8 } }}>
      <Stack gap={8}>
        {options.map((option) => (
          <Checkbox
            key={option.value}
            name={name}
            value={option.value}
            label={t('networks.directory.facetOption', { label: option.label, number: formatNumber(option.count, i18n.language) })}
            checked={selected.includes(option.value)}
            onChange={(event) => toggle(option.value, event.currentTarget.checked)}
          />
        ))}
      </Stack>
    </Fieldset>
  );
}
