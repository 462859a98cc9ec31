import { useMutation } from '@apollo/client/react';
import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ActionStatusAlert } from '../../../ui/ActionStatusAlert';
import { ConfirmButton } from '../../../ui/ConfirmButton';
import { CopyableLink } from '../../../ui/CopyableLink';
import { useActionStatus } from '../../../ui/use-action-status';
import { CreateCalendarFeedMutation } from '../graphql/create-calendar-feed.mutation';
import { RevokeCalendarFeedMutation } from '../graphql/revoke-calendar-feed.mutation';

/** A private feed URL of your gatherings for a calendar app; making a new one, or revoking, stops the old one. */
export function CalendarFeed() {
  const { t } = useTranslation('gatherings');
  const action = useActionStatus();
  const [url, setUrl] = useState<string>();
  const [createFeed] = useMutation(CreateCalendarFeedMutation);
  const [revokeFeed] = useMutation(RevokeCalendarFeedMutation);

  const create = () =>
    void action.run(
      'create',
      async () => {
        const result = await createFeed();
        setUrl(result.data?.createCalendarFeed);
      },
      t('gatherings.feed.made'),
    );
  const revoke = () =>
    void action.run(
      'revoke',
      async () => {
        await revokeFeed();
        setUrl(undefined);
      },
      t('gatherings.feed.revoked'),
    );

  return (
    <Stack gap="sm" component="section" aria-labelledby="calendar-feed-heading">
      <Title order={2} id="calendar-feed-heading">
        {t('gatherings.feed.title')}
      </Title>
      <Text>{t('gatherings.feed.intro')}</Text>
      <ActionStatusAlert status={action.status} />
      {url && <CopyableLink label={t('gatherings.feed.link')} value={url} testId="calendar-feed-url" />}
      <Group gap="sm" wrap="wrap">
        <Button onClick={create} loading={action.pending === 'create'}>
          {url ? t('gatherings.feed.remake') : t('gatherings.feed.make')}
        </Button>
        <ConfirmButton
          variant="outline"
          color="red"
          loading={action.pending === 'revoke'}
          title={t('gatherings.feed.revokeTitle')}
          body={t('gatherings.feed.revokeBody')}
          confirmLabel={t('gatherings.feed.revoke')}
          onConfirm={revoke}
        >
          {t('gatherings.feed.revoke')}
        </ConfirmButton>
      </Group>
    </Stack>
  );
}
