-- What the desk reads: known applicants by ID number, the queue of dossiers waiting at a desk
-- (oldest submission first) and the tracking book (dossiers received at a desk in a period).
CREATE INDEX dossier_by_applicant_id_idx ON dossier (applicant_id_number);
CREATE INDEX dossier_by_agency_received_idx ON dossier (agency_code, received_at);
CREATE INDEX dossier_by_agency_status_submitted_idx ON dossier (agency_code, status, submitted_at);
