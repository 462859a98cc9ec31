// The bench's live gathering, seeded straight into PostgreSQL (bench:live and scripts/proxy-smoke.mjs).

/** A live gathering with one slot of rooms, each with a session, and registered participants. */
export async function seedLiveGathering(client, { people: count, rooms: roomCount, capacity }) {
  const { rows: people } = await client.query(
    `INSERT INTO people (email, password_hash, display_name)
     SELECT 'live' || i || '@example.org', 'not-a-password-hash', 'Participant ' || i FROM generate_series(1, $1) AS i RETURNING id`,
    [count],
  );
  const ids = people.map((p) => p.id);
  const {
    rows: [{ id: gatheringId }],
  } = await client.query(
    `INSERT INTO gatherings (slug, title, format, starts_at, ends_at, time_zone, status)
     VALUES ('bench-live', 'Bench open space', 'hybrid', now(), now() + interval '8 hours', 'Europe/London', 'live') RETURNING id`,
  );
  await client.query(
    `INSERT INTO registrations (gathering_id, person_id, status) SELECT $1, id, 'registered' FROM unnest($2::uuid[]) AS id`,
    [gatheringId, ids],
  );
  const {
    rows: [{ id: slotId }],
  } = await client.query(
    `INSERT INTO time_slots (gathering_id, starts_at, ends_at) VALUES ($1, now(), now() + interval '1 hour') RETURNING id`,
    [gatheringId],
  );
  const { rows: rooms } = await client.query(
    `WITH s AS (
       INSERT INTO spaces (gathering_id, name, capacity) SELECT $1, 'Room ' || i, $2 FROM generate_series(1, $3) AS i RETURNING id, name
     )
     INSERT INTO agenda_sessions (gathering_id, host_id, title, slot_id, space_id, capacity)
     SELECT $1, ($4::uuid[])[row_number() OVER (ORDER BY s.name)], 'Session in ' || s.name, $5, s.id, $2 FROM s
     RETURNING id`,
    [gatheringId, capacity, roomCount, ids, slotId],
  );
  return { gatheringId, people: ids, rooms: rooms.map((r) => r.id) };
}

/** Everyone out of every room again (a new version of each, so walls follow), for a second measurement from the same start. */
export async function emptyRooms(client) {
  await client.query('BEGIN');
  await client.query('DELETE FROM presences');
  await client.query('UPDATE agenda_sessions SET headcount = 0, version = version + 1');
  await client.query('COMMIT');
}
