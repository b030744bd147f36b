"""Domain layer: entities, French enumerations, validation, eligibility, clocks.

Never imports Qt.
"""
