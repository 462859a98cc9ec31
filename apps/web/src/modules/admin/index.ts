// The admin feature's public surface: what the app and other features may import.
import { lazyPage } from '../../ui/lazy-page';
export const AdminAuditPage = lazyPage(() => import('./pages/AdminAuditPage'), 'AdminAuditPage', ['admin']);
export const AdminClaimsPage = lazyPage(() => import('./pages/AdminClaimsPage'), 'AdminClaimsPage', ['admin']);
