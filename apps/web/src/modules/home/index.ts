// The home feature's public surface: what the app and other features may import.
export { HomePage } from './pages/HomePage';
export { NotFoundPage } from './pages/NotFoundPage';
