#!/usr/bin/env bash
# Rebuilds FOGRA39L-coated.icc, the CMYK output intent of print-ready PDFs, from the FOGRA39L
# characterization data in Debian's icc-profiles-free (zlib licence) with ArgyllCMS's colprof.
# Needs: apt-get install -y icc-profiles-free argyll. The committed profile is what ships; this
# script only documents and repeats how it was made.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cp /usr/share/color/icc/FOGRA39L.ti3 "$work/FOGRA39L.ti3"
cd "$work"
# Low-resolution tables (-ql) keep the profile at about 150 KB, embedded in every print PDF;
# black generation by the default curve (-kr), total ink 330 % and black 95 % as FOGRA39 prints.
colprof -ql -kr -l330 -L95 \
  -D "Kiji FOGRA39L coated (from Kai-Uwe Behrmann's FOGRA39L.ti3, zlib licence)" \
  -C "Derived from FOGRA39L.ti3 (c) Kai-Uwe Behrmann, zlib licence; altered: profiled with ArgyllCMS colprof" \
  FOGRA39L
cp FOGRA39L.icc "$here/FOGRA39L-coated.icc"
