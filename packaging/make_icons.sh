#!/usr/bin/env bash
# Make the Windows .ico and macOS .icns in packaging/icons/ from the app's icon
# (resources/icons/profile-planner-SIZE.png, which the wizard and install-linux.sh use too).
# Run after the icon changes; the results are committed, so builds need no image tools.
# Needs Pillow (in .venv: reportlab depends on it).
set -euo pipefail
cd "$(dirname "$0")/.."
PY="${PYTHON:-.venv/bin/python}"
"$PY" - <<'PYEOF'
from PIL import Image

ID = "uk.gov.profileplanner.ProfilePlanner"
images = {s: Image.open(f"resources/icons/profile-planner-{s}.png").convert("RGBA")
          for s in (16, 24, 32, 48, 64, 128, 256, 512)}
ico = [images[s] for s in (16, 24, 32, 48, 64, 128, 256)]
ico[-1].save(f"packaging/icons/{ID}.ico", sizes=[i.size for i in ico], append_images=ico[:-1])
icns = [images[s] for s in (16, 32, 64, 128, 256, 512)]
icns[-1].save(f"packaging/icons/{ID}.icns", append_images=icns[:-1])
PYEOF
ls -l packaging/icons
