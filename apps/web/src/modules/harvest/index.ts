// The harvest feature's public surface: a gathering's harvest page and the signed-in person's actions.
export { HarvestPage } from './pages/HarvestPage';
export { MyActionsPage } from './pages/MyActionsPage';
