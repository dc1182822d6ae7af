CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL, CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num));
INSERT INTO alembic_version (version_num) VALUES ('d9e0f1a2b3c4');
INSERT INTO alembic_version (version_num) VALUES ('c3d4e5f6a7b8');
