import { useQuery } from '@apollo/client/react';
import { Stack, Text } from '@mantine/core';
import { QRCodeSVG } from 'qrcode.react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../../ui/ErrorState';
import { LoadingState } from '../../../ui/LoadingState';
import { CheckInCodeQuery } from '../graphql/check-in-code.query';

/** The check-in link for a code path from the API, on this site. */
export const checkInUrl = (path: string) => `${window.location.origin}${path}`;

interface CheckInQrCodeProps {
  gatheringId: string;
  /** Pixels: large on the door page, smaller in the board's corner. */
  size?: number;
  /** Type size of the caption (the board is read from across a room). */
  captionSize?: number;
}

/**
 * The gathering's check-in code as a QR code (conveners only: the API refuses others), drawn as SVG by
 * qrcode.react so it stays sharp on a projector and on paper; the link is written out below for anyone
 * who cannot scan.
 */
export function CheckInQrCode({ gatheringId, size = 320, captionSize = 28 }: CheckInQrCodeProps) {
  const { t } = useTranslation('open-space');
  const { data, loading, error, refetch } = useQuery(CheckInCodeQuery, { variables: { gatheringId } });
  if (loading && !data) return <LoadingState />;
  if (error && !data) return <ErrorState onRetry={() => void refetch()} />;
  if (!data) return null;
  const url = checkInUrl(data.checkInCode.path);
  const label = t('openSpace.board.checkInQr', { url });
  return (
    <Stack gap={6} align="center" component="figure" m={0}>
      <QRCodeSVG value={url} size={size} marginSize={2} role="img" aria-label={label} title={label} data-testid="check-in-qr" />
      <Text component="figcaption" fz={captionSize} fw={700} ta="center">
        {t('openSpace.board.scanToCheckIn')}
      </Text>
      <Text fz={14} ta="center" style={{ wordBreak: 'break-all' }} data-testid="check-in-url">
        {url}
      </Text>
    </Stack>
  );
}
