-- 第九条 "每家企业每个项目": the booths an exhibition item was supported for, held in the ledger like
-- its amount (RESERVED and PAID count; RELEASED and CLAWED_BACK do not), so that one exhibition
-- entered twice, in one request or in two applications, gets its booth limit once. An exhibition
-- is known by its name as folded (exhibition_name_key; null when the applicant gave none), its host
-- country (null at home) and its first day.
ALTER TABLE ledger_entry ADD COLUMN exhibition_name VARCHAR(200);
ALTER TABLE ledger_entry ADD COLUMN exhibition_name_key VARCHAR(8000);
ALTER TABLE ledger_entry ADD COLUMN exhibition_host VARCHAR(2);
ALTER TABLE ledger_entry ADD COLUMN exhibition_start DATE;
ALTER TABLE ledger_entry ADD COLUMN booth_kind VARCHAR(8);
ALTER TABLE ledger_entry ADD COLUMN booths INTEGER;
ALTER TABLE ledger_entry ADD CONSTRAINT ck_ledger_entry_booths CHECK (booths IS NULL
    OR (booths > 0 AND exhibition_start IS NOT NULL AND booth_kind IN ('STANDARD', 'SPECIAL')));

CREATE INDEX ix_ledger_entry_exhibition ON ledger_entry (credit_code, exhibition_start);
