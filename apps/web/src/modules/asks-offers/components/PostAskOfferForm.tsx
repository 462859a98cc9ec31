import { useMutation, useQuery } from '@apollo/client/react';
import { Button, NativeSelect, Paper, Stack, Textarea, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { routes } from '../../../app/routes';
import { ActionStatusAlert } from '../../../ui/ActionStatusAlert';
import { useActionStatus } from '../../../ui/use-action-status';
import { MyPostingNetworksQuery, PostAskOfferMutation } from '../graphql/ask-offer.graphql';
import { ASK_OFFER_KINDS } from '../utils/ask-offer-form';
import { dayAfter, parseThemes } from '../utils/ask-offer-text';

const KINDS = ASK_OFFER_KINDS;

/** Posting an ask or an offer, as oneself or for a network one facilitates or convenes; optionally on a gathering's wall. */
export function PostAskOfferForm({ gatheringId }: { gatheringId: string | null }) {
  const { t } = useTranslation('asks-offers');
  const navigate = useNavigate();
  const action = useActionStatus();
  const [postAskOffer] = useMutation(PostAskOfferMutation);
  const { data: mine } = useQuery(MyPostingNetworksQuery);
  const networks = (mine?.myNetworks ?? []).filter((n) => n.viewerRoles.some((r) => r === 'FACILITATOR' || r === 'CONVENER'));
  const [side, setSide] = useState<'ASK' | 'OFFER'>('ASK');
  const [kind, setKind] = useState<(typeof KINDS)[number]>('OTHER');
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [themes, setThemes] = useState('');
  const [area, setArea] = useState('');
  const [endsOn, setEndsOn] = useState(dayAfter(30));
  const [networkId, setNetworkId] = useState('');

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    let id: string | undefined;
    await action.run(
      'post',
      async () => {
        const input = {
          side,
          kind,
          title,
          description,
          themes: parseThemes(themes),
          area,
          endsOn,
          networkId: networkId || null,
          gatheringId,
        };
        const result = await postAskOffer({ variables: { input } });
        id = result.data?.postAskOffer.id;
      },
      t('asksOffers.post.done'),
    );
    if (id) await navigate(routes.askOffer({ id }));
  };

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="post-heading">
      <form onSubmit={(event) => void submit(event)}>
        <Stack gap="sm">
          <Title order={2} id="post-heading" fz="h3">
            {t('asksOffers.post.heading')}
          </Title>
          <NativeSelect
            label={t('asksOffers.post.side')}
            value={side}
            onChange={(e) => setSide(e.currentTarget.value as 'ASK' | 'OFFER')}
            data={[
              { value: 'ASK', label: t('asksOffers.side.ASK') },
              { value: 'OFFER', label: t('asksOffers.side.OFFER') },
            ]}
          />
          <NativeSelect
            label={t('asksOffers.post.kind')}
            value={kind}
            onChange={(e) => setKind(e.currentTarget.value as (typeof KINDS)[number])}
            data={KINDS.map((k) => ({ value: k, label: t(`asksOffers.kind.${k}`) }))}
          />
          <TextInput
            label={t('asksOffers.post.title')}
            description={t('asksOffers.post.titleHint')}
            required
            minLength={3}
            maxLength={140}
            value={title}
            onChange={(e) => setTitle(e.currentTarget.value)}
          />
          <Textarea
            label={t('asksOffers.post.description')}
            rows={3}
            maxLength={4000}
            value={description}
            onChange={(e) => setDescription(e.currentTarget.value)}
          />
          <TextInput
            label={t('asksOffers.post.themes')}
            description={t('asksOffers.post.themesHint')}
            value={themes}
            onChange={(e) => setThemes(e.currentTarget.value)}
          />
          <TextInput
            label={t('asksOffers.post.area')}
            description={t('asksOffers.post.areaHint')}
            maxLength={120}
            value={area}
            onChange={(e) => setArea(e.currentTarget.value)}
          />
          <TextInput
            type="date"
            label={t('asksOffers.post.endsOn')}
            required
            min={dayAfter(0)}
            value={endsOn}
            onChange={(e) => setEndsOn(e.currentTarget.value)}
          />
          {networks.length > 0 && (
            <NativeSelect
              label={t('asksOffers.post.network')}
              value={networkId}
              onChange={(e) => setNetworkId(e.currentTarget.value)}
              data={[{ value: '', label: t('asksOffers.post.asMyself') }, ...networks.map((n) => ({ value: n.id, label: n.name }))]}
            />
          )}
          <ActionStatusAlert status={action.status} />
          <Button type="submit" loading={action.pending === 'post'} style={{ alignSelf: 'flex-start' }}>
            {t('asksOffers.post.submit')}
          </Button>
        </Stack>
      </form>
    </Paper>
  );
}
