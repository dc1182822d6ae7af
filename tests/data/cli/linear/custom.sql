CREATE TABLE app_schema_version (version_num VARCHAR(32) NOT NULL);
INSERT INTO app_schema_version (version_num) VALUES ('9c8d7e6f5a4b');
