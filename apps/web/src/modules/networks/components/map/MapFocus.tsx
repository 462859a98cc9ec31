import { Select, Stack, Text } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { GraphData } from '../../utils/network-map-style';
import { TiesTable } from './TiesTable';

interface MapFocusProps {
  graph: GraphData;
  focus: string | null;
  onFocus: (id: string | null) => void;
}

/** Find one network on the map: the map centres it with its ties, and its ties are listed here in words. */
export function MapFocus({ graph, focus, onFocus }: MapFocusProps) {
  const { t } = useTranslation('networks');
  const options = useMemo(
    () => [...graph.nodes].sort((a, b) => a.name.localeCompare(b.name)).map((node) => ({ value: node.id, label: node.name })),
    [graph.nodes],
  );
  const focused = focus ? graph.nodes.find((node) => node.id === focus) : undefined;
  return (
    <Stack gap="xs" data-testid="map-focus">
      <Select
        label={t('networks.map.findLabel')}
        description={t('networks.map.findHint')}
        placeholder={t('networks.map.findPlaceholder')}
        data={options}
        value={focused ? focus : null}
        onChange={onFocus}
        searchable
        clearable
        limit={50}
        nothingFoundMessage={t('networks.map.findNothing')}
        maw="28rem"
      />
      {focused && (
        <>
          <Text size="sm" role="status" data-testid="map-focus-summary">
            {t('networks.map.focusSummary', { name: focused.name, count: focused.degree })}
          </Text>
          {focused.degree > 0 && <TiesTable graph={graph} of={focused.id} testId="map-focus-ties" />}
        </>
      )}
    </Stack>
  );
}
