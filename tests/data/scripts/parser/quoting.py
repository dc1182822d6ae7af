'''Odd quoting: prefixes, concatenation, continuations and comments.'''
revision = r'abc' \
    u"123"  # a comment after the value
down_revision = (  # a comment inside brackets
    R"""def"""   # one element, no comma: a plain string
)
branch_labels = [
    'left',  # first
    # a comment line inside the list
    U'right' 'most',
]
depends_on = (rb'x'.decode() if False else None)
depends_on = None  # the later assignment wins
