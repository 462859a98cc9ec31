import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const APP_CONFIG = Symbol('APP_CONFIG');

/** `json`: one JSON object a line, for log collectors; `pretty`: short coloured lines for a person at a terminal. */
export type LogFormat = 'json' | 'pretty';

export interface AppConfig {
  nodeEnv: string;
  isProduction: boolean;
  host: string;
  port: number;
  /** Connection string of an external PostgreSQL; undefined means "start an embedded one". */
  databaseUrl: string | undefined;
  /** Where the embedded PostgreSQL keeps its data (persistent across restarts). */
  embeddedDataDir: string;
  logLevel: string;
  /** LOG_FORMAT: `pretty` at a terminal in development, `json` otherwise (production, pipes, files). */
  logFormat: LogFormat;
  /** Built web app served on the same origin; undefined or missing folder means API only. */
  webDistDir: string;
  sessionTtlDays: number;
  /** Send the session cookie with `Secure`: when PUBLIC_URL is https (COOKIE_SECURE=true|false overrides). */
  cookieSecure: boolean;
  /** Express `trust proxy`: set when behind a load balancer so client IPs are right. */
  trustProxy: string | number | boolean;
  /**
   * Guessing passwords: every attempt per IP a minute; failures per address and IP in 15 minutes; failures per
   * address from anywhere in an hour (then only IPs that have signed in to it before may try). Mail asked for
   * (sign-up, password reset, a new verification link): per IP and per address in an hour.
   */
  signInLimit: {
    perIpPerMinute: number;
    perEmailPerFifteenMinutes: number;
    perEmailPerHour: number;
    mailPerIpPerHour: number;
    mailPerEmailPerHour: number;
  };
  /** Cache signed-out directory answers (invalidated by the directory version). */
  directoryCache: boolean;
  /** Where people reach Weave, for links in emails. */
  publicUrl: string;
  /** Origins whose pages may open Weave's websocket: PUBLIC_URL's, and in development the Vite servers' and the API's own. */
  allowedOrigins: string[];
  mail: { smtpUrl: string | undefined; from: string; outboxDir: string };
  /**
   * The job queue: whether this process runs jobs (every process may queue them), how often idle workers
   * look for work, how often lost jobs are looked for, and how long a job may run before it is presumed
   * lost (its process died) and run again by another process.
   */
  jobs: { work: boolean; pollingIntervalSeconds: number; maintenanceIntervalSeconds: number; timeoutSeconds: number };
  /** Open space: video calls of online spaces (base URL + room name), and how long a silent presence lasts. */
  openSpace: { videoCallBaseUrl: string; presenceTimeoutSeconds: number };
}

const apiRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const projectRoot = path.resolve(apiRoot, '../..');

function intFrom(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new Error(`${name} must be a whole number, got "${value}"`);
  return n;
}

function parseTrustProxy(value: string | undefined): string | number | boolean {
  if (value === undefined || value === '' || value === 'false') return false;
  if (value === 'true') return true;
  return /^\d+$/.test(value) ? Number(value) : value;
}

/** Vite's dev and preview servers (apps/web/vite.config.ts, strictPort) forward the websocket with the page's Origin. */
const VITE_PORTS = [5173, 4173];

function allowedOrigins(publicUrl: string, isProduction: boolean, port: number): string[] {
  const own = new URL(publicUrl).origin;
  if (isProduction) return [own];
  const local = [port, ...VITE_PORTS].flatMap((p) => [`http://localhost:${p}`, `http://127.0.0.1:${p}`]);
  return [...new Set([own, ...local])];
}

function logFormat(value: string | undefined, pretty: boolean): LogFormat {
  if (value === undefined || value === '') return pretty ? 'pretty' : 'json';
  if (value === 'json' || value === 'pretty') return value;
  throw new Error(`LOG_FORMAT must be json or pretty, not "${value}".`);
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env, atTerminal = Boolean(process.stdout.isTTY)): AppConfig {
  const nodeEnv = env.NODE_ENV ?? 'development';
  const isProduction = nodeEnv === 'production';
  const port = intFrom(env.PORT, 3000, 'PORT');
  const publicUrl = (env.PUBLIC_URL ?? `http://localhost:${env.PORT ?? 3000}`).replace(/\/$/, '');
  return {
    nodeEnv,
    isProduction,
    host: env.HOST ?? '127.0.0.1',
    port,
    databaseUrl: env.DATABASE_URL || undefined,
    embeddedDataDir: env.EMBEDDED_PG_DIR ?? path.join(projectRoot, '.data', 'postgres'),
    logLevel: env.LOG_LEVEL ?? (nodeEnv === 'test' ? 'silent' : 'info'),
    logFormat: logFormat(env.LOG_FORMAT, !isProduction && atTerminal),
    webDistDir: env.WEB_DIST_DIR ?? path.join(projectRoot, 'apps', 'web', 'dist'),
    sessionTtlDays: intFrom(env.SESSION_TTL_DAYS, 30, 'SESSION_TTL_DAYS'),
    cookieSecure: env.COOKIE_SECURE ? env.COOKIE_SECURE === 'true' : publicUrl.startsWith('https://'),
    trustProxy: parseTrustProxy(env.TRUST_PROXY),
    directoryCache: env.DIRECTORY_CACHE !== 'off',
    publicUrl,
    allowedOrigins: allowedOrigins(publicUrl, isProduction, port),
    mail: {
      smtpUrl: env.SMTP_URL || undefined,
      from: env.MAIL_FROM ?? 'Weave <no-reply@weave.localhost>',
      outboxDir: env.OUTBOX_DIR ?? path.join(projectRoot, 'outbox'),
    },
    jobs: {
      work: env.JOB_WORKERS !== 'off',
      pollingIntervalSeconds: nodeEnv === 'test' ? 0.5 : 2,
      maintenanceIntervalSeconds: nodeEnv === 'test' ? 1 : 60,
      timeoutSeconds: intFrom(env.JOB_TIMEOUT_SECONDS, 300, 'JOB_TIMEOUT_SECONDS'),
    },
    openSpace: {
      videoCallBaseUrl: (env.VIDEO_CALL_BASE_URL ?? 'https://meet.jit.si').replace(/\/$/, ''),
      presenceTimeoutSeconds: intFrom(env.PRESENCE_TIMEOUT_SECONDS, 60, 'PRESENCE_TIMEOUT_SECONDS'),
    },
    signInLimit: {
      perIpPerMinute: intFrom(env.SIGN_IN_LIMIT_PER_IP, 20, 'SIGN_IN_LIMIT_PER_IP'),
      perEmailPerFifteenMinutes: intFrom(env.SIGN_IN_LIMIT_PER_EMAIL, 10, 'SIGN_IN_LIMIT_PER_EMAIL'),
      perEmailPerHour: intFrom(env.SIGN_IN_LIMIT_PER_EMAIL_HOURLY, 100, 'SIGN_IN_LIMIT_PER_EMAIL_HOURLY'),
      mailPerIpPerHour: intFrom(env.MAIL_LIMIT_PER_IP, 100, 'MAIL_LIMIT_PER_IP'),
      mailPerEmailPerHour: intFrom(env.MAIL_LIMIT_PER_EMAIL, 5, 'MAIL_LIMIT_PER_EMAIL'),
    },
  };
}
