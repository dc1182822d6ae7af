# Not run by the lint tests: Retort reads the scripts statically.
