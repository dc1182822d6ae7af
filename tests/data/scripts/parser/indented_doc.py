"""  Indented summary

    Revision ID: ind1
    Create Date: 2022-02-02 02:02:02

	tabbed line
    """
revision = 'ind1'
down_revision = None
