import { describe, expect, it } from 'vitest';
import { ConfigError } from '../config.js';
import { loadProConfig } from './pro-config.js';

describe('loadProConfig', () => {
  it('refuses to start in production without SMTP_URL: the 48 h promise rests on e-mail', () => {
    expect(() => loadProConfig({ NODE_ENV: 'production' })).toThrow(ConfigError);
    expect(() => loadProConfig({ NODE_ENV: 'production' })).toThrow(/SMTP_URL: required in production/);
  });

  it('starts in production without e-mail only when mail is explicitly turned off', () => {
    expect(loadProConfig({ NODE_ENV: 'production', OZ_MAIL_DISABLED: 'true' }).OZ_MAIL_DISABLED).toBe(true);
    expect(loadProConfig({ NODE_ENV: 'production', SMTP_URL: 'smtp://relay:587' }).SMTP_URL).toBe(
      'smtp://relay:587',
    );
    expect(loadProConfig({}).SMTP_URL).toBeUndefined();
  });
});
