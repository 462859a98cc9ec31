// The networks feature's public surface: what the app and other features may import.
export { NetworkPicker } from './components/manage/NetworkPicker';
export { DirectoryPage } from './pages/DirectoryPage';
export { ManageNetworkPage } from './pages/ManageNetworkPage';
export { NetworkProfilePage } from './pages/NetworkProfilePage';
export { RegisterNetworkPage } from './pages/RegisterNetworkPage';
export { roleLabel, sectorLabel } from './utils/network-enums';
