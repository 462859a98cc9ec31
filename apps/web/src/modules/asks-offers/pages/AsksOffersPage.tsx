import { useQuery } from '@apollo/client/react';
import { Button, Checkbox, Container, Group, List, NativeSelect, Paper, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { routes } from '../../../app/routes';
import { ErrorState } from '../../../ui/ErrorState';
import { LoadingState } from '../../../ui/LoadingState';
import { LoadMoreButton } from '../../../ui/LoadMoreButton';
import { usePageTitle } from '../../../ui/use-page-title';
import { useCurrentPerson } from '../../accounts';
import { AskOfferSummary } from '../components/AskOfferSummary';
import { PostAskOfferForm } from '../components/PostAskOfferForm';
import { Reciprocity } from '../components/Reciprocity';
import { AsksOffersQuery } from '../graphql/ask-offer.graphql';
import { toFilter } from '../utils/ask-offer-text';

const EMPTY = { search: '', side: '', kind: '', theme: '', area: '', status: 'open', mine: false };
type Fields = typeof EMPTY;

function Filters({ initial, onApply, signedIn }: { initial: Fields; onApply: (fields: Fields) => void; signedIn: boolean }) {
  const { t } = useTranslation('asks-offers');
  const [fields, setFields] = useState(initial);
  const set = (key: keyof Fields) => (e: React.ChangeEvent<HTMLInputElement | HTMLSelectElement>) =>
    setFields((f) => ({
      ...f,
      [key]: e.currentTarget.type === 'checkbox' ? (e.currentTarget as HTMLInputElement).checked : e.currentTarget.value,
    }));
  const any = { value: '', label: t('asksOffers.filters.any') };
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="filters-heading">
      <form
        role="search"
        aria-labelledby="filters-heading"
        onSubmit={(event) => {
          event.preventDefault();
          onApply(fields);
        }}
      >
        <Stack gap="sm">
          <Title order={2} id="filters-heading" fz="h3">
            {t('asksOffers.filters.heading')}
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <TextInput label={t('asksOffers.filters.search')} value={fields.search} onChange={set('search')} />
            <NativeSelect
              label={t('asksOffers.filters.side')}
              value={fields.side}
              onChange={set('side')}
              data={[any, ...(['ASK', 'OFFER'] as const).map((s) => ({ value: s, label: t(`asksOffers.sidePlural.${s}`) }))]}
            />
            <NativeSelect
              label={t('asksOffers.filters.kind')}
              value={fields.kind}
              onChange={set('kind')}
              data={[
                any,
                ...(['SKILLS', 'SPACE', 'EQUIPMENT', 'TIME', 'OTHER'] as const).map((k) => ({
                  value: k,
                  label: t(`asksOffers.kind.${k}`),
                })),
              ]}
            />
            <TextInput label={t('asksOffers.filters.theme')} value={fields.theme} onChange={set('theme')} />
            <TextInput label={t('asksOffers.filters.area')} value={fields.area} onChange={set('area')} />
            <NativeSelect
              label={t('asksOffers.filters.status')}
              value={fields.status}
              onChange={set('status')}
              data={[
                { value: 'open', label: t('asksOffers.filters.open') },
                { value: 'closed', label: t('asksOffers.filters.closed') },
                { value: 'any', label: t('asksOffers.filters.any') },
              ]}
            />
          </SimpleGrid>
          <Group justify="space-between" wrap="wrap">
            {signedIn ? <Checkbox label={t('asksOffers.filters.mine')} checked={fields.mine} onChange={set('mine')} /> : <span />}
            <Button type="submit">{t('asksOffers.filters.apply')}</Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

/** /asks-offers — browse, search and filter asks and offers (?gathering= for one gathering's; ?network= for one network's, with its give and receive), and post one. */
export function AsksOffersPage() {
  const { t } = useTranslation('asks-offers');
  usePageTitle(t('asksOffers.title'));
  const [params] = useSearchParams();
  const gathering = params.get('gathering');
  const network = params.get('network');
  const { person, loading: personLoading } = useCurrentPerson();
  const [fields, setFields] = useState<Fields>(EMPTY);
  const filter = toFilter({ ...fields, gathering, network });
  const { data, loading, error, refetch, fetchMore } = useQuery(AsksOffersQuery, {
    variables: { filter, first: 20 },
    fetchPolicy: 'cache-and-network',
  });
  const list = data?.asksOffers;
  return (
    <Container size="md" py="xl">
      <Stack gap="xl">
        <Title order={1}>{t('asksOffers.title')}</Title>
        <Text>{t('asksOffers.intro')}</Text>
        {network && <Reciprocity networkId={network} />}
        <Filters initial={fields} onApply={setFields} signedIn={Boolean(person)} />
        {loading && !data && <LoadingState />}
        {error && !data && <ErrorState error={error} onRetry={() => void refetch()} />}
        {list && (
          <section aria-labelledby="list-heading" aria-busy={loading}>
            <Title order={2} id="list-heading" fz="h3" mb="sm">
              {t('asksOffers.listHeading', { count: list.totalCount })}
            </Title>
            {list.edges.length === 0 ? (
              <Text>{t('asksOffers.empty')}</Text>
            ) : (
              <List spacing="md" listStyleType="none" data-testid="ask-offer-list">
                {list.edges.map(({ node }) => (
                  <List.Item key={node.id}>
                    <AskOfferSummary item={node} />
                  </List.Item>
                ))}
              </List>
            )}
            {list.pageInfo.hasNextPage && (
              <LoadMoreButton onLoad={() => fetchMore({ variables: { after: list.pageInfo.endCursor } })}>
                {t('asksOffers.loadMore')}
              </LoadMoreButton>
            )}
          </section>
        )}
        {person ? (
          <PostAskOfferForm gatheringId={gathering} />
        ) : (
          !personLoading && (
            <Text>
              <Link to={routes.signIn({ next: routes.asksOffers() })}>{t('asksOffers.signInToPost')}</Link>
            </Text>
          )
        )}
      </Stack>
    </Container>
  );
}
