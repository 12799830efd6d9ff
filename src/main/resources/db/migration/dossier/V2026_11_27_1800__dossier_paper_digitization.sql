-- A digitized paper's metadata, who digitized and signed it and when (Circular 01/2023/TT-VPCP).
ALTER TABLE dossier_document ADD COLUMN paper_number VARCHAR(100);
ALTER TABLE dossier_document ADD COLUMN issued_on DATE;
ALTER TABLE dossier_document ADD COLUMN issuer VARCHAR(300);
ALTER TABLE dossier_document ADD COLUMN valid_until DATE;
ALTER TABLE dossier_document ADD COLUMN summary VARCHAR(1000);
ALTER TABLE dossier_document ADD COLUMN digitized_by VARCHAR(100);
ALTER TABLE dossier_document ADD COLUMN digitized_at TIMESTAMP WITH TIME ZONE;
