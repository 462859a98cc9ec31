// The relationships feature's public surface: "People you met", and the "we met" picker for a gathering.
import { lazyPage } from '../../ui/lazy-page';
export const PeopleMetPage = lazyPage(() => import('./pages/PeopleMetPage'), 'PeopleMetPage', ['relationships']);
export { WeMetPicker } from './components/WeMetPicker';
