import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { describeWhen } from '../utils/gathering-when';
import { browserTimeZone } from '../utils/zoned-time';

interface GatheringWhenProps {
  gathering: { startsAt: string; endsAt: string; timeZone: string };
  /** The viewer's zone; the browser's unless a test fixes it. */
  viewerTimeZone?: string;
}

/** "Saturday, 13 June 2026 · 10:00–16:00 in London (11:00–17:00 your time)". */
export function GatheringWhen({ gathering, viewerTimeZone = browserTimeZone() }: GatheringWhenProps) {
  const { t, i18n } = useTranslation('gatherings');
  const when = describeWhen(gathering, viewerTimeZone, i18n.resolvedLanguage ?? 'en');
  return (
    <div data-testid="gathering-when">
      <Text fw={700}>{when.date}</Text>
      <Text>
        {t('gatherings.when.inZone', { times: when.times, place: when.place })}
        {when.viewerTimes && ` ${t('gatherings.when.yourTime', { times: when.viewerTimes })}`}
      </Text>
    </div>
  );
}
