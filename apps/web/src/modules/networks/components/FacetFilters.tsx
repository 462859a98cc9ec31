import { Button, Stack, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NetworksDirectoryQuery } from '../../../gql/graphql';
import type { DirectoryFilters, FacetName } from '../utils/directory-params';
import { FACET_PARAMS } from '../utils/directory-params';
import { facetOptions, TOP_THEMES } from '../utils/facet-options';
import {
  isLifecycleStage,
  isNetworkKind,
  isNetworkScope,
  isRegion,
  isSector,
  kindLabel,
  regionLabel,
  scopeLabel,
  sectorLabel,
  stageLabel,
} from '../utils/network-enums';
import { FacetGroup } from './FacetGroup';

type Facets = NetworksDirectoryQuery['networks']['facets'];

interface FacetFiltersProps {
  facets: Facets;
  filters: DirectoryFilters;
  onChange: (facet: FacetName, values: string[]) => void;
  onClear: () => void;
}

export function FacetFilters({ facets, filters, onChange, onClear }: FacetFiltersProps) {
  const { t } = useTranslation('networks');
  const asIs = (value: string) => value;
  const groups: {
    facet: FacetName;
    legend: string;
    counts: Facets[keyof Facets];
    label: (value: string) => string | null;
    limit?: number;
  }[] = [
    {
      facet: 'kinds',
      legend: t('networks.directory.facetKinds'),
      counts: facets.kinds,
      label: (v) => (isNetworkKind(v) ? kindLabel(t, v) : null),
    },
    {
      facet: 'sectors',
      legend: t('networks.directory.facetSectors'),
      counts: facets.sectors,
      label: (v) => (isSector(v) ? sectorLabel(t, v) : null),
    },
    {
      facet: 'scopes',
      legend: t('networks.directory.facetScopes'),
      counts: facets.scopes,
      label: (v) => (isNetworkScope(v) ? scopeLabel(t, v) : null),
    },
    {
      facet: 'lifecycleStages',
      legend: t('networks.directory.facetStages'),
      counts: facets.lifecycleStages,
      label: (v) => (isLifecycleStage(v) ? stageLabel(t, v) : null),
    },
    {
      facet: 'regions',
      legend: t('networks.directory.facetRegions'),
      counts: facets.regions,
      label: (v) => (isRegion(v) ? regionLabel(t, v) : null),
    },
    { facet: 'themes', legend: t('networks.directory.facetThemes'), counts: facets.themes, label: asIs, limit: TOP_THEMES },
  ];
  const ticked = groups.reduce((sum, { facet }) => sum + filters[facet].length, 0);
  // On a phone the filters fold away behind a button, so the results (or the map) are not a long scroll
  // below them; read at once, not after the first render, so they never flash open.
  const narrow = useMediaQuery('(max-width: 61.99em)', false, { getInitialValueInEffect: false });
  const [open, setOpen] = useState(false);
  const groupsId = useId();
  const shown = !narrow || open;

  return (
    <Stack gap="lg" component="section" aria-labelledby="filters-heading">
      <Title order={2} id="filters-heading" fz="h3">
        {t('networks.directory.filtersTitle')}
      </Title>
      {narrow && (
        <Button variant="default" aria-expanded={open} aria-controls={groupsId} onClick={() => setOpen((now) => !now)}>
          {open
            ? t('networks.directory.hideFilters')
            : ticked > 0
              ? t('networks.directory.showFiltersTicked', { count: ticked })
              : t('networks.directory.showFilters')}
        </Button>
      )}
      <Stack gap="lg" id={groupsId} display={shown ? undefined : 'none'}>
        {ticked > 0 && (
          <Button variant="outline" onClick={onClear} style={{ alignSelf: 'flex-start' }}>
            {t('networks.directory.clearFilters')}
          </Button>
        )}
        {groups.map(({ facet, legend, counts, label, limit }) => (
          <FacetGroup
            key={facet}
            legend={legend}
            name={FACET_PARAMS[facet]}
            options={facetOptions({ counts, selected: filters[facet], label, limit })}
            selected={filters[facet]}
            onChange={(values) => onChange(facet, values)}
          />
        ))}
      </Stack>
    </Stack>
  );
}
