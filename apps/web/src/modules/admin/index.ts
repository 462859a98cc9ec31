// The admin feature's public surface: what the app and other features may import.
export { AdminAuditPage } from './pages/AdminAuditPage';
export { AdminClaimsPage } from './pages/AdminClaimsPage';
