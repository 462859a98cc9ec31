import { useMutation, useQuery } from '@apollo/client/react';
import { Anchor, Badge, Button, Container, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { routes } from '../../../app/routes';
import type { AskOfferFieldsFragment, AskOfferQuery as AskOfferData } from '../../../gql/graphql';
import { ActionStatusAlert } from '../../../ui/ActionStatusAlert';
import { ErrorState } from '../../../ui/ErrorState';
import { FormAlert } from '../../../ui/FormAlert';
import { LoadingState } from '../../../ui/LoadingState';
import { useActionStatus } from '../../../ui/use-action-status';
import { usePageTitle } from '../../../ui/use-page-title';
import { formatDate } from '../../../ui/dates';
import { AskOfferSummary } from '../components/AskOfferSummary';
import { EditAskOfferForm } from '../components/EditAskOfferForm';
import { AskOfferQuery, CloseAskOfferMutation, IntroduceAskOfferMutation, MarkAskMetMutation } from '../graphql/ask-offer.graphql';

type Match = AskOfferData['askOfferMatches'][number];

function MatchItem({ post, match, onChanged }: { post: AskOfferFieldsFragment; match: Match; onChanged: () => void }) {
  const { t } = useTranslation('asks-offers');
  const action = useActionStatus();
  const [introduce] = useMutation(IntroduceAskOfferMutation);
  const [markMet] = useMutation(MarkAskMetMutation);
  const [conversationId, setConversationId] = useState(match.introductionConversationId);
  const pair = post.side === 'ASK' ? { askId: post.id, offerId: match.match.id } : { askId: match.match.id, offerId: post.id };
  const mayAct = post.viewerMayEdit || match.match.viewerMayEdit;
  return (
    <List.Item>
      <Stack gap="xs">
        <AskOfferSummary item={match.match} />
        <Group gap="xs">
          {match.isGood && <Badge color="teal.9">{t('asksOffers.matches.good')}</Badge>}
          {match.sameNetwork && (
            <Badge color="gray.8" variant="outline">
              {t('asksOffers.matches.sameNetwork')}
            </Badge>
          )}
        </Group>
        {mayAct && (
          <Group gap="xs" wrap="wrap">
            {conversationId ? (
              <Anchor component={Link} to={routes.conversation({ id: conversationId })} underline="always">
                {t('asksOffers.matches.openConversation')}
              </Anchor>
            ) : (
              <Button
                size="xs"
                loading={action.pending === 'introduce'}
                onClick={() =>
                  void action.run(
                    'introduce',
                    async () => {
                      const result = await introduce({ variables: { input: pair } });
                      setConversationId(result.data?.introduceAskOffer.conversationId ?? null);
                    },
                    t('asksOffers.matches.introduced'),
                  )
                }
              >
                {t('asksOffers.matches.introduce')}
              </Button>
            )}
            <Button
              size="xs"
              variant="default"
              loading={action.pending === 'met'}
              onClick={() =>
                void action.run(
                  'met',
                  async () => {
                    await markMet({ variables: { input: pair } });
                    onChanged();
                  },
                  t('asksOffers.matches.met'),
                )
              }
            >
              {t('asksOffers.matches.markMet')}
            </Button>
          </Group>
        )}
        <ActionStatusAlert status={action.status} />
      </Stack>
    </List.Item>
  );
}

/** /asks-offers/:id — an ask or offer, its best matches across networks, Introduce and Mark met. */
export function AskOfferPage() {
  const { t, i18n } = useTranslation('asks-offers');
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(AskOfferQuery, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const post = data?.askOffer;
  usePageTitle(post?.title ?? t('asksOffers.title'));
  const action = useActionStatus();
  const [close] = useMutation(CloseAskOfferMutation);
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const closeAs = (outcome: 'MET' | 'WITHDRAWN') =>
    void action.run(
      outcome,
      async () => {
        await close({ variables: { input: { id, outcome } } });
        await refetch();
      },
      t('asksOffers.detail.closed'),
    );
  return (
    <Container size="md" py="xl">
      <Stack gap="xl">
        <Anchor component={Link} to={routes.asksOffers()} underline="always">
          {t('asksOffers.detail.back')}
        </Anchor>
        {loading && !data && <LoadingState />}
        {error && !data && <ErrorState error={error} onRetry={() => void refetch()} />}
        {data && !post && <Text role="alert">{t('asksOffers.detail.notFound')}</Text>}
        {post && (
          <>
            <Stack gap="xs">
              <Title order={1}>{post.title}</Title>
              <Group gap="xs">
                <Badge variant="filled" color={post.side === 'ASK' ? 'violet.9' : 'blue.9'}>
                  {t(`asksOffers.side.${post.side}`)}
                </Badge>
                <Badge variant="filled" color={post.status === 'OPEN' ? 'teal.9' : 'gray.8'} data-testid="ask-offer-status">
                  {t(`asksOffers.status.${post.status}`)}
                </Badge>
              </Group>
              <Text size="sm">
                {[
                  t(`asksOffers.kind.${post.kind}`),
                  post.network?.name ?? post.postedBy?.displayName,
                  t('asksOffers.endsOn', { date: formatDate(post.endsOn, i18n.language) }),
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </Text>
              {post.description && <Text style={{ whiteSpace: 'pre-wrap' }}>{post.description}</Text>}
              {post.themes.length > 0 && (
                <Text size="sm">
                  {t('asksOffers.detail.themes')}: {post.themes.join(', ')}
                </Text>
              )}
              {post.area && (
                <Text size="sm">
                  {t('asksOffers.detail.area')}: {post.area}
                </Text>
              )}
              {post.gathering?.slug && (
                <Anchor component={Link} to={routes.gatheringWall({ slug: post.gathering.slug })} size="sm" underline="always">
                  {t('asksOffers.duringGathering', { title: post.gathering.title })}
                </Anchor>
              )}
              {post.metByOffer && <Text>{t('asksOffers.detail.metBy', { title: post.metByOffer.title })}</Text>}
              {post.metByNetwork && <Text>{t('asksOffers.detail.metByNetwork', { name: post.metByNetwork.name })}</Text>}
              {post.viewerMayEdit && post.status === 'OPEN' && !editing && (
                <Group gap="xs">
                  <Button
                    variant="default"
                    onClick={() => {
                      action.clear();
                      setSaved(false);
                      setEditing(true);
                    }}
                  >
                    {t('asksOffers.edit.open')}
                  </Button>
                  <Button variant="default" loading={action.pending === 'MET'} onClick={() => closeAs('MET')}>
                    {t('asksOffers.detail.markMet')}
                  </Button>
                  <Button variant="default" loading={action.pending === 'WITHDRAWN'} onClick={() => closeAs('WITHDRAWN')}>
                    {t('asksOffers.detail.withdraw')}
                  </Button>
                </Group>
              )}
              <ActionStatusAlert status={action.status} />
              <FormAlert tone="success" message={saved ? t('asksOffers.edit.saved') : undefined} />
            </Stack>
            {editing && post.viewerMayEdit && post.status === 'OPEN' && (
              <EditAskOfferForm
                post={post}
                onDone={(done) => {
                  setEditing(false);
                  setSaved(done);
                }}
              />
            )}
            <Paper withBorder p="md" component="section" aria-labelledby="matches-heading">
              <Title order={2} id="matches-heading" fz="h3" mb="xs">
                {post.side === 'ASK' ? t('asksOffers.matches.headingAsk') : t('asksOffers.matches.headingOffer')}
              </Title>
              {post.status !== 'OPEN' ? (
                <Text>{t('asksOffers.matches.closed')}</Text>
              ) : (
                <>
                  <Text size="sm" mb="sm">
                    {t('asksOffers.matches.intro')}
                  </Text>
                  {data.askOfferMatches.length === 0 ? (
                    <Text>{t('asksOffers.matches.empty')}</Text>
                  ) : (
                    <List spacing="lg" listStyleType="none" data-testid="match-list">
                      {data.askOfferMatches.map((match) => (
                        <MatchItem key={match.match.id} post={post} match={match} onChanged={() => void refetch()} />
                      ))}
                    </List>
                  )}
                </>
              )}
            </Paper>
          </>
        )}
      </Stack>
    </Container>
  );
}
