import type { IncomingMessage } from 'node:http';
import { parse } from 'cookie';
import type { CookieOptions, Response } from 'express';

export const SESSION_COOKIE = 'weave_session';

export function readSessionToken(req: IncomingMessage): string | undefined {
  const header = req.headers.cookie;
  return header ? parse(header)[SESSION_COOKIE] : undefined;
}

function options(secure: boolean, maxAgeMs?: number): CookieOptions {
  return { httpOnly: true, sameSite: 'lax', secure, path: '/', ...(maxAgeMs ? { maxAge: maxAgeMs } : {}) };
}

export function setSessionCookie(res: Response | undefined, token: string, secure: boolean, maxAgeMs: number): void {
  res?.cookie(SESSION_COOKIE, token, options(secure, maxAgeMs));
}

export function clearSessionCookie(res: Response | undefined, secure: boolean): void {
  res?.clearCookie(SESSION_COOKIE, options(secure));
}
