// Time-based one-time passwords (RFC 6238) through `otpauth` (a maintained, dependency-light library, tested
// against the RFC vectors in totp.test.ts): HMAC-SHA1, 30-second steps, 6 digits — what every authenticator
// app supports. Seeds are 160 random bits (RFC 4226 §4), base32 as apps expect. Replay protection is ours:
// the caller stores the step of each accepted code and refuses it and older steps (users.repository.ts).
import { Secret, TOTP } from 'otpauth';

export const TOTP_STEP_SECONDS = 30;
const DIGITS = 6;
/** Accept the previous and next step too: phone clocks drift (RFC 6238 §5.2 recommends at most one step). */
const ALLOWED_DRIFT_STEPS = 1;
const ISSUER = 'Oz';

function totpOf(secret: string, account = ''): TOTP {
  return new TOTP({
    issuer: ISSUER,
    label: account,
    algorithm: 'SHA1',
    digits: DIGITS,
    period: TOTP_STEP_SECONDS,
    secret: Secret.fromBase32(secret),
  });
}

/** 160 random bits (crypto.getRandomValues), base32. */
export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

export function totpStep(now: Date): number {
  return TOTP.counter({ period: TOTP_STEP_SECONDS, timestamp: now.getTime() });
}

export function totpCode(secret: string, now: Date): string {
  return totpOf(secret).generate({ timestamp: now.getTime() });
}

/**
 * The time step a code belongs to (within ±1 step of now), or undefined. Callers refuse steps at or below the
 * last accepted one, so a code works only once, even within its own window.
 */
export function matchTotp(secret: string, code: string, now: Date): number | undefined {
  const delta = totpOf(secret).validate({
    token: code,
    timestamp: now.getTime(),
    window: ALLOWED_DRIFT_STEPS,
  });
  return delta === null ? undefined : totpStep(now) + delta;
}

export function otpauthUri(secret: string, account: string): string {
  return totpOf(secret, account).toString();
}
