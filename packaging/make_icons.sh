#!/usr/bin/env bash
# Render packaging/icons/ from the SVG: PNG sizes for Linux (hicolor), .ico for Windows and
# .icns for macOS. Run after changing the SVG; the results are committed, so builds need
# neither tool. Needs rsvg-convert (Debian: librsvg2-bin) and Pillow (in .venv with reportlab).
set -euo pipefail
cd "$(dirname "$0")/icons"
ID=uk.gov.profileplanner.ProfilePlanner
PY="${PYTHON:-../../.venv/bin/python}"
for size in 16 24 32 48 64 128 256 512; do
  rsvg-convert -w "$size" -h "$size" "$ID.svg" -o "$ID-$size.png"
done
"$PY" - "$ID" <<'PYEOF'
import sys
from PIL import Image

app_id = sys.argv[1]
images = {s: Image.open(f"{app_id}-{s}.png") for s in (16, 24, 32, 48, 64, 128, 256, 512)}
ico = [images[s] for s in (16, 24, 32, 48, 64, 128, 256)]
ico[-1].save(f"{app_id}.ico", sizes=[i.size for i in ico], append_images=ico[:-1])
icns = [images[s] for s in (16, 32, 64, 128, 256, 512)]
icns[-1].save(f"{app_id}.icns", append_images=icns[:-1])
PYEOF
ls -l
