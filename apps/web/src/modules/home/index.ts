// The home feature's public surface: what the app and other features may import.
import { lazyPage } from '../../ui/lazy-page';
export const HomePage = lazyPage(() => import('./pages/HomePage'), 'HomePage', ['home']);
export const NotFoundPage = lazyPage(() => import('./pages/NotFoundPage'), 'NotFoundPage', []);
