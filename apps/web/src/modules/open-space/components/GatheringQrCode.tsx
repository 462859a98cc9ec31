import { Stack, Text } from '@mantine/core';
import { QRCodeSVG } from 'qrcode.react';
import { useTranslation } from 'react-i18next';

/** A QR code to the gathering's page, for people in the room to scan from the projector. */
export function GatheringQrCode({ url, size = 200 }: { url: string; size?: number }) {
  const { t } = useTranslation('open-space');
  const label = t('openSpace.board.qr', { url });
  return (
    <Stack gap={6} align="center" component="figure" m={0}>
      <QRCodeSVG value={url} size={size} marginSize={2} role="img" aria-label={label} title={label} data-testid="board-qr" />
      <Text component="figcaption" fz={22} fw={700} ta="center">
        {t('openSpace.board.scan')}
      </Text>
      <Text fz={16} ta="center" style={{ wordBreak: 'break-all' }}>
        {url}
      </Text>
    </Stack>
  );
}
