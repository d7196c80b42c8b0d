-- Indexes on the directory's one-value filters, so that a filter that keeps few entries (a
-- legal form, social enterprises, work integration, registration) is combined with the area and
-- goal indexes before any row is read. Without them a filter such as "stiftelse in Göteborg"
-- reads every entry serving Göteborg to keep a tenth of them.
CREATE INDEX actors_legal_form_idx ON actors (legal_form) WHERE listed;
CREATE INDEX actors_kind_idx ON actors (kind) WHERE listed;
CREATE INDEX actors_work_integration_idx ON actors (work_integration_main_aim) WHERE listed;
CREATE INDEX actors_registered_idx ON actors (registered_ideburen) WHERE listed;
