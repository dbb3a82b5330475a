import { describe, expect, it } from 'vitest';
import { canActOnStructure, canAdministerStructure, canGrantRole } from './access.js';
import type { Actor } from './access.js';

const professional: Actor = { userId: 'u1', role: 'professional', structureId: 'A' };
const structureAdmin: Actor = { userId: 'u2', role: 'structure_admin', structureId: 'A' };
const platformAdmin: Actor = { userId: 'u3', role: 'platform_admin', structureId: null };

describe('access rules', () => {
  it('keeps professionals and structure admins inside their structure', () => {
    expect(canActOnStructure(professional, 'A')).toBe(true);
    expect(canActOnStructure(professional, 'B')).toBe(false);
    expect(canActOnStructure(professional, null)).toBe(false);
    expect(canActOnStructure(structureAdmin, 'B')).toBe(false);
    expect(canActOnStructure(platformAdmin, null)).toBe(true);
  });

  it('lets only admins administer, each in their scope', () => {
    expect(canAdministerStructure(professional, 'A')).toBe(false);
    expect(canAdministerStructure(structureAdmin, 'A')).toBe(true);
    expect(canAdministerStructure(structureAdmin, 'B')).toBe(false);
    expect(canAdministerStructure(platformAdmin, 'B')).toBe(true);
  });

  it('never lets a structure admin create a platform admin', () => {
    expect(canGrantRole(structureAdmin, 'platform_admin')).toBe(false);
    expect(canGrantRole(structureAdmin, 'structure_admin')).toBe(true);
    expect(canGrantRole(professional, 'professional')).toBe(false);
    expect(canGrantRole(platformAdmin, 'platform_admin')).toBe(true);
  });
});
