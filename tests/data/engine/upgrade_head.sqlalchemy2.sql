CREATE TABLE alembic_version ( version_num VARCHAR(32) NOT NULL, CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num) )
CREATE TABLE account ( id INTEGER NOT NULL, name VARCHAR(50) NOT NULL, PRIMARY KEY (id) )
INSERT INTO account (id, name) VALUES (?, ?)
INSERT INTO account (id, name) VALUES (2, 'grace')
INSERT INTO alembic_version (version_num) VALUES ('1a2b3c4d5e6f') RETURNING version_num
ALTER TABLE account ADD COLUMN email VARCHAR(100)
UPDATE account SET email = name || '@example.org'
UPDATE alembic_version SET version_num='2b3c4d5e6f70' WHERE alembic_version.version_num = '1a2b3c4d5e6f'
CREATE TABLE _alembic_tmp_account ( id INTEGER NOT NULL, name VARCHAR(50) NOT NULL, email VARCHAR(100) NOT NULL, PRIMARY KEY (id) )
INSERT INTO _alembic_tmp_account (id, name, email) SELECT account.id, account.name, account.email FROM account
DROP TABLE account
ALTER TABLE _alembic_tmp_account RENAME TO account
CREATE UNIQUE INDEX ix_account_email ON account (email)
UPDATE alembic_version SET version_num='3c4d5e6f7081' WHERE alembic_version.version_num = '2b3c4d5e6f70'
