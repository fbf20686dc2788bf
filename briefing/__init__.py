"""The domain of Briefing Reader: loading, analysing, storing and summarising briefings.

Plain Python: nothing here imports Qt, so every part runs from the command
line and in tests without a screen.
"""

__version__ = "0.1.0"
