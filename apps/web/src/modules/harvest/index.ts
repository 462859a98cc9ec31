// The harvest feature's public surface: a gathering's harvest page and the signed-in person's actions.
import { lazyPage } from '../../ui/lazy-page';
export const HarvestPage = lazyPage(() => import('./pages/HarvestPage'), 'HarvestPage', ['feedback', 'harvest']);
export const MyActionsPage = lazyPage(() => import('./pages/MyActionsPage'), 'MyActionsPage', ['harvest']);
