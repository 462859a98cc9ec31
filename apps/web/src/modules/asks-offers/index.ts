// The asks-and-offers feature's public surface: what the app and other features may import.
export { AskOfferPage } from './pages/AskOfferPage';
export { AsksOffersPage } from './pages/AsksOffersPage';
export { GatheringAsksOffers } from './components/GatheringAsksOffers';
