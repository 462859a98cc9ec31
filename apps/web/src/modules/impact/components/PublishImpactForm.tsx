import { useMutation } from '@apollo/client/react';
import { Button, Checkbox, Paper, Stack, Text, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImpactMeasure } from '../../../gql/graphql';
import { ActionStatusAlert } from '../../../ui/ActionStatusAlert';
import { useActionStatus } from '../../../ui/use-action-status';
import { SetImpactPublicationsMutation } from '../graphql/set-impact-publications.mutation';
import { MEASURES } from '../utils/impact-figures';

/** Facilitators choose which measures anyone may see (funders, the signed-out) on the profile and this page. */
export function PublishImpactForm({
  networkId,
  published,
  onSaved,
}: {
  networkId: string;
  published: ImpactMeasure[];
  onSaved: () => void;
}) {
  const { t } = useTranslation('impact');
  const [chosen, setChosen] = useState<string[]>(published);
  const [save] = useMutation(SetImpactPublicationsMutation);
  const { status, pending, run } = useActionStatus();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    await run(
      'publish',
      async () => {
        await save({ variables: { input: { networkId, measures: MEASURES.filter((measure) => chosen.includes(measure)) } } });
        onSaved();
      },
      t('impact.publish.saved'),
    );
  };
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="impact-publish" className="no-print">
      <form onSubmit={(event) => void submit(event)}>
        <Stack gap="sm">
          <Title order={2} id="impact-publish">
            {t('impact.publish.title')}
          </Title>
          <Text size="sm">{t('impact.publish.explain')}</Text>
          <Checkbox.Group value={chosen} onChange={setChosen} label={t('impact.publish.label')}>
            <Stack gap="xs" mt="xs">
              {MEASURES.map((measure) => (
                <Checkbox
                  key={measure}
                  value={measure}
                  label={t(`impact.measures.${measure}.title`)}
                  description={t(`impact.measures.${measure}.about`)}
                />
              ))}
            </Stack>
          </Checkbox.Group>
          <ActionStatusAlert status={status} />
          <Button type="submit" loading={pending === 'publish'} style={{ alignSelf: 'flex-start' }}>
            {t('impact.publish.submit')}
          </Button>
        </Stack>
      </form>
    </Paper>
  );
}
