import type { IncomingMessage } from 'node:http';
import proxyAddr from 'proxy-addr';
import type { AppConfig } from '../../config/app-config.js';

/**
 * The client's address under the app's `trust proxy` setting (TRUST_PROXY), for requests
 * Express never sees: websocket upgrades, whose socket behind nginx is nginx's. The same rule
 * as Express's `req.ip` (express/lib/utils `compileTrust`, then proxy-addr).
 */
export function clientAddressRule(trustProxy: AppConfig['trustProxy']): (req: IncomingMessage) => string {
  const trusted = compileTrust(trustProxy);
  return (req) => proxyAddr(req, trusted);
}

function compileTrust(value: AppConfig['trustProxy']): (address: string, hop: number) => boolean {
  if (value === true) return () => true;
  if (typeof value === 'number') return (_, hop) => hop < value;
  if (value === false) return proxyAddr.compile([]);
  return proxyAddr.compile(value.split(',').map((part) => part.trim()));
}
