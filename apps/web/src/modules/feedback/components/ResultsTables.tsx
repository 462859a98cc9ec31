import { Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FeedbackResultsQuery } from '../../../gql/graphql';

type Results = FeedbackResultsQuery['feedbackResults'];

const POINTS = ['1', '2', '3', '4', '5'] as const;

/** A number in the reader's language (a decimal comma never, in en-GB and cy; two places at most). */
const useNumber = () => {
  const { i18n } = useTranslation('feedback');
  const format = new Intl.NumberFormat(i18n.language.startsWith('cy') ? 'cy' : 'en-GB', { maximumFractionDigits: 2 });
  return (n: number) => format.format(n);
};

/** The scales as a table: how many chose each point, the average and how many answered; hidden rows say why. */
export function ScalesTable({ results }: { results: Results }) {
  const { t } = useTranslation('feedback');
  const number = useNumber();
  return (
    <Stack gap="xs">
      <Title order={2}>{t('feedback.results.scalesTitle')}</Title>
      <Table.ScrollContainer minWidth={560}>
        <Table striped withTableBorder data-testid="feedback-scales">
          <Table.Caption>{t('feedback.results.scalesCaption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('feedback.results.question')}</Table.Th>
              {POINTS.map((p) => (
                <Table.Th scope="col" key={p}>
                  {t(`feedback.points.${p}`)}
                </Table.Th>
              ))}
              <Table.Th scope="col">{t('feedback.results.mean')}</Table.Th>
              <Table.Th scope="col">{t('feedback.results.answered')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {results.scales.map((row) => (
              <Table.Tr key={row.scale ?? row.questionId}>
                <Table.Th scope="row">{row.scale ? t(`feedback.scales.${row.scale}`) : row.prompt}</Table.Th>
                {row.shown && row.counts ? (
                  <>
                    {row.counts.map((count, i) => (
                      <Table.Td key={i}>{number(count)}</Table.Td>
                    ))}
                    <Table.Td>{row.mean != null && number(row.mean)}</Table.Td>
                    <Table.Td>{row.answered != null && number(row.answered)}</Table.Td>
                  </>
                ) : (
                  <Table.Td colSpan={7}>{t('feedback.results.hidden', { count: results.fewestShown })}</Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}

/** New people met, in a sentence. */
export function NewPeople({ results }: { results: Results }) {
  const { t } = useTranslation('feedback');
  const number = useNumber();
  return (
    <Stack gap="xs">
      <Title order={2}>{t('feedback.results.newPeopleTitle')}</Title>
      <Text>
        {results.newPeopleTotal != null && results.newPeopleMean != null && results.newPeopleAnswered != null
          ? t('feedback.results.newPeopleLine', {
              total: number(results.newPeopleTotal),
              mean: number(results.newPeopleMean),
              answered: number(results.newPeopleAnswered),
            })
          : t('feedback.results.newPeopleHidden', { count: results.fewestShown })}
      </Text>
    </Stack>
  );
}

/** What people wrote, per question, without names. */
export function WrittenAnswers({ results }: { results: Results }) {
  const { t } = useTranslation('feedback');
  return (
    <Stack gap="sm">
      <Title order={2}>{t('feedback.results.textsTitle')}</Title>
      <Text size="sm" c="dimmed">
        {t('feedback.results.textsNote')}
      </Text>
      {results.texts.map((group) => (
        <Stack gap={4} key={group.questionId ?? 'free'}>
          <Title order={3}>{group.prompt ?? t('feedback.results.freeText')}</Title>
          {group.texts.length === 0 ? (
            <Text c="dimmed">{t('feedback.results.noTexts')}</Text>
          ) : (
            <ul>
              {group.texts.map((text, i) => (
                <li key={i}>
                  <Text style={{ whiteSpace: 'pre-wrap' }}>{text}</Text>
                </li>
              ))}
            </ul>
          )}
        </Stack>
      ))}
    </Stack>
  );
}

/** Change across a workshop series: means before and after, and the paired change. */
export function SeriesChange({ series, fewestShown }: { series: NonNullable<Results['series']>; fewestShown: number }) {
  const { t } = useTranslation('feedback');
  const number = useNumber();
  const figure = (n: number | null | undefined, signed = false) =>
    n == null ? t('feedback.results.tooFewShort') : `${signed && n > 0 ? '+' : ''}${number(n)}`;
  return (
    <Stack gap="xs">
      <Title order={2}>{t('feedback.results.seriesTitle', { title: series.startGatheringTitle })}</Title>
      <Text>{t('feedback.results.seriesIntro')}</Text>
      <Text>
        {series.paired != null
          ? t('feedback.results.paired', { count: series.paired })
          : t('feedback.results.pairedHidden', { count: fewestShown })}
      </Text>
      <Table.ScrollContainer minWidth={420}>
        <Table striped withTableBorder data-testid="feedback-series">
          <Table.Caption>{t('feedback.results.seriesCaption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('feedback.results.question')}</Table.Th>
              <Table.Th scope="col">{t('feedback.results.before')}</Table.Th>
              <Table.Th scope="col">{t('feedback.results.after')}</Table.Th>
              <Table.Th scope="col">{t('feedback.results.change')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {series.scales.map((row) => (
              <Table.Tr key={row.scale}>
                <Table.Th scope="row">{t(`scaleShort.${row.scale}`)}</Table.Th>
                <Table.Td>{figure(row.before)}</Table.Td>
                <Table.Td>{figure(row.after)}</Table.Td>
                <Table.Td>{figure(row.change, true)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}
