// The asks-and-offers feature's public surface: what the app and other features may import.
import { lazyPage } from '../../ui/lazy-page';
export const AskOfferPage = lazyPage(() => import('./pages/AskOfferPage'), 'AskOfferPage', ['asks-offers']);
export const AsksOffersPage = lazyPage(() => import('./pages/AsksOffersPage'), 'AsksOffersPage', ['asks-offers']);
export { GatheringAsksOffers } from './components/GatheringAsksOffers';
