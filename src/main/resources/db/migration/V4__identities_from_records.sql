-- Issue 16: what a task acts on, and for whom, comes from the app's own records, never from what a
-- user sends. Portable SQL: H2 2.3 and PostgreSQL 15.

-- The procedure finds the application, or the batch, of a process instance by these links (never
-- by a variable).
CREATE UNIQUE INDEX app_application_process_instance ON app_application (process_instance_id);
CREATE UNIQUE INDEX app_batch_process_instance ON app_batch (process_instance_id);

-- The district an enterprise is registered in (第十三条: 注册所在地), as the app knows it: from a
-- registration record (an enterprise account), or fixed by its first accepted submission. A credit
-- code whose registration authority is a district's (characters 3-8) is a fact of its own and is
-- not stored here; a registration record outranks it (an enterprise that moves keeps its code).
CREATE TABLE app_enterprise_district (
    credit_code  VARCHAR(18)  PRIMARY KEY,
    district     VARCHAR(16)  NOT NULL,
    source       VARCHAR(16)  NOT NULL,
    recorded_by  VARCHAR(64)  NOT NULL,
    recorded_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT ck_enterprise_district_source CHECK (source IN ('REGISTRATION', 'FIRST_SUBMISSION'))
);

INSERT INTO app_enterprise_district (credit_code, district, source, recorded_by, recorded_at)
SELECT u.credit_code, MIN(u.district), 'REGISTRATION', 'V4', CURRENT_TIMESTAMP
FROM app_enterprise_user u
GROUP BY u.credit_code;

INSERT INTO app_enterprise_district (credit_code, district, source, recorded_by, recorded_at)
SELECT a.credit_code, a.district, 'FIRST_SUBMISSION', a.submitted_by, a.submitted_at
FROM app_application a
WHERE a.id = (SELECT MIN(b.id) FROM app_application b WHERE b.credit_code = a.credit_code)
  AND NOT EXISTS (SELECT 1 FROM app_enterprise_district e WHERE e.credit_code = a.credit_code);

-- A batch is OPEN while applications join it, CLOSED once an officer has acted on its list
-- (closed_by, at the task's completion), DONE once every listed application has moved on.
-- Before, CLOSED meant what DONE means now.
UPDATE app_batch SET status = 'DONE' WHERE status = 'CLOSED';
