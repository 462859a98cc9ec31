import { Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { NetworkKind } from '../../../../gql/graphql';
import { NETWORK_KINDS, kindLabel } from '../../utils/network-enums';
import { BRIDGE_RING_COLOR, CLOSED_COLOR, KIND_STYLES, type NodeShape, PLAIN_RING_COLOR } from '../../utils/network-map-style';

interface SwatchProps {
  shape: NodeShape;
  color: string;
  ringColor?: string;
  ringWidth?: number;
}

/** The same marks the map draws, in SVG. Decorative: the text beside each says what it means. */
function Swatch({ shape, color, ringColor = PLAIN_RING_COLOR, ringWidth = 1.5 }: SwatchProps) {
  const common = { fill: color, stroke: ringColor, strokeWidth: ringWidth };
  return (
    <svg width="22" height="22" viewBox="0 0 22 22" aria-hidden="true" focusable="false">
      {shape === 'circle' && <circle cx="11" cy="11" r="8" {...common} />}
      {shape === 'square' && <rect x="3.5" y="3.5" width="15" height="15" {...common} />}
      {shape === 'diamond' && <polygon points="11,1.5 20.5,11 11,20.5 1.5,11" {...common} />}
    </svg>
  );
}

const kindShapeKey = (kind: NetworkKind) => `networks.map.legendShape.${KIND_STYLES[kind].shape}` as const;

export function MapLegend() {
  const { t } = useTranslation('networks');
  return (
    <Stack gap="xs" component="section" aria-labelledby="map-legend-heading" data-testid="map-legend">
      <Title order={3} fz="h5" id="map-legend-heading">
        {t('networks.map.legendTitle')}
      </Title>
      <Stack component="ul" gap={6} m={0} p={0} style={{ listStyle: 'none' }}>
        {NETWORK_KINDS.map((kind) => (
          <Group component="li" key={kind} gap="xs" wrap="nowrap">
            <Swatch shape={KIND_STYLES[kind].shape} color={KIND_STYLES[kind].color} ringColor="#495057" ringWidth={0.75} />
            <Text size="sm">
              {kindLabel(t, kind)}{' '}
              <Text span c="dimmed" size="sm">
                ({t(kindShapeKey(kind))})
              </Text>
            </Text>
          </Group>
        ))}
        <Group component="li" gap="xs" wrap="nowrap">
          <Swatch shape="circle" color={KIND_STYLES.NETWORK.color} ringColor={BRIDGE_RING_COLOR} ringWidth={4} />
          <Text size="sm">{t('networks.map.legendBridge')}</Text>
        </Group>
        <Group component="li" gap="xs" wrap="nowrap">
          <Swatch shape="circle" color={CLOSED_COLOR} ringColor="#495057" ringWidth={0.75} />
          <Text size="sm">{t('networks.map.legendClosed')}</Text>
        </Group>
      </Stack>
      <Text size="sm" c="dimmed">
        {t('networks.map.legendSize')}
      </Text>
    </Stack>
  );
}
