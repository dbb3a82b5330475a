import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clientKey } from './client-key.js';

describe('clientKey', () => {
  it('keeps an IPv4 address as it is', () => {
    expect(clientKey('192.0.2.17')).toBe('192.0.2.17');
  });

  it('counts an IPv4 address written as IPv6 as the IPv4 client', () => {
    expect(clientKey('::ffff:192.0.2.17')).toBe('192.0.2.17');
    expect(clientKey('::FFFF:192.0.2.17')).toBe('192.0.2.17');
  });

  it('counts every address of one IPv6 /64 as one client, however it is written', () => {
    const key = clientKey('2001:db8:85a3:8d3::1');
    expect(key).toBe('2001:db8:85a3:8d3::/64');
    expect(clientKey('2001:0DB8:85A3:08D3:ffff:ffff:ffff:fffe')).toBe(key);
    expect(clientKey('2001:db8:85a3:8d3:1:2:3:4%eth0')).toBe(key);
    expect(clientKey('2001:db8:85a3:8d4::1')).not.toBe(key);
  });

  it('expands the :: of the first groups and an embedded IPv4 tail', () => {
    expect(clientKey('::1')).toBe('0:0:0:0::/64');
    expect(clientKey('2001:db8::')).toBe('2001:db8:0:0::/64');
    expect(clientKey('64:ff9b::192.0.2.33')).toBe('64:ff9b:0:0::/64');
  });

  it('gives any two addresses of one /64 the same key (property)', () => {
    const group = fc.integer({ min: 0, max: 0xffff }).map((n) => n.toString(16));
    const groups = (count: number) => fc.array(group, { minLength: count, maxLength: count });
    fc.assert(
      fc.property(groups(4), groups(4), groups(4), (prefix, first, second) => {
        const a = clientKey([...prefix, ...first].join(':'));
        const b = clientKey([...prefix, ...second].map((g) => g.padStart(4, '0')).join(':'));
        expect(a).toBe(b);
        expect(a).toBe(`${prefix.map((g) => Number.parseInt(g, 16).toString(16)).join(':')}::/64`);
      }),
    );
  });
});
