#!/bin/sh
# Render an exported workbook the way a clerk prints it: .xlsx → PDF (LibreOffice) → one PNG
# per page (poppler). Usage: scripts/render-xlsx.sh <file.xlsx> [outdir] [dpi]
# Needs the Debian packages libreoffice-calc, poppler-utils and fonts-noto-cjk.
#
# Windows machines have 宋体/黑体; here fontconfig is told to draw them with Noto CJK (serif
# for 宋体, sans for 黑体) so the pages look like what the clerk will see, not like a fallback.
set -eu
if [ $# -lt 1 ]; then
  echo "用法：$0 <文件.xlsx> [输出目录] [分辨率dpi]" >&2
  exit 2
fi
in=$1
out=${2:-/tmp/render-xlsx}
dpi=${3:-70}
mkdir -p "$out"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cat > "$work/fonts.conf" <<'XML'
<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
  <alias binding="same"><family>宋体</family><prefer><family>Noto Serif CJK SC</family></prefer></alias>
  <alias binding="same"><family>SimSun</family><prefer><family>Noto Serif CJK SC</family></prefer></alias>
  <alias binding="same"><family>黑体</family><prefer><family>Noto Sans CJK SC</family></prefer></alias>
  <alias binding="same"><family>SimHei</family><prefer><family>Noto Sans CJK SC</family></prefer></alias>
</fontconfig>
XML

# A private LibreOffice profile: no clash with a running office, no first-start dialogs.
FONTCONFIG_FILE="$work/fonts.conf" soffice --headless "-env:UserInstallation=file://$work/profile" \
  --convert-to pdf --outdir "$out" "$in" >/dev/null
pdf="$out/$(basename "${in%.*}").pdf"
pdftoppm -png -r "$dpi" "$pdf" "$out/$(basename "${in%.*}")"
echo "$pdf"
ls "$out"/*.png
