-- How many lines the dossier's history held at the event that last wrote its row: orders two events of
-- one dossier even at the same instant (an older one delivered late is skipped). Empty for rows written
-- before it existed, which are ordered by last_event_at as before.
ALTER TABLE stat_dossier ADD COLUMN last_event_seq INTEGER;
