"""The evidence register's views, one module per resource: the register list and its exports,
an item (detail, add, edit), and its files."""
