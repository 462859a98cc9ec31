import { useQuery } from '@apollo/client/react';
import { Anchor, Container, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import type { GatheringFieldsFragment } from '../../../gql/graphql';
import { ErrorState } from '../../../ui/ErrorState';
import { graphQLErrorCode } from '../../../ui/graphql-errors';
import { LoadingState } from '../../../ui/LoadingState';
import { usePageTitle } from '../../../ui/use-page-title';
import { useCurrentPerson } from '../../accounts';
import { WeMetPicker } from '../../relationships';
import { HarvestLink } from '../components/HarvestLink';
import { OpenSpaceLinks } from '../components/OpenSpaceLinks';
import { FollowUpLinks } from '../components/FollowUpLinks';
import { AccessInformation } from '../components/AccessInformation';
import { CoConveningInvitation } from '../components/CoConveningInvitation';
import { ConvenerActions } from '../components/ConvenerActions';
import { GatheringBadges } from '../components/GatheringBadges';
import { GatheringNotFound } from '../components/GatheringNotFound';
import { GatheringWhen } from '../components/GatheringWhen';
import { InvitedBy } from '../components/InvitedBy';
import { InviteOthers } from '../components/InviteOthers';
import { NominateDelegates } from '../components/NominateDelegates';
import { RegistrationPanel } from '../components/RegistrationPanel';
import { GatheringQuery } from '../graphql/gathering.query';
import { hasOnlineLink, hasVenue } from '../utils/gathering-enums';
import { routes } from '../../../app/routes';

function Section({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <Stack gap="xs" component="section" aria-labelledby={id}>
      <Title order={2} id={id}>
        {title}
      </Title>
      {children}
    </Stack>
  );
}

function Where({ gathering }: { gathering: GatheringFieldsFragment }) {
  const { t } = useTranslation('gatherings');
  return (
    <Section id="gathering-where-heading" title={t('gatherings.page.whereTitle')}>
      {hasVenue(gathering.format) && (
        <Text style={{ whiteSpace: 'pre-line' }} data-testid="gathering-venue">
          {gathering.venue || t('gatherings.page.venueToCome')}
        </Text>
      )}
      {hasOnlineLink(gathering.format) &&
        (gathering.onlineUrl ? (
          <Anchor href={gathering.onlineUrl} underline="always" data-testid="gathering-online-link">
            {t('gatherings.page.joinOnline')}
          </Anchor>
        ) : (
          <Text>{t('gatherings.page.onlineLinkLater')}</Text>
        ))}
    </Section>
  );
}

function Places({ gathering }: { gathering: GatheringFieldsFragment }) {
  const { t } = useTranslation('gatherings');
  if (gathering.capacity === null) return <Text data-testid="gathering-places">{t('gatherings.page.unlimited')}</Text>;
  return (
    <Text data-testid="gathering-places">
      {t('gatherings.page.placesLeft', { count: gathering.placesLeft ?? 0, capacity: gathering.capacity })}
    </Text>
  );
}

interface GatheringProps {
  gathering: GatheringFieldsFragment;
  signedIn: boolean;
  invitationCode?: string;
  coConveningNetworkId?: string;
}

function Gathering({ gathering, signedIn, invitationCode, coConveningNetworkId }: GatheringProps) {
  const { t } = useTranslation('gatherings');
  usePageTitle(gathering.title);
  const status = gathering.viewerRegistration?.status;
  const canInvite =
    (gathering.viewerIsConvener || status === 'REGISTERED' || status === 'ATTENDED') &&
    (gathering.status === 'PUBLISHED' || gathering.status === 'LIVE');
  return (
    <Stack gap="xl">
      <Stack gap="sm">
        <Title order={1}>{gathering.title}</Title>
        <GatheringBadges gathering={gathering} />
        {gathering.purpose && <Text style={{ whiteSpace: 'pre-line' }}>{gathering.purpose}</Text>}
      </Stack>
      {coConveningNetworkId && <CoConveningInvitation gathering={gathering} networkId={coConveningNetworkId} signedIn={signedIn} />}
      {gathering.viewerIsConvener && <ConvenerActions gathering={gathering} />}
      {invitationCode && <InvitedBy code={invitationCode} />}
      <RegistrationPanel gathering={gathering} signedIn={signedIn} invitationCode={invitationCode} />
      <OpenSpaceLinks gathering={gathering} />
      <HarvestLink gathering={gathering} />
      {(status === 'REGISTERED' || status === 'ATTENDED') && (gathering.status === 'LIVE' || gathering.status === 'CLOSED') && (
        <WeMetPicker gatheringId={gathering.id} />
      )}
      {signedIn && gathering.status !== 'DRAFT' && (
        <Anchor
          component={Link}
          to={routes.conversations({ gathering: gathering.id })}
          underline="always"
          data-testid="gathering-conversations"
        >
          {t('links.followUpConversations')}
        </Anchor>
      )}
      {canInvite && <InviteOthers gatheringId={gathering.id} />}
      {signedIn && <NominateDelegates gatheringId={gathering.id} />}
      <Section id="gathering-when-heading" title={t('gatherings.page.whenTitle')}>
        <GatheringWhen gathering={gathering} />
        {gathering.status !== 'DRAFT' && (
          <Anchor
            href={`/api/gatherings/${encodeURIComponent(gathering.slug)}.ics`}
            download
            underline="always"
            data-testid="add-to-calendar"
          >
            {t('gatherings.page.addToCalendar')}
          </Anchor>
        )}
      </Section>
      <Where gathering={gathering} />
      <Section id="gathering-places-heading" title={t('gatherings.page.placesTitle')}>
        <Places gathering={gathering} />
      </Section>
      <AccessInformation features={gathering.accessFeatures} notes={gathering.accessNotes} />
      <FollowUpLinks followsUp={gathering.followsUp ?? null} followedUpBy={gathering.followedUpBy} />
      {/* Empty when only members-only networks the viewer is not in convene it. */}
      {gathering.convenedBy.length > 0 && (
        <Section id="gathering-conveners-heading" title={t('gatherings.page.convenedByTitle')}>
          <List spacing={4} data-testid="convened-by">
            {gathering.convenedBy.map((network) => (
              <List.Item key={network.id}>
                <Anchor component={Link} to={routes.network({ slug: network.slug })} underline="always">
                  {network.name}
                </Anchor>
              </List.Item>
            ))}
          </List>
        </Section>
      )}
    </Stack>
  );
}

export function GatheringPage() {
  const { slug = '' } = useParams();
  const [searchParams] = useSearchParams();
  const invitationCode = searchParams.get('invite')?.trim() || undefined;
  const coConveningNetworkId = searchParams.get('coconvene')?.trim() || undefined;
  const { person, loading: personLoading } = useCurrentPerson();
  const { data, loading, error, refetch } = useQuery(GatheringQuery, {
    variables: { slug },
    // Someone may have signed in since it was cached: what they may see (and their place) depends on who they are.
    fetchPolicy: 'cache-and-network',
  });

  if (graphQLErrorCode(error) === 'NOT_FOUND') return <GatheringNotFound />;
  return (
    <Container size="md" py="xl">
      {(personLoading || (loading && !data)) && <LoadingState />}
      {error && !data && <ErrorState onRetry={() => void refetch()} />}
      {data && !personLoading && (
        <Gathering
          gathering={data.gathering}
          signedIn={Boolean(person)}
          invitationCode={invitationCode}
          coConveningNetworkId={coConveningNetworkId}
        />
      )}
    </Container>
  );
}
