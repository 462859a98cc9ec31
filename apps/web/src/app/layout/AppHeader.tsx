import { Anchor, Box, Button, Container, Group } from '@mantine/core';
import { useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, useLocation } from 'react-router';
import { useCurrentPerson } from '../../modules/accounts';
import { NotificationsBell } from '../../modules/notifications';
import { AccountLinks } from './AccountLinks';
import { LanguageSwitcher } from './LanguageSwitcher';
import { routes } from '../routes';

const MENU_ID = 'app-menu';

function NavItem({ to, end, children }: { to: string; end?: boolean; children: string }) {
  return (
    <li>
      <Anchor component={NavLink} to={to} end={end} underline="hover" className="nav-link" fz="sm">
        {children}
      </Anchor>
    </li>
  );
}

/**
 * The app's header: on a wide screen the menu, who is signed in and the language in view; on a small
 * one (a phone) just the name, the bell and a menu button, so the page starts in the first screen.
 * The menu closes on Escape (focus back on its button) and when a page is chosen.
 */
export function AppHeader() {
  const { t } = useTranslation();
  const { person } = useCurrentPerson();
  const { pathname } = useLocation();
  // Open on the page where it was opened: choosing a page closes it.
  const [openedOn, setOpenedOn] = useState<string | null>(null);
  const opened = openedOn === pathname;
  const setOpened = (open: boolean) => setOpenedOn(open ? pathname : null);
  const burger = useRef<HTMLButtonElement>(null);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !opened) return;
    setOpened(false);
    burger.current?.focus();
  };

  return (
    <Box component="header" py="xs" style={{ borderBottom: '1px solid var(--mantine-color-gray-4)' }} onKeyDown={onKeyDown}>
      <Container size="xl">
        <Group justify="space-between" wrap="wrap" gap="xs">
          <Anchor component={Link} to={routes.home()} fw={800} fz="xl" c="indigo.9" underline="hover">
            {t('app.name')}
          </Anchor>
          {/* Before the menu, so the menu button leads straight into the menu it opens. */}
          <Group gap="xs" wrap="nowrap" className="app-header-end">
            <NotificationsBell />
            <Button
              hiddenFrom="md"
              ref={burger}
              variant="default"
              size="compact-md"
              onClick={() => setOpened(!opened)}
              aria-expanded={opened}
              aria-controls={MENU_ID}
              data-testid="menu-button"
              leftSection={
                <span aria-hidden="true" style={{ fontSize: '1.1em' }}>
                  {opened ? '✕' : '☰'}
                </span>
              }
            >
              {t('nav.menu')}
            </Button>
          </Group>
          <div id={MENU_ID} className="app-menu" data-open={opened || undefined}>
            <nav aria-label={t('nav.label')}>
              <ul className="app-nav-list">
                <NavItem to={routes.home()} end>
                  {t('nav.home')}
                </NavItem>
                <NavItem to={routes.directory()}>{t('nav.directory')}</NavItem>
                {person && <NavItem to={routes.account()}>{t('nav.account')}</NavItem>}
                {person && <NavItem to={routes.myGatherings()}>{t('nav.myGatherings')}</NavItem>}
                {person && <NavItem to={routes.myActions()}>{t('nav.myActions')}</NavItem>}
                {person && <NavItem to={routes.peopleMet()}>{t('nav.peopleMet')}</NavItem>}
                {person && <NavItem to={routes.conversations()}>{t('nav.conversations')}</NavItem>}
                <NavItem to={routes.asksOffers()}>{t('nav.asksOffers')}</NavItem>
                {person && <NavItem to={routes.newGathering()}>{t('nav.newGathering')}</NavItem>}
                {person?.isPlatformAdmin && <NavItem to={routes.adminClaims()}>{t('nav.adminClaims')}</NavItem>}
                {person?.isPlatformAdmin && <NavItem to={routes.adminAudit()}>{t('nav.adminAudit')}</NavItem>}
              </ul>
            </nav>
            <Group gap="md" wrap="wrap">
              <AccountLinks />
              <LanguageSwitcher />
            </Group>
          </div>
        </Group>
      </Container>
    </Box>
  );
}
