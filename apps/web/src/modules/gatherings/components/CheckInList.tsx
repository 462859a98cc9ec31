import { useMutation } from '@apollo/client/react';
import { Anchor, Button, Group, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { RegistrationFieldsFragment } from '../../../gql/graphql';
import { ActionStatusAlert } from '../../../ui/ActionStatusAlert';
import { useActionStatus } from '../../../ui/use-action-status';
import { CheckInPersonMutation, UndoCheckInMutation } from '../graphql/check-in-person.mutation';
import { WhosMissingQuery } from '../graphql/whos-missing.query';
import { formatDayAndTime } from '../../../ui/dates';
import { routes } from '../../../app/routes';

interface CheckInListProps {
  gathering: { id: string; slug: string; timeZone: string };
  registrations: readonly RegistrationFieldsFragment[];
}

/** People with a place (checked in or not), found by any part of their name, whatever its case or accents. */
export function placesMatching(registrations: readonly RegistrationFieldsFragment[], search: string) {
  const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase();
  const wanted = fold(search.trim());
  return registrations.filter(
    (r) => (r.status === 'REGISTERED' || r.status === 'ATTENDED') && (!wanted || fold(r.personName).includes(wanted)),
  );
}

/** The conveners' list of who came: counts, a search, and a button per person to tick them in or take the tick back. */
export function CheckInList({ gathering, registrations }: CheckInListProps) {
  const { t, i18n } = useTranslation('gatherings');
  const [search, setSearch] = useState('');
  const action = useActionStatus();
  // The registration updates in the cache by its id; who's missing counts who came, so it is read again.
  const refetchQueries = [{ query: WhosMissingQuery, variables: { gatheringId: gathering.id } }];
  const [checkIn] = useMutation(CheckInPersonMutation, { refetchQueries });
  const [undo] = useMutation(UndoCheckInMutation, { refetchQueries });
  const withPlace = placesMatching(registrations, '');
  const shown = placesMatching(registrations, search);
  const came = withPlace.filter((r) => r.status === 'ATTENDED').length;

  const toggle = (registration: RegistrationFieldsFragment) => {
    const input = { gatheringId: gathering.id, registrationId: registration.id };
    const name = registration.personName;
    return registration.checkIn
      ? action.run(registration.id, () => undo({ variables: { input } }), t('gatherings.checkInList.undone', { name }))
      : action.run(registration.id, () => checkIn({ variables: { input } }), t('gatherings.checkInList.checkedIn', { name }));
  };

  return (
    <Stack gap="sm" component="section" aria-labelledby="check-in-heading" data-testid="check-in-list">
      <Group justify="space-between" align="baseline" wrap="wrap">
        <Title order={2} id="check-in-heading">
          {t('gatherings.checkInList.title')}
        </Title>
        <Text fw={700} data-testid="check-in-counts">
          {t('gatherings.checkInList.counts', { came, registered: withPlace.length })}
        </Text>
      </Group>
      <Text>{t('gatherings.checkInList.intro')}</Text>
      <Anchor component={Link} to={routes.gatheringDoor({ slug: gathering.slug })} underline="always" data-testid="door-link">
        {t('gatherings.checkInList.door')}
      </Anchor>
      <TextInput
        type="search"
        label={t('gatherings.checkInList.search')}
        description={t('gatherings.checkInList.searchHint')}
        value={search}
        onChange={(event) => setSearch(event.currentTarget.value)}
        maw={360}
      />
      <ActionStatusAlert status={action.status} />
      {withPlace.length === 0 ? (
        <Text>{t('gatherings.checkInList.empty')}</Text>
      ) : shown.length === 0 ? (
        <Text>{t('gatherings.checkInList.noMatch', { search: search.trim() })}</Text>
      ) : (
        <Table striped withTableBorder data-testid="check-in-table">
          <Table.Tbody>
            {shown.map((registration) => (
              <Table.Tr key={registration.id}>
                <Table.Th scope="row" fw={600}>
                  {registration.personName}
                </Table.Th>
                <Table.Td>
                  {registration.checkIn
                    ? t('gatherings.checkInList.came', {
                        how: t(`gatherings.checkIn.methods.${registration.checkIn.method}`),
                        time: formatDayAndTime(registration.checkIn.checkedInAt, gathering.timeZone, i18n.language),
                      })
                    : t('gatherings.checkInList.notYet')}
                </Table.Td>
                <Table.Td ta="right">
                  <Button
                    size="xs"
                    variant={registration.checkIn ? 'default' : 'filled'}
                    loading={action.pending === registration.id}
                    aria-label={
                      registration.checkIn
                        ? t('gatherings.checkInList.undoName', { name: registration.personName })
                        : t('gatherings.checkInList.checkInName', { name: registration.personName })
                    }
                    onClick={() => void toggle(registration)}
                  >
                    {registration.checkIn ? t('gatherings.checkInList.undo') : t('gatherings.checkInList.checkIn')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
