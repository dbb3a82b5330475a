// Which push services the server will POST to. A subscription's endpoint comes from an anonymous request, so
// without a list the server could be made to send requests to any https host (SSRF): only the push services
// of the browsers Oz supports are accepted, plus hosts an operator adds (OZ_PUSH_EXTRA_HOSTS, e.g. a test
// push endpoint).
const KNOWN_PUSH_SERVICE_DOMAINS = [
  // Chrome, Edge on Android, Samsung Internet, Opera (Firebase Cloud Messaging).
  'fcm.googleapis.com',
  'android.googleapis.com',
  // Firefox (autopush).
  'push.services.mozilla.com',
  // Edge on Windows (Windows Push Notification Services).
  'notify.windows.com',
  // Safari on macOS and iOS ≥ 16.4 (web.push.apple.com).
  'push.apple.com',
] as const;

export class PushEndpointPolicy {
  constructor(private readonly extraHosts: readonly string[] = []) {}

  /** True for an https URL on a known push service (or a sub-domain), or on one of the extra `host[:port]`. */
  allows(endpoint: string): boolean {
    let url: URL;
    try {
      url = new URL(endpoint);
    } catch {
      return false;
    }
    if (url.protocol !== 'https:' || url.username !== '' || url.password !== '') return false;
    if (this.extraHosts.includes(url.host)) return true;
    if (url.port !== '') return false;
    return KNOWN_PUSH_SERVICE_DOMAINS.some(
      (domain) => url.hostname === domain || url.hostname.endsWith(`.${domain}`),
    );
  }
}
