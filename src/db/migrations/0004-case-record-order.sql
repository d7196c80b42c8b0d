-- The order in which the records of a saved case were written. Timestamps come from the clocks
-- of the application instances, which may tie or disagree; a sequence does neither, so "the
-- latest assessment" (the one a decision is made on) and the order of notes and decisions are
-- exact.
ALTER TABLE case_assessments ADD COLUMN seq bigserial;
ALTER TABLE case_notes ADD COLUMN seq bigserial;
ALTER TABLE case_decisions ADD COLUMN seq bigserial;

CREATE INDEX case_assessments_case_seq_idx ON case_assessments (case_id, seq);
CREATE INDEX case_notes_case_seq_idx ON case_notes (case_id, seq);
CREATE INDEX case_decisions_case_seq_idx ON case_decisions (case_id, seq);
