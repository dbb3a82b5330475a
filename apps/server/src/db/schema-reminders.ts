// Row type of the reminders table (issue 11, migration 040), merged into `Database` (schema.ts) by declaration
// merging, like schema-pro.ts. Booleans are 0/1 integers, instants ISO-8601 text.

export interface ReminderSubscriptionsTable {
  id: string;
  token_hash: string;
  endpoint: string;
  p256dh: string;
  auth: string;
  /** ISO weekdays, comma-separated ('1,4'). */
  weekdays: string;
  local_time: string;
  time_zone: string;
  paused: number;
  next_due_at: string | null;
  claimed_until: string | null;
  claimed_by: string | null;
  created_at: string;
  updated_at: string;
}

declare module './schema.js' {
  interface Database {
    reminder_subscriptions: ReminderSubscriptionsTable;
  }
}
