import { useMutation, useQuery } from '@apollo/client/react';
import { Anchor, Button, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { routes } from '../../../app/routes';
import { ActionStatusAlert } from '../../../ui/ActionStatusAlert';
import { JoinSomewhereNewMutation } from '../graphql/join-somewhere-new.mutation';
import { MyPresenceQuery } from '../graphql/my-presence.query';
import { useOpenSpaceAction } from '../hooks/use-open-space-action';

interface MyDayProps {
  gathering: { id: string; slug: string };
  /** The room's space and time, as the wall names them. */
  whereIs: (session: { spaceId: string | null; slotId: string | null }) => string | null;
}

/** A participant's day at the top of the wall: where I am now (back to that room), and one tap to somewhere new. */
export function MyDay({ gathering, whereIs }: MyDayProps) {
  const { t } = useTranslation('open-space');
  const navigate = useNavigate();
  const action = useOpenSpaceAction();
  const { data } = useQuery(MyPresenceQuery, { variables: { gatheringId: gathering.id }, fetchPolicy: 'cache-and-network' });
  const [somewhereNew] = useMutation(JoinSomewhereNewMutation);
  const room = data?.myPresence.session ?? null;

  const onSomewhereNew = async () => {
    const result = await action.run('new', () => somewhereNew({ variables: { input: { gatheringId: gathering.id } } }));
    const next = result?.data?.joinSomewhereNew.session;
    if (next) void navigate(routes.gatheringRoom({ slug: gathering.slug, sessionId: next.id }));
  };

  return (
    <Paper withBorder p="xs" component="section" aria-labelledby="my-day-heading" data-testid="my-day">
      <Stack gap={6}>
        <Title order={2} fz="h4" id="my-day-heading">
          {t('openSpace.myDay.title')}
        </Title>
        {room ? (
          <Text data-testid="my-day-where">
            {t('openSpace.myDay.in', { title: room.title })} {whereIs(room)}{' '}
            <Anchor component={Link} to={routes.gatheringRoom({ slug: gathering.slug, sessionId: room.id })} underline="always">
              {t('openSpace.myDay.backToRoom')}
            </Anchor>
          </Text>
        ) : (
          <Text data-testid="my-day-where">{t('openSpace.myDay.nowhere')}</Text>
        )}
        <ActionStatusAlert status={action.status} />
        <Button
          size="sm"
          loading={action.pending === 'new'}
          onClick={() => void onSomewhereNew()}
          style={{ alignSelf: 'flex-start' }}
          title={t('openSpace.room.somewhereNewHint')}
        >
          {t('openSpace.room.somewhereNew')}
        </Button>
      </Stack>
    </Paper>
  );
}
