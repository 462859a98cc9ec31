import type { ChildProcess } from 'node:child_process';

export function assertBuilt(): void;
export function newDataDir(label?: string): string;
export function startDatabase(dataDir?: string): Promise<{ url: string; dataDir: string; stop: () => Promise<void> }>;
export function runApiScript(databaseUrl: string, name: string, args?: string[]): Promise<void>;
export function startWeave(options?: { dataDir?: string; databaseUrl?: string }): Promise<{ server: ChildProcess; baseUrl: string }>;
export function stopWeave(server: ChildProcess | undefined): Promise<void>;
