// The impact feature's public surface: the impact view's pages (loaded with their route, so the chart library
// stays out of the first load) and the profiles' "Relational impact" section (no charts).
import { lazyPage } from '../../ui/lazy-page';
export { ImpactSection } from './components/ImpactSection';
export const GatheringImpactPage = lazyPage(() => import('./pages/ImpactPages'), 'GatheringImpactPage', ['impact']);
export const NetworkImpactPage = lazyPage(() => import('./pages/ImpactPages'), 'NetworkImpactPage', ['impact']);
export const CoalitionImpactPage = lazyPage(() => import('./pages/ImpactPages'), 'CoalitionImpactPage', ['impact']);
