# Fixture: ProjectConfig only needs this scripts folder to exist.
