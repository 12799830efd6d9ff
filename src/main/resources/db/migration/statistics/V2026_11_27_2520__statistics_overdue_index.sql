-- The overdue count reads only this index (an index-only scan): open rows by day of receipt with their due
-- instant and status, instead of visiting each open row of a province-year.
DROP INDEX stat_dossier_open_idx;
CREATE INDEX stat_dossier_overdue_idx ON stat_dossier (open_now, received_on, due_at, status);
