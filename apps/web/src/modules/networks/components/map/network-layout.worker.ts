// Runs the map's layout off the main thread, so the page stays responsive
// while a large directory settles.
import { type LayoutInput, runLayout } from './network-layout';

self.onmessage = (event: MessageEvent<LayoutInput>) => {
  self.postMessage(runLayout(event.data));
};
