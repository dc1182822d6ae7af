"""tabs"""
revision = 'tab1'
down_revision = 'abc123'
def upgrade():
	if True:
	        op.add_column('t', sa.Column('c', sa.Integer()))
	op.drop_column('t', 'c')
