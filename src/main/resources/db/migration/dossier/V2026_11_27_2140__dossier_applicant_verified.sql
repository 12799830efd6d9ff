-- Whether the desk verified the applicant against the national population registry
-- (found with the same ID, name and birth date), for statistics.
ALTER TABLE dossier ADD COLUMN applicant_verified BOOLEAN DEFAULT FALSE NOT NULL;
