// Whose budget a request spends: the client's address, with every IPv6 address of one /64 counted as one
// client — a single home or phone gets a whole /64 and could otherwise rotate through 2^64 addresses
// (RFC 6177 §1 allocation practice; the same rule as @fastify/rate-limit's default `ipv6Subnet: 64`).
// An IPv4 address written as IPv6 (`::ffff:192.0.2.1`, what a dual-stack socket reports) is the IPv4 client.
import { isIPv4, isIPv6 } from 'node:net';

const MAPPED_IPV4 = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i;

export function clientKey(address: string): string {
  // Every IPv6 address has a colon and no IPv4 address has one: most requests skip the IPv6 grammar's regex.
  if (!address.includes(':') || !isIPv6(address)) return address.toLowerCase();
  const mapped = MAPPED_IPV4.exec(address)?.[1];
  if (mapped !== undefined && isIPv4(mapped)) return mapped;
  return `${ipv6Groups(address).slice(0, 4).join(':')}::/64`;
}

/** The eight 16-bit groups of a valid IPv6 address, as lower-case hex without leading zeros. */
function ipv6Groups(address: string): string[] {
  const withoutZone = address.split('%')[0] ?? address;
  const [head = '', tail] = withoutZone.toLowerCase().split('::');
  const groupsOf = (part: string): string[] => (part === '' ? [] : part.split(':').flatMap(expandIpv4));
  const left = groupsOf(head);
  const right = tail === undefined ? [] : groupsOf(tail);
  const zeros = Array.from({ length: 8 - left.length - right.length }, () => '0');
  return [...left, ...zeros, ...right].map((group) => Number.parseInt(group, 16).toString(16));
}

/** An embedded dotted IPv4 tail (`::1.2.3.4`) is two groups. */
function expandIpv4(group: string): string[] {
  if (!group.includes('.')) return [group];
  const [a = 0, b = 0, c = 0, d = 0] = group.split('.').map(Number);
  return [((a << 8) | b).toString(16), ((c << 8) | d).toString(16)];
}
