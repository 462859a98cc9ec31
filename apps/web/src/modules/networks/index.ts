// The networks feature's public surface: what the app and other features may import.
import { lazyPage } from '../../ui/lazy-page';
export { NetworkPicker } from './components/manage/NetworkPicker';
export const DirectoryPage = lazyPage(() => import('./pages/DirectoryPage'), 'DirectoryPage', ['networks']);
export const ManageNetworkPage = lazyPage(() => import('./pages/ManageNetworkPage'), 'ManageNetworkPage', ['networks']);
export const NetworkProfilePage = lazyPage(() => import('./pages/NetworkProfilePage'), 'NetworkProfilePage', ['impact', 'networks']);
export const RegisterNetworkPage = lazyPage(() => import('./pages/RegisterNetworkPage'), 'RegisterNetworkPage', ['networks']);
export { regionLabel, roleLabel, sectorLabel } from './utils/network-enums';
