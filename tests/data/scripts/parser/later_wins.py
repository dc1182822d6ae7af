"""later wins"""


def compute():
    return "not-this"


revision = compute()
revision = "c0ffee"
down_revision = 'first'
down_revision = ('one',)
