// The networks feature's public surface: what the app and other features may import.
import { lazyPage } from '../../ui/lazy-page';
export { NetworkPicker } from './components/manage/NetworkPicker';
export const DirectoryPage = lazyPage(() => import('./pages/DirectoryPage'), 'DirectoryPage');
export const ManageNetworkPage = lazyPage(() => import('./pages/ManageNetworkPage'), 'ManageNetworkPage');
export const NetworkProfilePage = lazyPage(() => import('./pages/NetworkProfilePage'), 'NetworkProfilePage');
export const RegisterNetworkPage = lazyPage(() => import('./pages/RegisterNetworkPage'), 'RegisterNetworkPage');
export { regionLabel, roleLabel, sectorLabel } from './utils/network-enums';
