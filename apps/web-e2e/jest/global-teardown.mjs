import { stopWeave } from './weave-server.mjs';

export default async function globalTeardown() {
  await stopWeave(globalThis.weaveServer);
}
