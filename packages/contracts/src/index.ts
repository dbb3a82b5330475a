// Public surface of @oz/contracts: one export line per boundary module (helpers only ever add lines).
export * from './common.js';
export * from './places.js';
export * from './structures.js';
export * from './backup.js';
export * from './backup-support.js';
export * from './backup-programmes.js';
export * from './backup-wellbeing.js';
export * from './ozensemble.js';
export * from './ozensembleCsv.js';
export * from './ozensembleShared.js';
export * from './contact-requests.js';
export * from './pro.js';
export * from './sharing.js';
export * from './audit.js';
export * from './impact.js';
export * from './reminders.js';
export * from './team-invitations.js';
