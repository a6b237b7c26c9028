-- The form of handling of a staff violation (E4, E5): a reminder, a discipline of Decree 112/2020, or left to the
-- competent authority. Late health declarations have none.
ALTER TABLE violation ADD COLUMN handling VARCHAR(32);
ALTER TABLE violation ADD CONSTRAINT ck_violation_handling CHECK (handling IN ('NHAC_NHO', 'KHIEN_TRACH',
    'CANH_CAO', 'HA_BAC_LUONG', 'GIANG_CHUC', 'CACH_CHUC', 'BUOC_THOI_VIEC', 'CHO_XEM_XET'));
