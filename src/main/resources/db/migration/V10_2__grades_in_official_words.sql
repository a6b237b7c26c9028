-- Grades in the words of Decree 90/2020/NĐ-CP ("Hoàn thành xuất sắc nhiệm vụ" ...) instead of letters.
ALTER TABLE monthly_unit_report ALTER COLUMN grade SET DATA TYPE VARCHAR(64);
UPDATE monthly_unit_report SET grade = CASE grade
    WHEN 'A' THEN 'Hoàn thành tốt nhiệm vụ'
    WHEN 'B' THEN 'Hoàn thành nhiệm vụ'
    WHEN 'C' THEN 'Hoàn thành nhiệm vụ'
    WHEN 'D' THEN 'Không hoàn thành nhiệm vụ'
    ELSE grade END
    WHERE grade IS NOT NULL;
