import type { NextFunction, Request, RequestHandler, Response } from 'express';
import helmet, { type HelmetOptions } from 'helmet';
import type { AppConfig } from '../../config/app-config.js';

type Config = Pick<AppConfig, 'publicUrl' | 'isProduction'> & { openSpace: Pick<AppConfig['openSpace'], 'videoCallBaseUrl'> };

const originOf = (url: string): string | undefined => {
  try {
    return new URL(url).origin;
  } catch {
    return undefined;
  }
};

/** True when people reach Weave over HTTPS: only then HSTS, upgrade-insecure-requests and Secure cookies. */
export const servedOverHttps = (publicUrl: string): boolean => publicUrl.startsWith('https://');

/**
 * The content security policy of every answer, made for the built web app: its scripts and styles come
 * from Weave's own origin (Vite emits no inline script); Mantine sets inline styles, so styles may be
 * inline; the only frames are a room's video call (VIDEO_CALL_BASE_URL). No page may be framed by
 * another site, the projector board included: a projector opens it full screen in its own window, and
 * a frame on someone else's page could be overlaid to trick clicks (and would not carry the session
 * cookie in browsers that block third-party cookies anyway).
 */
export function contentSecurityPolicy(config: Config): NonNullable<Exclude<HelmetOptions['contentSecurityPolicy'], boolean>> {
  const https = servedOverHttps(config.publicUrl);
  const publicHost = originOf(config.publicUrl)?.replace(/^http/, 'ws');
  const videoOrigin = originOf(config.openSpace.videoCallBaseUrl);
  return {
    useDefaults: false,
    directives: {
      defaultSrc: ["'self'"],
      baseUri: ["'self'"],
      scriptSrc: ["'self'"],
      scriptSrcAttr: ["'none'"],
      styleSrc: ["'self'", "'unsafe-inline'"],
      imgSrc: ["'self'", 'data:', 'blob:'],
      fontSrc: ["'self'", 'data:'],
      // 'self' covers the same-origin websocket in current browsers; the public origin is named for older ones.
      connectSrc: ["'self'", ...(publicHost ? [publicHost] : [])],
      frameSrc: ["'self'", ...(videoOrigin ? [videoOrigin] : [])],
      frameAncestors: ["'none'"],
      formAction: ["'self'"],
      objectSrc: ["'none'"],
      workerSrc: ["'self'", 'blob:'],
      manifestSrc: ["'self'"],
      // On plain HTTP (development, tests) this would send the browser to an https:// Weave that is not there.
      upgradeInsecureRequests: https ? [] : null,
    },
  };
}

/**
 * Security headers on every answer (helmet): the policy above, X-Content-Type-Options: nosniff,
 * Referrer-Policy: no-referrer (links carry invitation codes and tokens; a video call or any other site
 * is not told them), X-Frame-Options: DENY for browsers without frame-ancestors, and HSTS only when
 * PUBLIC_URL is https. GraphiQL (development only) loads its code from a CDN, so its page goes without
 * a content security policy.
 */
export function securityHeaders(config: Config): RequestHandler {
  const options: HelmetOptions = {
    contentSecurityPolicy: contentSecurityPolicy(config),
    referrerPolicy: { policy: 'no-referrer' },
    xFrameOptions: { action: 'deny' },
    strictTransportSecurity: servedOverHttps(config.publicUrl) ? { maxAge: 31_536_000, includeSubDomains: true } : false,
  };
  const everywhere = helmet(options);
  const graphiql = helmet({ ...options, contentSecurityPolicy: false });
  return (req: Request, res: Response, next: NextFunction) => {
    const isGraphiql = !config.isProduction && req.method === 'GET' && req.path === '/graphql';
    (isGraphiql ? graphiql : everywhere)(req, res, next);
  };
}
