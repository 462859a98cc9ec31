import { useMutation, useQuery } from '@apollo/client/react';
import { Anchor, Container, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import type { GatheringFieldsFragment } from '../../../gql/graphql';
import { ErrorState } from '../../../ui/ErrorState';
import { LoadingState } from '../../../ui/LoadingState';
import { usePageTitle } from '../../../ui/use-page-title';
import { FollowUpForm, GatheringGate } from '../../gatherings';
import { CarryOnSessionMutation } from '../graphql/carry-on-session.mutation';
import { RoomQuery } from '../graphql/room.query';
import { routes } from '../../../app/routes';

function CarryOn({ gathering, sessionId, personId }: { gathering: GatheringFieldsFragment; sessionId: string; personId: string }) {
  const { t } = useTranslation('open-space');
  const navigate = useNavigate();
  const room = useQuery(RoomQuery, { variables: { sessionId }, fetchPolicy: 'network-only' });
  const [carryOn] = useMutation(CarryOnSessionMutation);
  const session = room.data?.room.session;
  usePageTitle(t('openSpace.carryOn.pageTitle'));
  if (room.loading && !room.data) return <LoadingState />;
  if (!room.data || !session) return <ErrorState error={room.error} onRetry={() => void room.refetch()} />;
  const back = (
    <Anchor component={Link} to={routes.gatheringRoom({ slug: gathering.slug, sessionId })} underline="always">
      {t('openSpace.carryOn.back')}
    </Anchor>
  );
  if (!gathering.viewerIsConvener && session.host.id !== personId) {
    return (
      <Stack gap="md">
        <Title order={1}>{t('openSpace.carryOn.forbiddenTitle')}</Title>
        <Text>{t('openSpace.carryOn.forbiddenBody')}</Text>
        {back}
      </Stack>
    );
  }
  // The host, whoever came to the room and whoever wrote there, less the person planning it.
  const others = new Set([session.host.id, ...room.data.room.whoCame.map((p) => p.id), ...room.data.room.notes.map((n) => n.author.id)]);
  others.delete(personId);
  return (
    <Stack gap="lg">
      <div>
        <Title order={1}>{t('openSpace.carryOn.title', { title: session.title })}</Title>
        <Text mt="xs">{t('openSpace.carryOn.intro', { count: others.size, gathering: gathering.title })}</Text>
        {back}
      </div>
      <FollowUpForm
        initialTitle={session.title}
        submitLabel={t('openSpace.carryOn.submit')}
        onSave={async (fields) => {
          const { data } = await carryOn({ variables: { input: { ...fields, sessionId } } });
          if (data) void navigate(routes.gathering({ slug: data.carryOnSession.slug }));
        }}
      />
    </Stack>
  );
}

/** /gatherings/:slug/rooms/:sessionId/carry-on — a follow-up of one breakout, inviting the people who took part in it. */
export function CarryOnPage() {
  const { sessionId = '' } = useParams();
  return (
    <Container size="sm" py="xl">
      {/* Signed out: the gate sends people to sign in and back. */}
      <GatheringGate signedIn>
        {({ gathering, person }) => person && <CarryOn gathering={gathering} sessionId={sessionId} personId={person.id} />}
      </GatheringGate>
    </Container>
  );
}
