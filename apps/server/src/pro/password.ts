// Password hashing with argon2id (@node-rs/argon2, prebuilt). Parameters: OWASP Password Storage Cheat Sheet's
// first argon2id option (m = 19 MiB, t = 2, p = 1), ~35 ms per hash on the reference machine
// (docs/reference/platform-notes.md §3).
import { hash, verify } from '@node-rs/argon2';

const ARGON2ID = 2; // Algorithm.Argon2id (a const enum in the typings, so spelled out here)
const OPTIONS = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

/** A valid hash of a random password: verifying against it costs the same as a real one (no user enumeration). */
let decoyHash: Promise<string> | undefined;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export async function verifyPassword(storedHash: string, password: string): Promise<boolean> {
  try {
    return await verify(storedHash, password);
  } catch {
    return false;
  }
}

/** Spends the time of one verification when there is no account, so timing does not reveal which e-mails exist. */
export async function verifyDecoy(password: string): Promise<void> {
  decoyHash ??= hash('decoy password that matches nothing', OPTIONS);
  await verify(await decoyHash, password);
}
