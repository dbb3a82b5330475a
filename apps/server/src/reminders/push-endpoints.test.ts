import { describe, expect, it } from 'vitest';
import { PushEndpointPolicy } from './push-endpoints.js';

describe('PushEndpointPolicy', () => {
  const policy = new PushEndpointPolicy(['127.0.0.1:4443']);
  it.each([
    ['https://fcm.googleapis.com/fcm/send/abc', true],
    ['https://updates.push.services.mozilla.com/wpush/v2/abc', true],
    ['https://wns2-par02p.notify.windows.com/w/?token=abc', true],
    ['https://web.push.apple.com/abc', true],
    ['https://127.0.0.1:4443/push/abc', true],
    // Not a push service, a look-alike, another port, plain http, credentials in the URL.
    ['https://intranet.example/admin', false],
    ['https://fcm.googleapis.com.evil.example/x', false],
    ['https://evilfcm.googleapis.com.example/x', false],
    ['https://fcm.googleapis.com:8443/x', false],
    ['https://127.0.0.1:4444/push/abc', false],
    ['http://fcm.googleapis.com/fcm/send/abc', false],
    ['https://user:pass@fcm.googleapis.com/x', false],
    ['not a url', false],
  ])('%s → %s', (endpoint, allowed) => {
    expect(policy.allows(endpoint)).toBe(allowed);
  });
});
