-- The overdue count of an agency, a unit or a level reads the index alone too: the index carries the agency and
-- the unit, so that the cut is applied to its entries instead of visiting each open row of the province.
DROP INDEX stat_dossier_overdue_idx;
CREATE INDEX stat_dossier_overdue_idx ON stat_dossier (open_now, received_on, due_at, status, agency, unit);
