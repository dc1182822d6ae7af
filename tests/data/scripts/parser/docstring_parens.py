("Message in "
 'parens\twith an escape, caf\u00e9 and café'
 """

Create Date: 2020-05-06 07:08:09""")
revision = "d0c5"
down_revision = ()
