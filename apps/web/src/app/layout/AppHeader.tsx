import { Anchor, Box, Container, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, NavLink } from 'react-router';
import { useCurrentPerson } from '../../modules/accounts';
import { NotificationsBell } from '../../modules/notifications';
import { AccountLinks } from './AccountLinks';
import { LanguageSwitcher } from './LanguageSwitcher';
import { routes } from '../routes';

export function AppHeader() {
  const { t } = useTranslation();
  const { person } = useCurrentPerson();
  return (
    <Box component="header" py="sm" style={{ borderBottom: '1px solid var(--mantine-color-gray-4)' }}>
      <Container size="lg">
        <Group justify="space-between" wrap="wrap" gap="sm">
          <Group gap="lg" wrap="wrap">
            <Anchor component={Link} to={routes.home()} fw={800} fz="xl" c="indigo.9" underline="hover">
              {t('app.name')}
            </Anchor>
            <nav aria-label={t('nav.label')}>
              <Group component="ul" gap="md" m={0} p={0} style={{ listStyle: 'none' }}>
                <li>
                  <Anchor component={NavLink} to={routes.home()} end underline="hover" className="nav-link">
                    {t('nav.home')}
                  </Anchor>
                </li>
                <li>
                  <Anchor component={NavLink} to={routes.directory()} underline="hover" className="nav-link">
                    {t('nav.directory')}
                  </Anchor>
                </li>
                {person && (
                  <li>
                    <Anchor component={NavLink} to={routes.account()} underline="hover" className="nav-link">
                      {t('nav.account')}
                    </Anchor>
                  </li>
                )}
                {person && (
                  <li>
                    <Anchor component={NavLink} to={routes.myGatherings()} underline="hover" className="nav-link">
                      {t('nav.myGatherings')}
                    </Anchor>
                  </li>
                )}
                {person && (
                  <li>
                    <Anchor component={NavLink} to={routes.myActions()} underline="hover" className="nav-link">
                      {t('nav.myActions')}
                    </Anchor>
                  </li>
                )}
                {person && (
                  <li>
                    <Anchor component={NavLink} to={routes.peopleMet()} underline="hover" className="nav-link">
                      {t('nav.peopleMet')}
                    </Anchor>
                  </li>
                )}
                {person && (
                  <li>
                    <Anchor component={NavLink} to={routes.conversations()} underline="hover" className="nav-link">
                      {t('nav.conversations')}
                    </Anchor>
                  </li>
                )}
                <li>
                  <Anchor component={NavLink} to={routes.asksOffers()} underline="hover" className="nav-link">
                    {t('nav.asksOffers')}
                  </Anchor>
                </li>
                {person && (
                  <li>
                    <Anchor component={NavLink} to={routes.newGathering()} underline="hover" className="nav-link">
                      {t('nav.newGathering')}
                    </Anchor>
                  </li>
                )}
                {person?.isPlatformAdmin && (
                  <li>
                    <Anchor component={NavLink} to={routes.adminClaims()} underline="hover" className="nav-link">
                      {t('nav.adminClaims')}
                    </Anchor>
                  </li>
                )}
                {person?.isPlatformAdmin && (
                  <li>
                    <Anchor component={NavLink} to={routes.adminAudit()} underline="hover" className="nav-link">
                      {t('nav.adminAudit')}
                    </Anchor>
                  </li>
                )}
              </Group>
            </nav>
          </Group>
          <Group gap="md" wrap="wrap">
            <NotificationsBell />
            <AccountLinks />
            <LanguageSwitcher />
          </Group>
        </Group>
      </Container>
    </Box>
  );
}
