"""``python -m storyline`` runs the same command line as the installed ``storyline`` script."""

import json
import subprocess
import sys


def test_python_dash_m_storyline_runs_the_command_line(tmp_path):
    db = tmp_path / "s.db"
    text = tmp_path / "brief.txt"
    text.write_text("Storm hits coast\n\nA storm hit the coast on Monday, officials said.\n", encoding="utf-8")
    run = subprocess.run([sys.executable, "-m", "storyline", "--db", str(db), "ingest", str(text), "--json"],
                         capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stderr
    assert db.exists()
    listed = subprocess.run([sys.executable, "-m", "storyline", "--db", str(db), "articles", "--json"],
                            capture_output=True, text=True, timeout=300)
    assert listed.returncode == 0, listed.stderr
    assert len(json.loads(listed.stdout)["articles"]) == 1
