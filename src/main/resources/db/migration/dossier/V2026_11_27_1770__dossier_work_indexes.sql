-- The staff pages: inboxes find open steps by assignee and by unit; search finds dossiers by
-- receipt date and procedure (by the applicant's ID number through the desk's index).
CREATE INDEX dossier_step_by_assignee_idx ON dossier_step (assignee, ended_at);
CREATE INDEX dossier_step_by_unit_idx ON dossier_step (agency_code, department, ended_at);
CREATE INDEX dossier_by_received_idx ON dossier (received_at);
CREATE INDEX dossier_by_procedure_idx ON dossier (procedure_code);
