-- open_space_record_visit, version 1 (loaded by migration 1796400000000-harvests).
--
-- A trigger on presences: whoever enters a session's room (a new presence, or
-- a move to another room, a merge included) is recorded as having taken part
-- in it, once. Presences end after the day; session_visits keep "how many took
-- part" for the harvest. A trigger, so the move stays one statement.
CREATE OR REPLACE FUNCTION open_space_record_visit() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO session_visits (session_id, person_id) VALUES (NEW.session_id, NEW.person_id)
    ON CONFLICT DO NOTHING;
  RETURN NEW;
END;
$$;
