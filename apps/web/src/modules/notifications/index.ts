// The notifications feature's public surface: the header's bell and the inbox page.
import { lazyPage } from '../../ui/lazy-page';
export { NotificationsBell } from './components/NotificationsBell';
export const InboxPage = lazyPage(() => import('./pages/InboxPage'), 'InboxPage', ['notifications']);
