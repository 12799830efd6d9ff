-- Daily roll-ups of the received dossiers by the day they ended (finished, withdrawn or stopped), per agency
-- and procedure and per agency: what the flow of a period (carried over + received = resolved + stopped + still
-- in process) reads instead of every row received before the period's end.
CREATE TABLE stat_daily_ended (
    ended_on             DATE         NOT NULL,
    agency               VARCHAR(35)  NOT NULL,
    procedure_code       VARCHAR(60)  NOT NULL,
    field                VARCHAR(60)  NOT NULL,
    unit                 VARCHAR(10)  NOT NULL,
    level                VARCHAR(10)  NOT NULL,
    ended                INTEGER      NOT NULL,
    resolved             INTEGER      NOT NULL,
    stopped              INTEGER      NOT NULL,
    withdrawn            INTEGER      NOT NULL,
    PRIMARY KEY (ended_on, agency, procedure_code, field, unit)
);
CREATE INDEX stat_daily_ended_unit_idx ON stat_daily_ended (unit, ended_on);
CREATE INDEX stat_daily_ended_procedure_idx ON stat_daily_ended (procedure_code, ended_on);
CREATE TABLE stat_daily_ended_agency (
    ended_on             DATE         NOT NULL,
    agency               VARCHAR(35)  NOT NULL,
    unit                 VARCHAR(10)  NOT NULL,
    level                VARCHAR(10)  NOT NULL,
    ended                INTEGER      NOT NULL,
    resolved             INTEGER      NOT NULL,
    stopped              INTEGER      NOT NULL,
    withdrawn            INTEGER      NOT NULL,
    PRIMARY KEY (ended_on, agency, unit)
);
CREATE INDEX stat_daily_ended_agency_unit_idx ON stat_daily_ended_agency (unit, ended_on);
-- A day-of-ending group is recomputed from its agency's rows of that day, as a day-of-receipt group is.
DROP INDEX stat_dossier_ended_idx;
CREATE INDEX stat_dossier_ended_idx ON stat_dossier (ended_on, agency);
-- The drill-down below an agency (its fields, a field's procedures, a procedure) reads the agency's groups only.
CREATE INDEX stat_daily_drill_idx ON stat_daily (agency, field, procedure_code, received_on);
CREATE INDEX stat_daily_ended_drill_idx ON stat_daily_ended (agency, field, procedure_code, ended_on);
-- The dossiers behind a procedure's figures, most recent first, from the agency's rows of the procedure only.
CREATE INDEX stat_dossier_procedure_idx ON stat_dossier (agency, procedure_code, received_at);
