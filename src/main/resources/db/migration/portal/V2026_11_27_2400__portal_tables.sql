-- The citizen portal's own tables: the profile's additions to the account (address, the organisation a
-- citizen represents), saved drafts of online filings with their papers, and the counters of public lookups.
CREATE TABLE portal_profile (
    account_id BIGINT PRIMARY KEY,
    address VARCHAR(300),
    organization_tax_code VARCHAR(14),
    organization_name VARCHAR(300),
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE portal_draft (
    id VARCHAR(36) PRIMARY KEY,
    account_id BIGINT NOT NULL,
    procedure_code VARCHAR(20) NOT NULL,
    agency_code VARCHAR(20),
    for_organization BOOLEAN NOT NULL DEFAULT FALSE,
    phone VARCHAR(20),
    email VARCHAR(200),
    address VARCHAR(300),
    dossier_code VARCHAR(40),
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX portal_draft_by_account_idx ON portal_draft (account_id, updated_at);

CREATE TABLE portal_draft_paper (
    draft_id VARCHAR(36) NOT NULL REFERENCES portal_draft (id) ON DELETE CASCADE,
    required_code VARCHAR(40) NOT NULL,
    document_id VARCHAR(64),
    warehouse_item_id VARCHAR(36),
    filename VARCHAR(255),
    signer VARCHAR(500),
    signed_at TIMESTAMP WITH TIME ZONE,
    signature_intact BOOLEAN,
    PRIMARY KEY (draft_id, required_code)
);

CREATE TABLE portal_lookup_count (
    client_key VARCHAR(64) NOT NULL,
    window_start TIMESTAMP WITH TIME ZONE NOT NULL,
    hits INT NOT NULL,
    PRIMARY KEY (client_key, window_start)
);
