// Row types of the professionals' workspace tables (issue 5, migrations 010–013), merged into the `Database`
// interface of schema.ts by declaration merging so the registry file stays small. Same conventions: booleans
// are 0/1 integers, instants ISO-8601 text, int8 parsed by the repositories.
import type { ColumnType } from 'kysely';

export interface ServerSecretsTable {
  name: string;
  value: string;
  created_at: string;
}

export interface UsersTable {
  id: string;
  email: string;
  display_name: string;
  password_hash: string;
  role: string;
  structure_id: string | null;
  active: number;
  must_change_password: number;
  totp_secret: string | null;
  totp_pending_secret: string | null;
  /** Last accepted TOTP time step (replay protection); int8, a string from pg. */
  totp_last_step: ColumnType<number | string | null, number | null, number | null>;
  created_at: string;
  updated_at: string;
}

export interface SessionsTable {
  id_hash: string;
  user_id: string;
  created_at: string;
  last_seen_at: string;
  absolute_expires_at: string;
}

export interface LoginThrottlesTable {
  email: string;
  failures: number;
  locked_until: string | null;
  updated_at: string;
}

export interface StructureProfilesTable {
  structure_id: string;
  /** `,75,92,93,`: leading and trailing commas so `like '%,75,%'` matches one code exactly. */
  serves_departements: string;
  /** Comma-separated publics overriding the directory's, or null. */
  publics: string | null;
  opening_hours: string | null;
  wait_time_days: number | null;
  accepting_new_people: number;
  receives_requests: number;
  updated_at: string;
  updated_by: string | null;
}

export interface ContactRequestsTable {
  id: string;
  idempotency_key: string;
  payload_fingerprint: string | null;
  tracking_token_hash: string;
  subject: string;
  first_name: string | null;
  phone: string | null;
  email: string | null;
  /** JSON array of slots. */
  preferred_slots: string;
  postal_code: string | null;
  message: string | null;
  consent_to_share: number;
  /** JSON of the consented attachment, erased at purge. */
  attachment: string | null;
  locale: string;
  status: string;
  structure_id: string | null;
  referred_from: string | null;
  assigned_user_id: string | null;
  created_at: string;
  due_at: string;
  contacted_at: string | null;
  alert_sent_at: string | null;
  closed_at: string | null;
  purge_at: string | null;
  purged_at: string | null;
  updated_at: string;
  /** Issue 12: what the person agreed to share for statistics (migration 065). */
  stat_age_band: string | null;
  stat_sex: string | null;
  stat_level: string | null;
  stat_departement: string | null;
}

export interface ContactRequestEventsTable {
  id: string;
  request_id: string;
  at: string;
  actor_user_id: string | null;
  kind: string;
  from_status: string | null;
  to_status: string | null;
  structure_id: string | null;
  assignee_id: string | null;
  channel: string | null;
  outcome: string | null;
  text: string | null;
}

export interface AuditLogTable {
  id: string;
  at: string;
  actor_id: string | null;
  actor_role: string | null;
  action: string;
  structure_id: string | null;
  subject_type: string;
  subject_id: string | null;
  /** Why, as a code from a closed list (migration 020): `wrong_password`, `other_structure`… */
  detail: string | null;
}

/** Sign-in attempts per address and window (migration 021), counted before the password is checked. */
export interface SignInAttemptsTable {
  email: string;
  attempts: number;
  window_ends_at: string;
}

/** E-mails given up after their last attempt (migration 022): what and when, never the address or text. */
export interface EmailDropsTable {
  id: string;
  dropped_at: string;
  kind: string | null;
  request_id: string | null;
  attempts: number;
  last_error: string | null;
}

export interface ScheduledJobsTable {
  name: string;
  next_run_at: string;
  locked_until: string | null;
  locked_by: string | null;
  last_run_at: string | null;
  last_outcome: string | null;
}

export interface OutboxEmailsTable {
  id: string;
  created_at: string;
  to_address: string;
  subject: string;
  body: string;
  attempts: number;
  next_attempt_at: string;
  /** What the e-mail is about (migration 022); null for rows queued by an older release. */
  kind: string | null;
  request_id: string | null;
}

export interface ShareInvitationsTable {
  id: string;
  code_hash: string;
  structure_id: string;
  created_by: string;
  label: string | null;
  created_at: string;
  expires_at: string;
  redeemed_at: string | null;
}

export interface SharesTable {
  id: string;
  structure_id: string;
  invited_by: string;
  label: string | null;
  token_hash: string;
  created_at: string;
  updated_at: string | null;
  diary_weeks: string | null;
  /** Daily totals (migration 014). */
  diary_days: string | null;
  screenings: string | null;
}

/** Invitations to join a team (migration 024): only the SHA-256 of the link's token is kept. */
export interface TeamInvitationsTable {
  id: string;
  /** Null for an invitation to the platform team (role platform_admin). */
  structure_id: string | null;
  email: string;
  display_name: string;
  role: string;
  token_hash: string;
  invited_by: string;
  created_at: string;
  expires_at: string;
  accepted_at: string | null;
}

/** The app's anonymous counts: one counter per day, metric and dimension ('' when none). Nothing else. */
export interface UsageCountsTable {
  day: string;
  metric: string;
  dimension: string;
  count: number;
}

export interface ImpactSettingsTable {
  name: string;
  /** JSON. */
  value: string;
  updated_at: string;
  updated_by: string | null;
}

declare module './schema.js' {
  interface Database {
    server_secrets: ServerSecretsTable;
    users: UsersTable;
    sessions: SessionsTable;
    login_throttles: LoginThrottlesTable;
    sign_in_attempts: SignInAttemptsTable;
    email_drops: EmailDropsTable;
    structure_profiles: StructureProfilesTable;
    contact_requests: ContactRequestsTable;
    contact_request_events: ContactRequestEventsTable;
    audit_log: AuditLogTable;
    scheduled_jobs: ScheduledJobsTable;
    outbox_emails: OutboxEmailsTable;
    share_invitations: ShareInvitationsTable;
    shares: SharesTable;
    team_invitations: TeamInvitationsTable;
    usage_counts: UsageCountsTable;
    impact_settings: ImpactSettingsTable;
  }
}
