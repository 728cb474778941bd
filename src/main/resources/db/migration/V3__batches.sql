-- One act for a whole list: the district plan, the public notice, the budget, the release of funds.
CREATE TABLE app_batch (
    id                   VARCHAR(48)  PRIMARY KEY,
    kind                 VARCHAR(24)  NOT NULL,
    scope                VARCHAR(24)  NOT NULL,
    status               VARCHAR(12)  NOT NULL,
    process_instance_id  VARCHAR(64),
    opened_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    closed_at            TIMESTAMP WITH TIME ZONE,
    closed_by            VARCHAR(64)
);

-- One row per kind and scope, locked while a batch is opened, joined or closed,
-- so that two applications arriving together never open two batches.
CREATE TABLE app_batch_scope (
    kind           VARCHAR(24) NOT NULL,
    scope          VARCHAR(24) NOT NULL,
    open_batch_id  VARCHAR(48) REFERENCES app_batch (id),
    opened_count   INTEGER     NOT NULL,
    PRIMARY KEY (kind, scope)
);

CREATE TABLE app_batch_member (
    batch_id        VARCHAR(48) NOT NULL REFERENCES app_batch (id),
    application_id  VARCHAR(32) NOT NULL REFERENCES app_application (id),
    joined_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (batch_id, application_id)
);

INSERT INTO app_batch_scope (kind, scope, open_batch_id, opened_count) VALUES
    ('DISTRICT_PLAN', 'PENGJIANG', NULL, 0),
    ('DISTRICT_PLAN', 'JIANGHAI', NULL, 0),
    ('DISTRICT_PLAN', 'XINHUI', NULL, 0),
    ('DISTRICT_PLAN', 'TAISHAN', NULL, 0),
    ('DISTRICT_PLAN', 'KAIPING', NULL, 0),
    ('DISTRICT_PLAN', 'HESHAN', NULL, 0),
    ('DISTRICT_PLAN', 'ENPING', NULL, 0),
    ('PUBLIC_NOTICE', 'CITY', NULL, 0),
    ('BUDGET', 'CITY', NULL, 0),
    ('FUNDS_RELEASE', 'CITY', NULL, 0);
