// The notifications feature's public surface: the header's bell and the inbox page.
export { NotificationsBell } from './components/NotificationsBell';
export { InboxPage } from './pages/InboxPage';
