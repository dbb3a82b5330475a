// A local push service over HTTPS, standing in for FCM/autopush in tests (no internet here): it gives out
// subscriptions as a browser would (a P-256 key pair and an auth secret per subscription), accepts the server's
// POSTs, checks the VAPID signature (RFC 8292) and decrypts the aes128gcm payload (RFC 8291) with node:crypto —
// so a test reads exactly what a browser would have received. A subscription can be made to answer 410 Gone.
import {
  createECDH,
  createHmac,
  createDecipheriv,
  createPublicKey,
  randomBytes,
  randomUUID,
  verify,
} from 'node:crypto';
import type { ECDH } from 'node:crypto';
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { selfSignedCertificate } from './self-signed-certificate.js';

export interface ReceivedPush {
  subscription: string;
  /** Decrypted payload text. */
  payload: string;
  ttl: string | undefined;
  topic: string | undefined;
  /** The VAPID public key the push was signed with (`k=` of the Authorization header). */
  vapidPublicKey: string;
  vapidSubject: string;
}

export interface TestSubscription {
  endpoint: string;
  keys: { p256dh: string; auth: string };
}

interface Subscriber {
  ecdh: ECDH;
  auth: Buffer;
  gone: boolean;
}

function hmac(key: Buffer, ...data: Buffer[]): Buffer {
  const mac = createHmac('sha256', key);
  for (const part of data) mac.update(part);
  return mac.digest();
}

/** RFC 8291 §3.4 + RFC 8188: one aes128gcm record (push messages are small). */
export function decryptAes128gcm(body: Buffer, receiver: ECDH, authSecret: Buffer): string {
  const salt = body.subarray(0, 16);
  const idLength = body.readUInt8(20);
  const senderPublic = body.subarray(21, 21 + idLength);
  const record = body.subarray(21 + idLength);
  const shared = receiver.computeSecret(senderPublic);
  const keyInfo = Buffer.concat([Buffer.from('WebPush: info\0'), receiver.getPublicKey(), senderPublic]);
  const ikm = hmac(hmac(authSecret, shared), keyInfo, Buffer.from([1]));
  const prk = hmac(salt, ikm);
  const cek = hmac(prk, Buffer.from('Content-Encoding: aes128gcm\0'), Buffer.from([1])).subarray(0, 16);
  const nonce = hmac(prk, Buffer.from('Content-Encoding: nonce\0'), Buffer.from([1])).subarray(0, 12);
  const decipher = createDecipheriv('aes-128-gcm', cek, nonce);
  decipher.setAuthTag(record.subarray(record.length - 16));
  const padded = Buffer.concat([decipher.update(record.subarray(0, record.length - 16)), decipher.final()]);
  const delimiter = padded.lastIndexOf(2);
  return padded.subarray(0, delimiter).toString('utf8');
}

/** Checks `Authorization: vapid t=<JWT>, k=<key>` (ES256 over the JWT, audience = the push service origin). */
function verifyVapid(header: string | undefined, origin: string): { key: string; subject: string } {
  const match = /^vapid t=([\w-]+\.[\w-]+\.[\w-]+), k=([\w-]+)$/.exec(header ?? '');
  if (match === null) throw new Error('no VAPID authorization');
  const [jwt = '', key = ''] = [match[1], match[2]];
  const [head = '', claims = '', signature = ''] = jwt.split('.');
  const raw = Buffer.from(key, 'base64url');
  const publicKey = createPublicKey({
    key: {
      kty: 'EC',
      crv: 'P-256',
      x: raw.subarray(1, 33).toString('base64url'),
      y: raw.subarray(33, 65).toString('base64url'),
    },
    format: 'jwk',
  });
  const valid = verify(
    'sha256',
    Buffer.from(`${head}.${claims}`),
    { key: publicKey, dsaEncoding: 'ieee-p1363' },
    Buffer.from(signature, 'base64url'),
  );
  const parsed = JSON.parse(Buffer.from(claims, 'base64url').toString('utf8')) as {
    aud?: string;
    sub?: string;
  };
  if (!valid || parsed.aud !== origin) throw new Error('bad VAPID signature or audience');
  return { key, subject: parsed.sub ?? '' };
}

export interface LocalPushService {
  origin: string;
  /** PEM certificate to trust (NODE_EXTRA_CA_CERTS, or an https.Agent's `ca`). */
  certificate: string;
  received: ReceivedPush[];
  /** Refused pushes (bad signature, undecryptable): always empty when the server behaves. */
  rejected: string[];
  subscribe(): TestSubscription;
  /** Makes the subscription answer 410 Gone, as a push service does once a browser unsubscribed. */
  expire(endpoint: string): void;
  /** Resolves once `count` pushes have arrived. */
  waitFor(count: number, timeoutMs?: number): Promise<ReceivedPush[]>;
  close(): Promise<void>;
}

export async function startLocalPushService(): Promise<LocalPushService> {
  const { cert, key } = selfSignedCertificate();
  const subscribers = new Map<string, Subscriber>();
  const received: ReceivedPush[] = [];
  const rejected: string[] = [];
  const server = createServer({ cert, key }, (request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const id = (request.url ?? '').replace(/^\/push\//, '');
      const subscriber = subscribers.get(id);
      if (request.method !== 'POST' || subscriber === undefined || subscriber.gone) {
        response.writeHead(subscriber?.gone === true ? 410 : 404).end();
        return;
      }
      try {
        const vapid = verifyVapid(request.headers.authorization, origin);
        const payload = decryptAes128gcm(Buffer.concat(chunks), subscriber.ecdh, subscriber.auth);
        received.push({
          subscription: id,
          payload,
          ttl: request.headers.ttl as string | undefined,
          topic: request.headers.topic as string | undefined,
          vapidPublicKey: vapid.key,
          vapidSubject: vapid.subject,
        });
        response.writeHead(201).end();
      } catch (error) {
        rejected.push(error instanceof Error ? error.message : String(error));
        response.writeHead(400).end();
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `https://127.0.0.1:${String((server.address() as AddressInfo).port)}`;
  return {
    origin,
    certificate: cert,
    received,
    rejected,
    subscribe() {
      const ecdh = createECDH('prime256v1');
      ecdh.generateKeys();
      const auth = randomBytes(16);
      const id = randomUUID();
      subscribers.set(id, { ecdh, auth, gone: false });
      return {
        endpoint: `${origin}/push/${id}`,
        keys: { p256dh: ecdh.getPublicKey().toString('base64url'), auth: auth.toString('base64url') },
      };
    },
    expire(endpoint) {
      const subscriber = subscribers.get(endpoint.replace(`${origin}/push/`, ''));
      if (subscriber !== undefined) subscriber.gone = true;
    },
    async waitFor(count, timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs;
      while (received.length < count) {
        if (Date.now() > deadline)
          throw new Error(`expected ${String(count)} pushes, got ${String(received.length)}`);
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
      return received;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
