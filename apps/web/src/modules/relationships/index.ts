// The relationships feature's public surface: "People you met", and the "we met" picker for a gathering.
export { PeopleMetPage } from './pages/PeopleMetPage';
export { WeMetPicker } from './components/WeMetPicker';
