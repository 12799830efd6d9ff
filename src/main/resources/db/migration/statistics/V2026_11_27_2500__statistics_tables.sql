-- The statistics read model: one row per dossier, as its last event left it, and daily
-- roll-ups per agency and procedure of the dossiers received that day (the cohort view).
CREATE TABLE stat_dossier (
    code                 VARCHAR(60)  PRIMARY KEY,
    agency               VARCHAR(35)  NOT NULL,
    unit                 VARCHAR(10)  NOT NULL,
    level                VARCHAR(10)  NOT NULL,
    procedure_code       VARCHAR(60)  NOT NULL,
    procedure_version    INTEGER      NOT NULL,
    field                VARCHAR(60)  NOT NULL,
    channel              VARCHAR(10)  NOT NULL,
    status               VARCHAR(20)  NOT NULL,
    received             BOOLEAN      NOT NULL,
    received_on          DATE,
    received_at          TIMESTAMP WITH TIME ZONE,
    due_at               TIMESTAMP WITH TIME ZONE,
    finished_at          TIMESTAMP WITH TIME ZONE,
    returned_at          TIMESTAMP WITH TIME ZONE,
    ended_on             DATE,
    open_now             BOOLEAN      NOT NULL,
    resolved             BOOLEAN      NOT NULL,
    outcome              VARCHAR(10),
    supplement_rounds    INTEGER      NOT NULL,
    papers               INTEGER      NOT NULL,
    papers_digitized     INTEGER      NOT NULL,
    papers_reused        INTEGER      NOT NULL,
    result_electronic    BOOLEAN      NOT NULL,
    paper_result         BOOLEAN      NOT NULL,
    applicant_verified   BOOLEAN      NOT NULL,
    rating               INTEGER,
    full_online_eligible BOOLEAN      NOT NULL,
    last_event_at        TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX stat_dossier_received_idx ON stat_dossier (received_on, agency);
CREATE INDEX stat_dossier_open_idx ON stat_dossier (open_now, received_on, due_at);
CREATE INDEX stat_dossier_ended_idx ON stat_dossier (ended_on);

CREATE TABLE stat_daily (
    received_on          DATE         NOT NULL,
    agency               VARCHAR(35)  NOT NULL,
    procedure_code       VARCHAR(60)  NOT NULL,
    field                VARCHAR(60)  NOT NULL,
    unit                 VARCHAR(10)  NOT NULL,
    level                VARCHAR(10)  NOT NULL,
    received             INTEGER      NOT NULL,
    counter              INTEGER      NOT NULL,
    online               INTEGER      NOT NULL,
    post                 INTEGER      NOT NULL,
    resolved             INTEGER      NOT NULL,
    early                INTEGER      NOT NULL,
    on_time              INTEGER      NOT NULL,
    late                 INTEGER      NOT NULL,
    in_process           INTEGER      NOT NULL,
    stopped              INTEGER      NOT NULL,
    withdrawn            INTEGER      NOT NULL,
    digitized            INTEGER      NOT NULL,
    fully_digitized      INTEGER      NOT NULL,
    result_digitized     INTEGER      NOT NULL,
    reused               INTEGER      NOT NULL,
    verified             INTEGER      NOT NULL,
    rated                INTEGER      NOT NULL,
    satisfied            INTEGER      NOT NULL,
    low_rated            INTEGER      NOT NULL,
    eligible_full        INTEGER      NOT NULL,
    full_online          INTEGER      NOT NULL,
    PRIMARY KEY (received_on, agency, procedure_code, field, unit)
);
CREATE INDEX stat_daily_unit_idx ON stat_daily (unit, received_on);
CREATE INDEX stat_daily_procedure_idx ON stat_daily (procedure_code, received_on);
