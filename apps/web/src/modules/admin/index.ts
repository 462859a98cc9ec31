// The admin feature's public surface: what the app and other features may import.
export { AdminClaimsPage } from './pages/AdminClaimsPage';
