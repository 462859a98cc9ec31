import { hash, verify } from '@node-rs/argon2';

export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 256;

// argon2id with the library's defaults (19 MiB, 2 passes): OWASP's baseline.
export const hashPassword = (password: string): Promise<string> => hash(password);

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

let dummyHash_: Promise<string> | undefined;

/** Verified against when no account matches, so unknown emails take as long as wrong passwords. */
export function dummyHash(): Promise<string> {
  dummyHash_ ??= hash('weave-timing-equaliser');
  return dummyHash_;
}
