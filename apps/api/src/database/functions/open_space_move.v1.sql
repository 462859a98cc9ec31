-- open_space_move, version 1 (loaded by migration 1795500000000-open-space-move).
--
-- A room move in one statement (one round trip instead of nine; moves are the
-- busiest writes of a live gathering). The rules are those RoomsService
-- documents: one move at a time per person (advisory lock), the person's
-- presence row, then the rooms locked in id order so two people swapping rooms
-- cannot deadlock; a room is entered only while placed and below capacity
-- (the CHECK constraint on headcount stays as the backstop). Each room that
-- changed is announced on `channel` as a LiveEvent (common/events/channels.ts),
-- on commit.
--
-- only_if_silent_for (seconds): end the presence only if silent that long (the
-- presence sweep); null for a person's own move.
-- outcome: moved | unchanged | full | not_placed.
CREATE OR REPLACE FUNCTION open_space_move(
    gathering uuid, person uuid, target uuid, only_if_silent_for double precision, channel text,
    OUT outcome text, OUT from_session uuid)
  LANGUAGE plpgsql AS $$
DECLARE
  silent boolean;
  entering boolean := false;
  room record;
BEGIN
  PERFORM pg_advisory_xact_lock(hashtextextended(gathering::text || ':' || person::text, 0));
  SELECT p.session_id, p.last_seen_at < now() - make_interval(secs => coalesce(only_if_silent_for, 0))
    INTO from_session, silent
    FROM presences p WHERE p.gathering_id = gathering AND p.person_id = person FOR UPDATE;
  IF only_if_silent_for IS NOT NULL AND NOT coalesce(silent, false) THEN
    outcome := 'unchanged';
    RETURN;
  END IF;
  IF from_session IS NOT DISTINCT FROM target THEN
    IF target IS NOT NULL THEN
      UPDATE presences SET last_seen_at = now() WHERE gathering_id = gathering AND person_id = person;
    END IF;
    outcome := 'unchanged';
    RETURN;
  END IF;
  FOR room IN
    SELECT s.id, s.slot_id IS NOT NULL AS placed, s.headcount < s.capacity AS has_space
      FROM agenda_sessions s WHERE s.id IN (from_session, target) ORDER BY s.id FOR UPDATE
  LOOP
    IF room.id = target AND NOT room.placed THEN
      outcome := 'not_placed';
      RETURN;
    ELSIF room.id = target AND NOT room.has_space THEN
      outcome := 'full';
      RETURN;
    END IF;
    entering := entering OR room.id = target;
  END LOOP;
  IF target IS NOT NULL AND NOT entering THEN
    outcome := 'not_placed';
    RETURN;
  END IF;
  UPDATE agenda_sessions SET headcount = headcount + CASE WHEN id = target THEN 1 ELSE -1 END, version = version + 1
   WHERE id IN (from_session, target);
  IF target IS NULL THEN
    DELETE FROM presences WHERE gathering_id = gathering AND person_id = person;
  ELSE
    INSERT INTO presences (gathering_id, person_id, session_id) VALUES (gathering, person, target)
    ON CONFLICT (gathering_id, person_id)
    DO UPDATE SET session_id = EXCLUDED.session_id, joined_at = now(), last_seen_at = now();
  END IF;
  PERFORM pg_notify(channel, json_build_object('g', gathering, 'k', 'session', 's', changed)::text)
     FROM unnest(ARRAY[from_session, target]) AS changed WHERE changed IS NOT NULL;
  outcome := 'moved';
END $$;
