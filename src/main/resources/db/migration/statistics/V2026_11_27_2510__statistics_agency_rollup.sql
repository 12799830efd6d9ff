-- Daily roll-ups per agency (all procedures together), summed from stat_daily: what a cut without a
-- procedure or field reads, a few thousand rows for a province-year.
CREATE TABLE stat_daily_agency (
    received_on          DATE         NOT NULL,
    agency               VARCHAR(35)  NOT NULL,
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
    PRIMARY KEY (received_on, agency, unit)
);
CREATE INDEX stat_daily_agency_unit_idx ON stat_daily_agency (unit, received_on);
