-- The lasting record of what each application claimed and what it was granted, version by version
-- (the engine's history is cleaned after its time to live; these tables are never cleaned).
-- A version is written each time the policy engine assesses the application: on submission, and
-- again after each correction. A correction therefore no longer overwrites the claim the officers
-- first saw, and each line of the application's history names the version it was made on
-- (第十六条: who reviewed what).
CREATE TABLE app_application_version (
    application_id   VARCHAR(32)     NOT NULL REFERENCES app_application (id),
    version          INTEGER         NOT NULL,
    request_json     VARCHAR(200000) NOT NULL,
    assessment_json  VARCHAR(200000) NOT NULL,
    policy_id        VARCHAR(64)     NOT NULL,
    total            DECIMAL(14, 2)  NOT NULL,
    assessed_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (application_id, version)
);

-- The version in force when the line was recorded; NULL for lines written before this migration.
ALTER TABLE app_application_event ADD COLUMN version INTEGER;

-- Applications assessed before this migration: their current assessment is their first known version.
INSERT INTO app_application_version (application_id, version, request_json, assessment_json, policy_id, total, assessed_at)
SELECT id, 1, request_json, assessment_json, policy_id, total, updated_at
FROM app_application WHERE assessment_json IS NOT NULL;
