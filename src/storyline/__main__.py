"""``python -m storyline``: the same command line as the ``storyline`` script.

For a checkout or a venv whose scripts are not on PATH (``PYTHONPATH=src python -m storyline ...``).
"""

from storyline.cli import main

if __name__ == "__main__":
    main()
