// What the crash test checks in the database itself, after the last kill (see index.mjs).
const COMPLETENESS = {
  rows: 'select count(*) as n from contact_requests',
  distinctKeys: 'select count(distinct idempotency_key) as n from contact_requests',
  missingCreatedEvent: `select count(*) as n from contact_requests r where not exists
    (select 1 from contact_request_events e where e.request_id = r.id and e.kind = 'created')`,
  missingAuditEntry: `select count(*) as n from contact_requests r where not exists
    (select 1 from audit_log a where a.subject_id = r.id and a.action = 'request.create')`,
  auditWithoutRequest: `select count(*) as n from audit_log a where a.action = 'request.create' and not exists
    (select 1 from contact_requests r where r.id = a.subject_id)`,
  missingConfirmationEmail: `select count(*) as n from contact_requests r where r.email is not null and not exists
    (select 1 from outbox_emails o where o.request_id = r.id and o.kind = 'person_confirmation')`,
};

async function countsOf(query) {
  const counts = {};
  for (const [name, sql] of Object.entries(COMPLETENESS)) counts[name] = Number(await query(sql));
  return counts;
}

async function storedIds(all) {
  return new Map(
    (await all('select id, idempotency_key from contact_requests')).map((row) => [
      row.idempotency_key,
      row.id,
    ]),
  );
}

function compare(ledger, stored, counts, integrity) {
  let lost = 0;
  let wrongId = 0;
  for (const [key, known] of ledger.acknowledged) {
    const id = stored.get(key);
    if (id === undefined) lost += 1;
    else if (id !== known.id) wrongId += 1;
  }
  return {
    stored: counts.rows,
    lost,
    wrongId,
    duplicates: counts.rows - counts.distinctKeys,
    missingCreatedEvent: counts.missingCreatedEvent,
    missingAuditEntry: counts.missingAuditEntry,
    auditWithoutRequest: counts.auditWithoutRequest,
    missingConfirmationEmail: counts.missingConfirmationEmail,
    integrity,
  };
}

export async function verifyStore(target, ledger) {
  if (target.sqlite !== undefined) {
    const db = target.sqlite;
    try {
      const counts = await countsOf((sql) => db.prepare(sql).get().n);
      const stored = await storedIds((sql) => db.prepare(sql).all());
      const check = db
        .pragma('integrity_check')
        .map((row) => row.integrity_check)
        .join('; ');
      const foreignKeys = db.pragma('foreign_key_check');
      const integrity =
        check === 'ok' && foreignKeys.length === 0 ? 'ok' : `${check}; fk ${foreignKeys.length}`;
      return compare(ledger, stored, counts, integrity);
    } finally {
      db.close();
    }
  }
  const client = target.postgres;
  await client.connect();
  try {
    const query = async (sql) => (await client.query(sql)).rows;
    const counts = await countsOf(async (sql) => (await query(sql))[0].n);
    const stored = await storedIds(query);
    await query('create extension if not exists amcheck');
    const indexes = await query(`select c.relname, bt_index_parent_check(c.oid, true) from pg_index i
      join pg_class c on c.oid = i.indexrelid join pg_am a on a.oid = c.relam
      join pg_namespace n on n.oid = c.relnamespace where a.amname = 'btree' and n.nspname = 'public'`);
    const heap =
      await query(`select t.relname, v.* from pg_class t join pg_namespace n on n.oid = t.relnamespace,
      lateral verify_heapam(t.oid) v where t.relkind = 'r' and n.nspname = 'public'`);
    const integrity =
      heap.length === 0 ? 'ok' : `${heap.length} heap problems: ${JSON.stringify(heap.slice(0, 3))}`;
    return { ...compare(ledger, stored, counts, integrity), indexesChecked: indexes.length };
  } finally {
    await client.end();
  }
}
